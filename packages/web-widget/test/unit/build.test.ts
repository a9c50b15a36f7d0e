import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRIES, groupOf } from '../../scripts/analyze-bundle.mjs';
import { minifyTemplateSource } from '../../scripts/minify-templates.mjs';
import { BUNDLER_BUDGETS, bundlerSize, ENTRY_TAGS } from '../../scripts/size-budget.mjs';

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);
const SINGLE_FILES = ['truongthon.iife.js', 'truongthon-candidate.iife.js', 'truongthon-election.iife.js', 'candidate.js', 'election.js'];

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
    for (const file of ['index.js', 'index.d.ts', 'define.js', 'define.d.ts', 'candidate.d.ts', 'election.d.ts', 'truongthon.bundle.js', ...SINGLE_FILES, 'truongthon-overlays.js']) {
      expect(existsSync(dist(file)), file).toBe(true);
    }
  });

  it('can be imported where there is no DOM (a server rendering the page): the classes load, nothing is defined', () => {
    // A plain Node process, as a server-side renderer imports the package (no DOM, the packages' published conditions).
    const script = `const w = await import(${JSON.stringify(dist('index.js').href)}); console.log(typeof globalThis.HTMLElement, typeof w.TruongthonCandidate, typeof w.TruongthonElection);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('undefined function function');
  });

  it('keep core, rules and lit external in the bundler entry and inline everything in the single-file builds', () => {
    const chunks = ['index.js', 'define.js'].map((file) => readFileSync(dist(file), 'utf8')).join('\n');
    const entryCode = chunks + [...chunks.matchAll(/from ["']\.\/(chunk-[\w-]+\.js)["']/gu)].map((match) => readFileSync(dist(match[1]!), 'utf8')).join('\n');
    // lit-html alone (`lit/html.js`): `lit`'s own index would also load ReactiveElement and LitElement for their side effects.
    expect(entryCode).toMatch(/from ["']lit\/html\.js["']/u);
    expect(entryCode).not.toMatch(/from ["']lit["']/u);
    expect(entryCode).toMatch(/from ["']@truongthon\/rules["']/u);
    expect(entryCode).toMatch(/from ["']@truongthon\/core["']/u);
    expect(entryCode).not.toMatch(/zod/u);
    for (const file of ['truongthon.bundle.js', ...SINGLE_FILES, 'truongthon-docx.js', 'truongthon-overlays.js']) {
      const code = readFileSync(dist(file), 'utf8');
      // An import or export of a module by name (not the word "from" in a legal note: `from "có sức khỏe" to …`), a require.
      expect(code, file).not.toMatch(/\b(?:import|export)\b[^;"'`]*?\bfrom\s*["'](?!\.)|require\(/u);
      // Dynamic imports only of the lazily loaded modules from beside the file, themselves self-contained: the election element's
      // download module, truongthon-docx.js (issue 16), and the overlays module, truongthon-overlays.js (issue 20).
      const dynamic = [...code.matchAll(/\bimport\s*\(/gu)].map((match) => code.slice(match.index, match.index + 160));
      expect(dynamic.filter((call) => !/"(?:\.\/)?truongthon-(?:docx|overlays)\.js"/u.test(call)), file).toEqual([]);
      if (file === 'truongthon-docx.js' || file === 'truongthon-overlays.js') expect(dynamic, file).toEqual([]);
      expect(code, file).not.toMatch(/z\.config|\.locales\b/u);
      expect(code, file).toContain(file === 'truongthon-overlays.js' ? 'bundles zod (MIT' : 'Bundles lit (BSD-3-Clause');
    }
  });

  it('guard each IIFE so that a copy whose elements are all defined is not evaluated, and merge its exports into the Truongthon global', () => {
    const prologue = (tags: string[]) =>
      new RegExp(`^if\\(typeof customElements>"u"${tags.map((tag) => `\\|\\|!customElements\\.get\\("${tag}"\\)`).join('')}\\)\\{var Truongthon=\\(function\\(exports\\)\\{`, 'u');
    const epilogue = /\}\)\(globalThis\.Truongthon\|\|\{\}\);\}\n$/u;
    for (const [file, tags] of [
      ['truongthon.iife.js', ['truongthon-candidate', 'truongthon-election']],
      ['truongthon-candidate.iife.js', ['truongthon-candidate']],
      ['truongthon-election.iife.js', ['truongthon-election']],
    ] as const) {
      const code = readFileSync(dist(file), 'utf8');
      expect(code, file).toMatch(prologue([...tags]));
      expect(code, file).toMatch(epilogue);
    }
  });

  it('register both elements in the full builds and one each in the per-element builds', () => {
    const defines = (file: string) => [...readFileSync(dist(file), 'utf8').matchAll(/\("(truongthon-[a-z]+)",[\w$]+\)/gu)].map((match) => match[1]).sort();
    expect(defines('truongthon.iife.js')).toEqual(['truongthon-candidate', 'truongthon-election']);
    expect(defines('truongthon.bundle.js')).toEqual(['truongthon-candidate', 'truongthon-election']);
    expect(defines('truongthon-candidate.iife.js')).toEqual(['truongthon-candidate']);
    expect(defines('truongthon-election.iife.js')).toEqual(['truongthon-election']);
    // The candidate-only file carries neither the election form nor its texts.
    const candidateOnly = readFileSync(dist('truongthon-candidate.iife.js'), 'utf8');
    const electionOnly = readFileSync(dist('truongthon-election.iife.js'), 'utf8');
    // (Booleans, not toContain: a failure would print the whole bundle.)
    expect([candidateOnly.includes('Add a candidate'), candidateOnly.includes('PROC.WIN')]).toEqual([false, false]);
    expect([electionOnly.includes('Add a candidate'), electionOnly.includes('PROC.WIN')]).toEqual([true, true]);
  });

  it('leave out of the candidate-only file what it cannot show: meeting, report, term and overlay texts and the election styles', () => {
    const candidateOnly = readFileSync(dist('truongthon-candidate.iife.js'), 'utf8');
    const all = readFileSync(dist('truongthon.iife.js'), 'utf8');
    const leftOut = [
      'The election record has no candidate.', // PROCEDURE_MESSAGES
      'No term calendar for province', // TERM_MESSAGES
      '.row-grid{', // electionStyles
    ];
    expect(leftOut.map((text) => candidateOnly.includes(text))).toEqual(leftOut.map(() => false));
    // The file with both elements still carries every catalogue (the election form formats with all of them).
    expect(leftOut.map((text) => all.includes(text))).toEqual(leftOut.map(() => true));
    // Candidate texts are there, in both languages (non-ASCII written as escapes, whatever charset the file is served with).
    expect([candidateOnly.includes('Not eligible'), /^[\x00-\x7f]*$/u.test(candidateOnly)]).toEqual([true, true]);
  });
});

