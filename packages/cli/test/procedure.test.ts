import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { choice, coerceCount } from '../src/io/coerce';
import { mapColumns } from '../src/io/fields';
import { groupMeetings, type MeetingGroup, meetingFieldForHeader, meetingResolver } from '../src/io/meetingRows';
import type { Cell, SourceRow } from '../src/io/types';
import { kindFromName, readUnits, unitFieldForHeader, unitResolver, type UnitRow } from '../src/io/unitRows';
import { collect, EXAMPLES, fixture, ndjson, rowsOf, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-proc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


describe('counts and closed lists', () => {
  it.each([['0', 0], ['361', 361], ['1.234', 1234], ['1,234', 1234], ['1 234', 1234], [42, 42], ['', null]] as const)('count %j', (cell, value) => {
    const r = coerceCount(cell);
    expect(r.ok ? r.value : r.code).toBe(value);
  });
  it.each(['-5', '12.5', '1.23', 'mười', -1, 1.5, '1.2345'])('refuses %j as a count', (cell) => {
    expect(coerceCount(cell as Cell)).toEqual({ ok: false, code: 'cli.bad-count' });
  });
  it('reads a closed list by folded spellings', () => {
    const base = choice({ voters: ['cu_tri'], households: ['ho_gia_dinh'] });
    expect(base('Hộ gia đình')).toEqual({ ok: true, value: 'households' });
    expect(base('VOTERS')).toEqual({ ok: true, value: 'voters' });
    expect(base('ai đó')).toEqual({ ok: false, code: 'cli.bad-choice', params: { acceptedVi: 'voters, households', acceptedEn: 'voters, households' } });
  });
  it('tells a thôn from a tổ dân phố by its name (the library\'s vocabulary of NĐ 185/2026 Điều 2), and not when the name names both', () => {
    expect(kindFromName('Thôn 1')).toBe('thon');
    expect(kindFromName('Buôn Đôn')).toBe('thon');
    expect(kindFromName('Tổ dân phố 3')).toBe('to_dan_pho');
    expect(kindFromName('Khu phố 2')).toBe('to_dan_pho');
    expect(kindFromName('Xóm Mới')).toBe('thon');
    expect(kindFromName('Khu 3')).toBeUndefined();
  });
});

describe('meeting rows', () => {
  const header = ['Mã biên bản', 'Ngày bầu', 'Thôn/Tổ dân phố', 'Cách tính cử tri', 'Tổng số cử tri/hộ', 'Số tham dự', 'Hình thức biểu quyết', 'Người ứng cử', 'Số phiếu'];
  const resolver = meetingResolver(mapColumns(header.map((h) => ({ header: h })), meetingFieldForHeader));
  const row = (cells: readonly Cell[]) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? null]));

  it('groups the candidate rows of a meeting into one library record', async () => {
    const groups = await collect<MeetingGroup>(
      groupMeetings(rowsOf([
        row(['A', '10/01/2021', 'Tổ dân phố 1', 'Hộ gia đình', '361', '300', 'Giơ tay', 'Nguyễn Văn An', '200']),
        row(['A', null, null, null, null, null, null, 'Trần Thị Bình', '90']),
        row([null, '10/01/2021', 'Tổ dân phố 2', 'Cử tri', '100', '80', 'Bỏ phiếu kín', 'Lê Văn Cường', '60']),
        row([null, null, null, null, null, null, null, 'Võ Thị Dung', '10']),
      ]), resolver),
    );
    expect(groups.map((g) => [g.row, g.lastRow])).toEqual([[2, 3], [4, 5]]);
    expect(groups[0]!.record).toEqual({
      id: 'A', electionDate: '2021-01-10', unit: { name: 'Tổ dân phố 1' }, electorateBase: 'households', totalElectorate: 361, present: 300, votingMode: 'show_of_hands',
      candidates: [{ name: 'Nguyễn Văn An', votes: 200 }, { name: 'Trần Thị Bình', votes: 90 }],
    });
    expect(groups[1]!.record['candidates']).toHaveLength(2);
  });

  it('refuses a later row that contradicts the first, naming the column and row', async () => {
    const [group] = await collect<MeetingGroup>(groupMeetings(rowsOf([
      row(['A', '10/01/2021', 'Tổ dân phố 1', 'Hộ gia đình', '361', '300', 'Giơ tay', 'X', '1']),
      row(['A', null, null, null, '362', null, null, 'Y', '2']),
    ]), resolver));
    expect(group!.issues).toEqual([{ code: 'cli.meeting-conflict', column: { header: 'Tổng số cử tri/hộ' }, field: 'totalElectorate', params: { column: 'Tổng số cử tri/hộ', firstRow: 2 } }]);
  });

  it('passes JSON records through in the library shape', async () => {
    const raw = { electionDate: '2024-12-15', unit: { name: 'Tổ 1' } };
    const [group] = await collect<MeetingGroup>(groupMeetings((async function* () {
      yield { row: 1, record: {}, raw } satisfies SourceRow;
    })(), meetingResolver()));
    expect(group!.record).toBe(raw);
  });
});

