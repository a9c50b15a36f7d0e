import { describe, expect, it } from 'vitest';
import { stripNotesSource } from '../../scripts/strip-notes.mjs';

describe('strip-notes (single-file builds leave out the rules\' English documentation)', () => {
  it('drops note, notes and summary members and the codes of a rule declaration, and nothing else', () => {
    const source = `
      export const rule = defineRule({
        id: 'X', summary: 'English summary.', citations: [{ document: '185/2026/NĐ-CP', article: '7', confidence: 'secondary', note: \`Read \${NOTE} here.\` }],
        params: { codes: { 'rerun-failed': 'procedure.x' } }, codes: ['a.b'], check: () => ({ status: 'pass' }),
      });
      export const regime = { id: 'R', notes: ['one', 'two'], name: { vi: 'Tên', en: 'Name' } };
      export const other = { codes: ['kept outside a rule declaration'] };`;
    const out = stripNotesSource(source);
    expect(out).not.toMatch(/English summary|Read |notes:|'a\.b'/u);
    expect(out).toContain("'rerun-failed': 'procedure.x'");
    expect(out).toContain('kept outside a rule declaration');
    expect(out).toContain("document: '185/2026/NĐ-CP'");
    expect(out).toContain("name: { vi: 'Tên', en: 'Name' }");
  });
  it('in sources.ts, also the title and url of each document; elsewhere a title stays', () => {
    const source = `export const SOURCES = { '04/2012/TT-BNV': { number: '04/2012/TT-BNV', type: 'Thông tư', title: 'Hướng dẫn về tổ chức', issuer: 'Bộ Nội vụ', url: 'https://x.invalid', note: 'n' } };`;
    const out = stripNotesSource(source, 'packages/rules/src/sources.ts');
    expect(out).not.toMatch(/Hướng dẫn|x\.invalid|note:/u);
    expect(out).toContain("issuer: 'Bộ Nội vụ'");
    expect(out).toContain("type: 'Thông tư'");
    expect(stripNotesSource(source, 'packages/rules/src/documents/meeting.ts')).toContain("title: 'Hướng dẫn về tổ chức'");
  });
  it('returns a file without such members unchanged', () => {
    const source = "export const a = { id: 'x', from: '2026-05-26' };\n";
    expect(stripNotesSource(source)).toBe(source);
  });
});
