import { listParameters, listRules, SOURCES } from '@truongthon/rules';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run } from './helpers';

/*
 * Issue 15, item 3: citations as officials read them. Every command runs on
 * the bundled examples in Vietnamese, as a table and (where it has one) as
 * CSV: no maintainer's note and no confidence words reach that text unless
 * `--details` is given; a provincial letter names its issuer; JSON keeps
 * confidence and notes as data.
 */

const CANDIDATES = join(EXAMPLES, 'candidates.csv');
const MEETINGS = join(EXAMPLES, 'meetings.csv');
const UNITS = join(EXAMPLES, 'units.csv');
const CHECK = ['--election-date', '2021-01-10', '--province', '46', '--today', '2025-01-01'];

/** Commands that print findings or citations, with the formats each writes for people. */
const COMMANDS: readonly { readonly args: readonly string[]; readonly csv: boolean; readonly details: boolean }[] = [
  { args: ['check', CANDIDATES, ...CHECK], csv: true, details: true },
  { args: ['check', CANDIDATES, '--election-date', '2021-09-01', '--province', '62', '--today', '2025-01-01'], csv: true, details: true },
  { args: ['check', CANDIDATES, '--election-date', '2026-07-10', '--province', '46', '--today', '2026-07-01'], csv: true, details: true },
  { args: ['tally', MEETINGS], csv: true, details: true },
  { args: ['report', UNITS, '--as-of', '2021-11-15'], csv: true, details: true },
  { args: ['report', UNITS, '--as-of', '2026-07-15'], csv: true, details: true },
  { args: ['timeline', '--meeting-date', '2021-01-10', '--province', '46'], csv: false, details: true },
  { args: ['timeline', '--meeting-date', '2026-07-10', '--received-on', '2026-07-12'], csv: false, details: true },
  { args: ['interim', '--appointed-on', '2026-07-01'], csv: false, details: true },
  { args: ['rules'], csv: false, details: true },
  { args: ['rules', '--changes', '2026-05-25', '2026-05-26'], csv: false, details: true },
  { args: ['term', '--province', '62', '--date', '2021-08-16'], csv: false, details: false },
];

/** The words of the CLI for confidence, and the widget's, in Vietnamese. */
const CONFIDENCE_WORDS = ['đã đối chiếu văn bản', 'theo nguồn thứ cấp', 'chưa kiểm chứng', '(chưa đối chiếu'];

/** The start of every maintainers' note (of a citation of a rule or parameter, or of a document). */
const NOTES = [
  ...new Set(
    [...listRules().flatMap((r) => r.citations), ...listParameters().flatMap((p) => p.citations), ...Object.values(SOURCES)]
      .map((c) => ('note' in c ? c.note : undefined))
      .filter((n): n is string => typeof n === 'string' && n.length > 0)
      .map((n) => n.slice(0, 40)),
  ),
];

function leaks(text: string): string[] {
  return [...CONFIDENCE_WORDS.filter((w) => text.includes(w)), ...NOTES.filter((n) => text.includes(n))];
}

describe('citations for officials (issue 15, item 3)', () => {
  it('the notes to look for are many', () => {
    expect(NOTES.length).toBeGreaterThan(30);
  });

  for (const { args, csv, details } of COMMANDS) {
    const name = args.filter((a) => !a.includes('/')).join(' ');
    it(`${name}: no maintainer's note or confidence in the Vietnamese table${csv ? ' or CSV' : ''}${details ? '; with --details, they are there' : ''}`, async () => {
      const formats = csv ? ['table', 'csv'] : ['table'];
      for (const format of formats) {
        const plain = await run([...args, '--lang', 'vi', '--format', format]);
        expect(plain.stderr).not.toMatch(/error|lỗi cú pháp/iu);
        expect(plain.stdout.length, `${name} ${format}`).toBeGreaterThan(0);
        expect(leaks(plain.stdout), `${name} ${format}`).toEqual([]);
        expect(plain.stdout, `${name} ${format}`).not.toMatch(/Điều \d+, \d/u);
        if (!details) continue;
        const detailed = await run([...args, '--lang', 'vi', '--format', format, '--details']);
        expect(detailed.code, `${name} ${format} --details`).toBe(plain.code);
        if (/Căn cứ|Điều \d/u.test(plain.stdout)) expect(leaks(detailed.stdout).length, `${name} ${format} --details`).toBeGreaterThan(0);
      }
    });
  }

  it('a Kon Tum letter names its issuer, article and clause in the Vietnamese order, its kind before its number', async () => {
    const csv = await run(['check', CANDIDATES, ...CHECK, '--lang', 'vi', '--format', 'csv']);
    expect(csv.stdout).toContain('điểm a Điều 1 Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum');
    expect(csv.stdout).toContain('Công văn 13-CV/ĐU của Đảng ủy phường Hương Xuân');
    expect(csv.stdout).toContain('Điều 11 Thông tư 04/2012/TT-BNV');
    expect(csv.stdout).not.toContain('2881/UBND-KTTH;');
    const table = await run(['check', CANDIDATES, ...CHECK, '--lang', 'vi', '--format', 'table']);
    expect(table.stdout).toContain('Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum');
    const en = await run(['check', CANDIDATES, ...CHECK, '--lang', 'en', '--format', 'csv']);
    expect(en.stdout).toContain('Art. 1(a), Official Letter 2881/UBND-KTTH of UBND tỉnh Kon Tum');
    expect(en.stdout).toContain('Art. 11, Circular 04/2012/TT-BNV');
  });

  it('with --details, a citation carries its confidence and note in brackets', async () => {
    const out = await run(['interim', '--appointed-on', '2026-07-01', '--lang', 'vi', '--format', 'table', '--details']);
    expect(out.stdout).toContain('khoản 2 Điều 4 Nghị định 185/2026/NĐ-CP [theo nguồn thứ cấp: ');
    const en = await run(['rules', '--date', '2021-01-10', '--lang', 'en', '--format', 'table', '--details']);
    expect(en.stdout).toContain('Art. 11, Circular 04/2012/TT-BNV [checked against the text: ');
  });

  it('JSON keeps citations as data: document, article, clause, confidence and note', async () => {
    const rules = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as { rules: { citations: { document: string; confidence: string; note?: string }[]; citation: string }[] };
    const all = rules.rules.flatMap((r) => r.citations);
    expect(all.some((c) => c.note !== undefined && c.note.length > 0)).toBe(true);
    expect(all.every((c) => typeof c.document === 'string' && ['confirmed', 'secondary', 'unconfirmed'].includes(c.confidence))).toBe(true);
    expect(rules.rules.every((r) => leaks(r.citation).length === 0)).toBe(true);
    const interim = JSON.parse((await run(['interim', '--appointed-on', '2026-07-01', '--format', 'json'])).stdout);
    expect(interim.confidence).toBe('secondary');
    expect(interim.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '4', clause: '2', confidence: 'secondary' });
    expect(typeof interim.citations[0].note).toBe('string');
  });
});
