/** `tally` under Luật 10/2022 and Nghị định 59/2023 as corrected in December 2026: the household-ballot path and its steps. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjson, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-tally-2026-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'Mã biên bản,Ngày bầu,Thôn/Tổ dân phố,Cách tính cử tri,Tổng số cử tri/hộ,Số tham dự,Hình thức biểu quyết,Người ứng cử,Số phiếu';

describe('tally: the household-ballot path (Luật 10/2022 Điều 17 khoản 2, Điều 19 khoản 1 điểm b)', () => {
  it('40 of 100 households present in 2024 → household-ballot-required with its step; a household ballot where A has 60 → elected', async () => {
    const file = join(tmp, 'meetings.csv');
    writeFileSync(
      file,
      [HEADER, 'M1,08/12/2024,Thôn 1,Hộ gia đình,100,40,Biểu quyết giơ tay,Nguyễn Văn An,35', 'M2,15/12/2024,Thôn 1,Hộ gia đình,100,90,Phát phiếu lấy ý kiến,Nguyễn Văn An,60'].join('\n'),
    );
    const { code, stdout } = await run(['tally', file, '--format', 'ndjson', '--province', '46']);
    const [m1, m2] = ndjson(stdout) as { outcome: string; deadlines: { id: string; condition: string }[] }[];
    expect(m1!.outcome).toBe('household-ballot-required');
    expect(m1!.deadlines.map((d) => d.id)).toEqual(['household-ballot']);
    expect(m2!.outcome).toBe('elected');
    expect(m2!.deadlines.map((d) => d.id)).toContain('recognition');
    expect(code).toBe(0);
  });
  it('the table names the condition of a step in words', async () => {
    const file = join(tmp, 'low.csv');
    writeFileSync(file, [HEADER, 'M1,08/12/2024,Thôn 1,Hộ gia đình,100,40,Biểu quyết giơ tay,Nguyễn Văn An,35'].join('\n'));
    const { stdout } = await run(['tally', file, '--format', 'table', '--province', '46', '--lang', 'en']);
    expect(stdout).toContain('Ballots taken to each household');
    expect(stdout).toContain('if no more than half of the households attend');
  });
});

describe('the unit kind of a meeting record: one vocabulary with the report (NĐ 185/2026 Điều 2)', () => {
  it('reads "Xóm", "Khối phố", "Phum" in the kind column as the report does; a word that tells no kind is left out, never an error', async () => {
    const { groupMeetings, meetingFieldForHeader, meetingResolver } = await import('../src/io/meetingRows');
    const { mapColumns } = await import('../src/io/fields');
    const header = ['Mã biên bản', 'Ngày bầu', 'Thôn/Tổ dân phố', 'Loại', 'Cách tính cử tri', 'Tổng số cử tri/hộ', 'Số tham dự', 'Hình thức biểu quyết', 'Người ứng cử', 'Số phiếu'];
    const resolver = meetingResolver(mapColumns(header.map((h) => ({ header: h })), meetingFieldForHeader));
    const rows = [['A', '08/12/2024', 'Xóm 3', 'Xóm', 'Hộ gia đình', '100', '80', 'Giơ tay', 'X', '60'], ['B', '08/12/2024', 'Khối 5', 'Khối phố', 'Hộ gia đình', '100', '80', 'Giơ tay', 'Y', '60'], ['C', '08/12/2024', 'Phum Tà Ốc', 'Phum', 'Hộ gia đình', '100', '80', 'Giơ tay', 'Z', '60'], ['D', '08/12/2024', 'Khu 2', 'Khu', 'Hộ gia đình', '100', '80', 'Giơ tay', 'W', '60']];
    const groups = [];
    for await (const g of groupMeetings((async function* () {
      let n = 2;
      for (const cells of rows) yield { row: n++, record: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? null])) };
    })(), resolver)) groups.push(g);
    expect(groups.map((g) => (g.record['unit'] as { kind?: unknown }).kind ?? null)).toEqual(['thon', 'to_dan_pho', 'thon', null]);
    expect(groups.every((g) => g.issues.length === 0)).toBe(true);
  });
});
