/**
 * docs/rules-by-article.md: for each legal document and article, the rules
 * and law parameters that encode it and the file each is in — one step from
 * an article to its code. Generated from the rules themselves; this test
 * fails when the page is not current. Regenerate with
 * `npm run docs:rules` (UPDATE_RULES_BY_ARTICLE=1).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Citation, formatCitation } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { LAW_PARAMETERS, listRules, SOURCES } from '../src/index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const src = fileURLToPath(new URL('../src', import.meta.url));
const page = join(root, 'docs', 'rules-by-article.md');

/** Every `.ts` file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The file that declares an id (`id: 'X'`, or for an id built by a factory, its last part quoted), relative to the repository. */
function fileOf(id: string, sources: readonly { path: string; text: string }[]): string {
  const hit = sources.find((s) => s.text.includes(`id: '${id}'`)) ?? sources.find((s) => s.text.includes(`'${id.split('.').at(-1)}'`));
  return hit ? relative(root, hit.path).replace(/\\/gu, '/') : '';
}

const vnDate = (iso: string | null): string => (iso === null ? '…' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
const articleKey = (c: Citation): number[] => [Number.parseInt(c.article ?? '0', 10) || 0, Number.parseInt(c.clause ?? '0', 10) || 0];

function generate(): string {
  const sources = files(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const rows: { document: string; citation: Citation; id: string; kind: string; from: string; to: string | null; file: string }[] = [];
  for (const rule of listRules()) {
    for (const citation of rule.citations) rows.push({ document: citation.document, citation, id: rule.id, kind: `rule (${rule.area})`, from: rule.from, to: rule.to, file: fileOf(rule.id, sources) });
  }
  for (const parameter of LAW_PARAMETERS) {
    for (const value of parameter.values) {
      for (const citation of value.citations) rows.push({ document: citation.document, citation, id: parameter.id, kind: `parameter (${parameter.area})`, from: value.from, to: value.to, file: fileOf(parameter.id, sources) });
    }
  }
  const order = Object.values(SOURCES).map((s) => s.number as string);
  const documents = [...new Set(rows.map((r) => r.document))].sort((a, b) => (order.indexOf(a) === -1 ? 999 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 999 : order.indexOf(b)) || a.localeCompare(b));
  const out = [
    '# Rules by article',
    '',
    'For each legal document, the rules and law parameters of `@truongthon/rules` that encode it, by article (Điều) and clause (khoản), with the file that declares each.',
    'Generated from the rules by `packages/rules/test/rules-by-article.test.ts`, which fails when this page is not current: do not edit it by hand, run `npm run docs:rules`.',
    '',
  ];
  for (const document of documents) {
    const source = Object.values(SOURCES).find((s) => s.number === document);
    out.push(`## ${document}${source ? ` — ${source.title}` : ''}`, '');
    if (source) out.push(`${source.issuer}${source.signed ? `, ký ${vnDate(source.signed)}` : ''}${source.effective ? `, hiệu lực ${vnDate(source.effective)}` : ''} · ${source.confidence}`, '');
    out.push('| where | rule or parameter | in force | confidence | file |', '|---|---|---|---|---|');
    const mine = rows
      .filter((r) => r.document === document)
      .sort((a, b) => {
        const [aa, ac] = articleKey(a.citation);
        const [ba, bc] = articleKey(b.citation);
        return aa! - ba! || ac! - bc! || a.id.localeCompare(b.id) || a.from.localeCompare(b.from);
      });
    const seen = new Set<string>();
    for (const r of mine) {
      const where = formatCitation({ ...r.citation, document: '' }, 'vi').replace(/, $/u, '').replace(/^$/u, '(the document)');
      const line = `| ${where} | \`${r.id}\` ${r.kind} | ${vnDate(r.from)} – ${vnDate(r.to)} | ${r.citation.confidence} | ${r.file ? `\`${r.file}\`` : ''} |`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
    out.push('');
  }
  return out.join('\n');
}

describe('docs/rules-by-article.md', () => {
  it('is current (regenerate with npm run docs:rules)', () => {
    const text = generate();
    if (process.env['UPDATE_RULES_BY_ARTICLE'] === '1') writeFileSync(page, text);
    let committed = '';
    try {
      committed = readFileSync(page, 'utf8');
    } catch {
      // not written yet
    }
    expect(committed, 'docs/rules-by-article.md is not current: run npm run docs:rules').toBe(text);
  });
  it('names the file of every rule and parameter', () => {
    // A row whose last cell (the file) is empty ends in "|  |" (the test failed to catch it when it looked for "| |").
    const rows = generate().split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| where') && !line.startsWith('|---'));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((line) => !/\| `packages\/rules\/src\/[^`]+\.ts` \|$/u.test(line))).toEqual([]);
  });
});