describe('per-element entries (@truongthon/web-widget/candidate, /election)', () => {
  // A portal's bundler importing one entry: esbuild, minified, resolving the package through its exports.
  for (const [specifier, { tag, other }] of Object.entries(ENTRY_TAGS)) {
    it(`${specifier}: a bundle registers ${tag} only and stays within its gzip budget`, () => {
      const { code, gzip } = bundlerSize(specifier);
      const tags = [...code.matchAll(/\("(truongthon-[a-z]+)",[\w$]+\)/gu)].map((match) => match[1]);
      expect(tags).toEqual([tag]);
      // The other element's own attributes and texts are absent (booleans: a failure would print the whole bundle).
      const otherOnly = other === 'truongthon-election' ? ['meeting-date', 'Add a candidate', 'PROC.WIN', '.row-grid{'] : ['election-date', 'require-eligible', 'hide-policy'];
      expect(otherOnly.map((text) => code.includes(text))).toEqual(otherOnly.map(() => false));
      console.log(`[size] import '${specifier}' (esbuild, minified): ${gzip} B gzip (budget ${BUNDLER_BUDGETS[specifier]} B)`);
      expect(gzip).toBeLessThanOrEqual(BUNDLER_BUDGETS[specifier]!);
    });
  }

  it('are declared with exact side effects and typings that name the element class', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { sideEffects: string[]; exports: Record<string, Record<string, string>> };
    expect(pkg.exports['./candidate']).toMatchObject({ types: './dist/candidate.d.ts', default: './dist/candidate.js' });
    expect(pkg.exports['./election']).toMatchObject({ types: './dist/election.d.ts', default: './dist/election.js' });
    // The files that register an element are the side effects; the class-only bundler entry is not.
    expect(pkg.sideEffects).toEqual(expect.arrayContaining(['./dist/candidate.js', './dist/election.js', './dist/define.js']));
    expect(pkg.sideEffects).not.toContain('./dist/index.js');
    expect(readFileSync(dist('candidate.d.ts'), 'utf8')).toMatch(/TruongthonCandidate/u);
    expect(readFileSync(dist('candidate.d.ts'), 'utf8')).not.toMatch(/TruongthonElection/u);
    expect(readFileSync(dist('election.d.ts'), 'utf8')).toMatch(/TruongthonElection/u);
  });
});

describe('bundle analysis (npm run analyze)', () => {
  it('analyses the same single-file entries as tsup builds', () => {
    const config = readFileSync(new URL('../../tsup.config.ts', import.meta.url), 'utf8');
    const built = [...config.matchAll(/file: '([^']+)', entry: '([^']+)'/gu)].map((match) => [match[1], match[2]]);
    expect(Object.entries(ENTRIES)).toEqual(built);
  });

  it('groups modules by area', () => {
    expect(groupOf('node_modules/lit-html/src/lit-html.ts')).toBe('lit');
    expect(groupOf('packages/rules/src/messages/procedure.vi.ts')).toBe('rules: procedure messages (vi+en)');
    expect(groupOf('packages/rules/src/procedure/evaluateMeeting.ts')).toBe('rules: procedure rules');
    expect(groupOf('packages/core/src/calendar/lunar.ts')).toBe('core: lunar calendar, holidays, working days');
    expect(groupOf('packages/web-widget/src/election.ts')).toBe('widget: election.ts');
  });
});