describe('unit rows', () => {
  it('reads the unit, fills the province name and the kind, refuses bad cells', async () => {
    const header = ['Mã tỉnh', 'Mã xã', 'Thôn/Tổ dân phố', 'Tình trạng', 'Đảng viên'];
    const resolver = unitResolver(mapColumns(header.map((h) => ({ header: h })), unitFieldForHeader));
    const rows = await collect<UnitRow>(readUnits(rowsOf([
      { 'Mã tỉnh': '62', 'Mã xã': '23287', 'Thôn/Tổ dân phố': 'Thôn 1', 'Tình trạng': 'Đã bầu', 'Đảng viên': 'x' },
      { 'Mã tỉnh': '62', 'Mã xã': '23287', 'Thôn/Tổ dân phố': 'Thôn 2', 'Tình trạng': 'Lâm thời', 'Đảng viên': 'có lẽ' },
    ]), resolver, (v) => (v === '62' ? { code: '62', name: 'Kon Tum' } : undefined)));
    expect(rows[0]!.record).toEqual({ province: { code: '62', name: 'Kon Tum' }, commune: { code: '23287' }, unit: { name: 'Thôn 1', kind: 'thon' }, leaderStatus: 'elected', leaderPartyMember: true });
    expect(rows[1]!.record).toBeNull();
    expect(rows[1]!.issues.map((i) => [i.code, i.column?.header])).toEqual([['cli.bad-boolean', 'Đảng viên']]);
  });
});

describe('tally (end to end)', () => {
  it('examples/meetings.csv: one record per meeting, outcomes and deadlines', async () => {
    const { code, stdout, stderr } = await run(['tally', join(EXAMPLES, 'meetings.csv'), '--format', 'ndjson']);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.lastRow, r.id, r.outcome])).toEqual([
      [2, 3, 'HX-TDP1', 'elected'],
      [4, 5, 'HX-TDP2', 'no-winner'],
      [6, 6, 'HX-TDP3', 'invalid-meeting'],
      [7, 7, 'HX-TDP4', 'elected'],
      [8, 9, 'HX-TDP5', 'inconsistent'],
    ]);
    expect(records[0]).toMatchObject({ winner: { name: 'Nguyễn Văn Hùng', votes: 220, percent: 60.94 }, quorum: { present: 300, total: 361, met: true }, deadlines: [{ id: 'recognition', date: expect.stringMatching(/^2021-01-1\d$/u) }] });
    expect(records[1]).toMatchObject({ winner: null, deadlines: [{ id: 'rerun', date: '2021-01-25' }] });
    expect(records[1]!.candidates[0]).toMatchObject({ name: 'Trần Thị Mai', votes: 159, percent: 44.04 });
    expect(stderr).toContain('Tổng cộng 5 biên bản');
    expect(code).toBe(1);
  });

  it('bad counts, conflicting rows and broken JSON are invalid records; formulas are escaped in CSV', async () => {
    const csv = ndjson((await run(['tally', fixture('meetings.csv'), '--format', 'ndjson'])).stdout);
    expect(csv.map((r) => [r.id, r.outcome, r.issues[0]?.code ?? null, r.issues[0]?.column ?? null])).toEqual([
      ['M1', 'elected', null, null],
      ['M2', 'no-winner', null, null],
      ['M3', 'invalid-meeting', null, null],
      ['M4', 'invalid', 'cli.bad-count', 'Tổng số cử tri/hộ'],
      ['M5', 'invalid', 'cli.bad-count', 'Số phiếu'],
      ['M6', 'invalid', 'cli.meeting-conflict', 'Ngày bầu'],
      ['M7', 'elected', null, null],
    ]);
    const out = (await run(['tally', fixture('meetings.csv'), '--format', 'csv'])).stdout;
    expect(out).toContain("'=cmd|");
    const json = ndjson((await run(['tally', fixture('meetings.json'), '--format', 'ndjson'])).stdout);
    expect(json.map((r) => [r.row, r.outcome])).toEqual([[1, 'elected'], [2, 'carried'], [3, 'invalid'], [4, 'invalid']]);
    expect(json[2]!.issues[0]).toMatchObject({ code: 'input.not-positive-count', field: 'totalElectorate' });
    expect(json[3]!.issues[0].code).toBe('cli.json-syntax');
  });

  it('speaks English, and writes XLSX', async () => {
    const en = await run(['tally', join(EXAMPLES, 'meetings.csv'), '--format', 'table', '--lang', 'en']);
    expect(en.stdout).toContain('No winner');
    expect(en.stdout).toContain('of the whole electorate');
    const out = join(tmp, 'tally.xlsx');
    await run(['tally', join(EXAMPLES, 'meetings.csv'), '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.rowCount).toBe(6);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['tally', fixture('utf8.csv')])).code).toBe(2); // not a meeting file: required columns missing
    expect((await run(['tally'])).code).toBe(2);
  });
});

