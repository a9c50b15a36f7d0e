import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';

/**
 * esbuild plugin for the single-file builds: collapses the whitespace of the
 * widget's own Lit `html` and `css` template literals (esbuild leaves template
 * text alone). Only static text between `${}` holes changes; no template here
 * holds `<pre>` or whitespace-sensitive text.
 */
export function minifyTemplates(filter = /packages[\\/]web-widget[\\/]src[\\/].*\.ts$/) {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: minifyTemplateSource(source), loader: 'ts' };
      });
    },
  };
}

/** Rewrites every html`…` and css`…` literal in `source`. Exported for tests. */
export function minifyTemplateSource(source) {
  let out = '';
  let i = 0;
  const tag = /\b(html|css)`/gu;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const kind = match[1];
    const start = match.index + match[0].length;
    out += source.slice(i, start);
    // Walk the literal: static chunks are rewritten, `${…}` holes are copied (nested templates handled by recursion).
    let j = start;
    let chunk = '';
    let first = true;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        chunk += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        out += squeeze(chunk, kind, first, false);
        chunk = '';
        first = false;
        const end = holeEnd(source, j + 2);
        out += '${' + minifyTemplateSource(source.slice(j + 2, end)) + '}';
        j = end + 1;
      } else {
        chunk += source[j];
        j += 1;
      }
    }
    out += squeeze(chunk, kind, first, true) + '`';
    i = j + 1;
    tag.lastIndex = i;
  }
  return out + source.slice(i);
}

/** Index of the `}` closing a `${` hole that starts at `from`, skipping strings and nested templates. */
function holeEnd(source, from) {
  let depth = 0;
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === "'" || c === '"') {
      k = skipQuoted(source, k, c);
    } else if (c === '`') {
      k = skipTemplate(source, k);
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      if (depth === 0) return k;
      depth -= 1;
    }
  }
  throw new Error('unterminated template hole');
}

function skipQuoted(source, k, quote) {
  for (k += 1; k < source.length && source[k] !== quote; k++) if (source[k] === '\\') k += 1;
  return k;
}

function skipTemplate(source, k) {
  for (k += 1; k < source.length && source[k] !== '`'; k++) {
    if (source[k] === '\\') k += 1;
    else if (source[k] === '$' && source[k + 1] === '{') k = holeEnd(source, k + 2);
  }
  return k;
}

/** `first` / `last`: the chunk starts / ends the literal (only there may CSS be trimmed without joining tokens across a hole). */
function squeeze(text, kind, first, last) {
  // A whole style sheet (no holes) goes through esbuild's CSS minifier (comments, leading zeros, shorter forms).
  if (kind === 'css' && first && last && !text.includes('\\')) {
    const sheet = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' })
      .code.trim()
      // esbuild keeps custom property values as written (`--a: var(--b, #fff)`); the spaces there carry no meaning.
      .replace(/(--[\w-]+):\s*([^;{}]*)/gu, (_, name, value) => `${name}:${value.replace(/,\s+/gu, ',')}`);
    if (!/[`\\]|\$\{/u.test(sheet)) return sheet;
  }
  // Runs of whitespace become one space (a space between inline elements can be meaningful, so it stays).
  const s = text.replace(/\s+/gu, ' ');
  if (kind !== 'css') return s;
  const trimmed = first && last ? s.trim() : first ? s.trimStart() : last ? s.trimEnd() : s;
  return trimmed.replace(/ ?([{};,>]) ?/gu, '$1').replace(/: /gu, ':').replace(/;\}/gu, '}');
}
