import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyTemplateSource } from '../../scripts/minify-templates.mjs';

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);

describe('template minifier (single-file builds)', () => {
  it('collapses whitespace in html and css literals and leaves holes, strings and other code alone', () => {
    const source = [
      "const a = html`<div class=\"x\">\n    ${cond ? html`<p>\n  ${'  keep  '}\n</p>` : nothing}\n  <span>${`  raw  ${1}  `}</span>\n</div>`;",
      'const b = css`\n  :host {\n    color: red;\n  }\n  a > b,\n  c {\n    margin: 0 auto;\n  }\n`;',
      'const c = `  untouched  `;',
    ].join('\n');
    expect(minifyTemplateSource(source)).toBe(
      [
        "const a = html`<div class=\"x\"> ${cond ? html`<p> ${'  keep  '} </p>` : nothing} <span>${`  raw  ${1}  `}</span> </div>`;",
        'const b = css`:host{color:red}a>b,c{margin:0 auto}`;',
        'const c = `  untouched  `;',
      ].join('\n'),
    );
  });
});

describe('builds', () => {
  it('produce the bundler entry, the single-file ESM and IIFE builds and their typings', () => {
    for (const file of ['index.js', 'index.d.ts', 'define.js', 'define.d.ts', 'truongthon.bundle.js', 'truongthon.iife.js']) {
      expect(existsSync(dist(file)), file).toBe(true);
    }
  });

  it('keep core, rules and lit external in the bundler entry and inline everything in the single-file builds', () => {
    const chunks = ['index.js', 'define.js'].map((file) => readFileSync(dist(file), 'utf8')).join('\n');
    const entryCode = chunks + [...chunks.matchAll(/from ["']\.\/(chunk-[\w-]+\.js)["']/gu)].map((match) => readFileSync(dist(match[1]!), 'utf8')).join('\n');
    expect(entryCode).toMatch(/from ["']lit["']/u);
    expect(entryCode).toMatch(/from ["']@truongthon\/rules["']/u);
    expect(entryCode).toMatch(/from ["']@truongthon\/core["']/u);
    expect(entryCode).not.toMatch(/zod/u);
    for (const file of ['truongthon.bundle.js', 'truongthon.iife.js']) {
      const code = readFileSync(dist(file), 'utf8');
      expect(code, file).not.toMatch(/\bfrom\s*["'](?!\.)|\bimport\s*\(|require\(/u);
      expect(code, file).not.toMatch(/z\.config|\.locales\b/u);
      expect(code, file).toContain('Bundles lit (BSD-3-Clause');
    }
  });

  it('guard the IIFE so that a second copy is not evaluated', () => {
    expect(readFileSync(dist('truongthon.iife.js'), 'utf8')).toMatch(/^if\(typeof customElements>"u"\|\|!customElements\.get\("truongthon-candidate"\)\)\{var Truongthon=/u);
  });
});