describe('report (end to end)', () => {
  it('examples/units.csv: counts per commune, district, province in the Kon Tum columns', async () => {
    const { code, stdout } = await run(['report', join(EXAMPLES, 'units.csv'), '--as-of', '2021-11-15', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ asOf: '2021-11-15', records: 11, counted: 10, rejected: 1 });
    expect(report.total.total).toMatchObject({ units: 10, leaders: 8, secretaryLeaders: 5, partyMemberLeaders: 7 });
    const huongXuan = report.provinces[0].children[0].children.find((c: { code: string }) => c.code === '20017');
    expect(huongXuan.counts.total).toMatchObject({ units: 5, leaders: 4, secretaryLeaders: 2, partyMemberLeaders: 3, interim: 1, percent: { secretaryLeaders: 40 } });
    expect(report.issues).toEqual([expect.objectContaining({ row: 11, code: 'report.secretary-not-party-member' })]);
    expect(code).toBe(1);
  });

  it('a bad cell leaves its row out with the row and column; Kon Tum deadlines are shown', async () => {
    const { stdout, stderr } = await run(['report', fixture('units.csv'), '--as-of', '2021-11-15', '--format', 'table']);
    expect(stdout).toContain('62 Kon Tum');
    expect(stdout).toContain('chậm nhất ngày 30/11/2021');
    expect(stdout).toContain('Dòng 7: Cột «Đảng viên»');
    expect(stderr).toContain('7 bản ghi: 5 được tính, 2 không được tính.');
  });

  it('CSV and XLSX in the report layout', async () => {
    const csv = (await run(['report', join(EXAMPLES, 'units.csv'), '--as-of', '2021-11-15', '--format', 'csv'])).stdout;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('Số Bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố');
    // The total says how many records it leaves out; each area has a row of all its units, then one per kind it has.
    expect(lines[1]).toMatch(/^,,"Tổng cộng \(không tính 1 bản ghi, liệt kê cuối bảng\)",Tất cả,10,8,5,50,7,70/u);
    expect(lines[2]).toMatch(/^,,"Tổng cộng \(không tính 1 bản ghi, liệt kê cuối bảng\)",Tổ dân phố,10,8,5,50,7,70/u);
    expect(lines.filter((line) => /,Tất cả,/u.test(line))).toHaveLength(6);
    // The record left out is in the file itself, with its row and reason.
    expect(lines.at(-1)).toMatch(/^Không tính,Dòng 11,02: người đứng đầu được khai là bí thư chi bộ nhưng không phải là đảng viên/u);
    expect(lines).toHaveLength(14);
    const out = join(tmp, 'report.xlsx');
    expect((await run(['report', join(EXAMPLES, 'units.csv'), '--as-of', '2021-11-15', '--out', out])).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.getRow(2).getCell(3).value).toBe('Tổng cộng (không tính 1 bản ghi, liệt kê cuối bảng)');
    expect(wb.worksheets[0]!.getRow(3).getCell(4).value).toBe('Tổ dân phố');
    expect(wb.worksheets[0]!.getRow(14).getCell(1).value).toBe('Không tính');
  });
});

describe('timeline (end to end)', () => {
  it('steps with their last allowed day under NQLT 09/2008 and under Nghị định 59/2023', async () => {
    const old = JSON.parse((await run(['timeline', '--meeting-date', '2021-01-10', '--province', '46', '--format', 'json'])).stdout);
    expect(old.steps.map((s: { id: string; date: string | null }) => [s.id, s.date])).toEqual(expect.arrayContaining([['plan', '2020-12-21'], ['meeting', '2021-01-10'], ['rerun', '2021-01-25']]));
    expect(old.steps[0]).toMatchObject({ label: 'Quyết định, kế hoạch tổ chức bầu cử', citation: expect.stringContaining('09/2008') });
    const table = await run(['timeline', '--meeting-date', '2024-12-15', '--format', 'table', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Election meeting');
  });
  it('bad dates and provinces exit 2', async () => {
    expect((await run(['timeline', '--meeting-date', '2021-02-30'])).code).toBe(2);
    const unknown = await run(['timeline', '--meeting-date', '2021-01-10', '--province', '99']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('99');
    expect((await run(['timeline'])).code).toBe(2);
  });
});
