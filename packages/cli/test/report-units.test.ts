/**
 * `truongthon report` on unit files whose units are named with the words of
 * Nghị định 185/2026/NĐ-CP Điều 2 (and of practice), and whose provinces are
 * unknown or misnamed on the report date: every unit is counted, and what
 * cannot be told is said in a finding. Run in process through `main()`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapColumns } from '../src/io/fields';
import type { Cell, SourceRow } from '../src/io/types';
import { readUnits, unitFieldForHeader, unitResolver, type UnitRow } from '../src/io/unitRows';
import { main } from '../src/main';
import { Capture, collect, rowsOf } from './helpers';


const tmp = mkdtempSync(join(tmpdir(), 'truongthon-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let files = 0;
async function report(csv: string, asOf: string, format = 'json'): Promise<{ code: number; out: any; stdout: string }> {
  const file = join(tmp, `units-${files++}.csv`);
  writeFileSync(file, csv);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['node', 'truongthon', 'report', file, '--as-of', asOf, '--format', format], { stdout, stderr, env: {}, today: () => '2026-12-06' });
  return { code, out: format === 'json' ? JSON.parse(stdout.text()) : null, stdout: stdout.text() };
}


const HEADER = 'Mã tỉnh,Tỉnh,Mã xã,Xã,Mã thôn,Thôn/Tổ dân phố,Tình trạng,Đảng viên,Bí thư chi bộ,Có chi bộ';

describe('unit kinds (NĐ 185/2026 Điều 2): no unit is dropped for its name', () => {
  const names = ['Xóm 3', 'Khối 5', 'Khu 3', 'Tổ 4', 'Phum Pô Thi', 'Đội 1', 'Plei Ơi', 'Khu phố 2', 'Ấp Bình Hòa', 'Tân Lập'];
  const csv = [HEADER, ...names.map((n, i) => `15,Lào Cai,04000,Xã A,${i + 1},${n},Đã bầu,Có,Không,Có`)].join('\n');

  it('counts every unit, by the kind its name tells, and names those whose kind the name does not tell', async () => {
    const { code, out } = await report(csv, '2026-06-01');
    expect(out).toMatchObject({ records: 10, counted: 10, rejected: 0, issues: [] });
    // Xóm, Phum, Đội, Plei, Ấp → thôn; Khối, Tổ, Khu phố → tổ dân phố; Khu, Tân Lập → neither
    expect([out.total.thon.units, out.total.to_dan_pho.units, out.total.kind_unknown.units, out.total.total.units]).toEqual([5, 3, 2, 10]);
    const unknown = out.findings.filter((f: { code: string }) => f.code === 'report.unit-kind-unknown');
    expect(unknown.map((f: { message: string }) => f.message)).toEqual([
      '«Khu 3» (xã, phường 04000): không rõ là thôn hay tổ dân phố (không khai loại, tên gọi cũng không cho biết); được tính vào tổng số, không vào dòng thôn hay dòng tổ dân phố.',
      '«Tân Lập» (xã, phường 04000): không rõ là thôn hay tổ dân phố (không khai loại, tên gọi cũng không cho biết); được tính vào tổng số, không vào dòng thôn hay dòng tổ dân phố.',
    ]);
    expect(code).toBe(0);
  });

  it('reads a kind column with any word of the vocabulary, and falls back to the name when the cell does not tell', async () => {
    const withKind = ['Mã tỉnh,Mã xã,Thôn/Tổ dân phố,Loại,Tình trạng', '15,04000,Khu 1,Xóm,Đã bầu', '15,04000,Khu 2,Khu phố,Đã bầu', '15,04000,Khu 3,Khóm,Đã bầu', '15,04000,Thôn 4,Khu,Đã bầu', '15,04000,Khu 5,Khu,Đã bầu', '15,04000,Bản 6,TDP,Đã bầu'].join('\n');
    const { out } = await report(withKind, '2026-06-01');
    expect(out).toMatchObject({ records: 6, counted: 6, rejected: 0 });
    // Khu 1 (Xóm), Thôn 4 (cell "Khu" tells nothing: the name) → thôn; Khu 2, Khu 3, Bản 6 (the cell wins over the name) → tổ dân phố; Khu 5 → neither
    expect([out.total.thon.units, out.total.to_dan_pho.units, out.total.kind_unknown.units]).toEqual([2, 3, 1]);
  });

  it('readUnits sets the kind from the vocabulary and leaves it out when nothing tells', async () => {
    const header = ['Mã tỉnh', 'Mã xã', 'Thôn/Tổ dân phố', 'Loại', 'Tình trạng'];
    const resolver = unitResolver(mapColumns(header.map((h) => ({ header: h })), unitFieldForHeader));
    const rows = await collect<UnitRow>(readUnits(rowsOf([
      { 'Mã tỉnh': '15', 'Mã xã': '04000', 'Thôn/Tổ dân phố': 'Xóm 3', 'Loại': null, 'Tình trạng': 'Đã bầu' },
      { 'Mã tỉnh': '15', 'Mã xã': '04000', 'Thôn/Tổ dân phố': 'Khu 3', 'Loại': 'Khu', 'Tình trạng': 'Đã bầu' },
      { 'Mã tỉnh': '15', 'Mã xã': '04000', 'Thôn/Tổ dân phố': 'Khu 4', 'Loại': 'khoi pho', 'Tình trạng': 'Đã bầu' },
    ]), resolver, (v) => (v === '15' ? { code: '15', name: 'Lào Cai' } : undefined)));
    expect(rows.map((r) => r.issues)).toEqual([[], [], []]);
    expect(rows.map((r) => (r.record?.['unit'] as Record<string, unknown>))).toEqual([{ name: 'Xóm 3', kind: 'thon' }, { name: 'Khu 3' }, { name: 'Khu 4', kind: 'to_dan_pho' }]);
  });
});

describe('provinces on the report date: kept and flagged, as the library does', () => {
  it('keeps a unit of province 99 under code 99, with report.unknown-province', async () => {
    const { code, out } = await report([HEADER, '62,Kon Tum,23287,Phường Quang Trung,01,Tổ dân phố 1,Đã bầu,Có,Có,Có', '99,,23288,Xã B,02,Tổ dân phố 2,Đã bầu,Có,Có,Có'].join('\n'), '2021-11-15');
    expect(out).toMatchObject({ records: 2, counted: 2, rejected: 0, issues: [] });
    expect(out.provinces.map((p: { code: string; name: string | null }) => [p.code, p.name])).toEqual([['62', 'Kon Tum'], ['99', null]]);
    expect(out.findings.map((f: { code: string }) => f.code)).toEqual(['report.unknown-province']);
    expect(out.findings[0].message).toBe('Không tìm thấy tỉnh, thành phố mã 99 vào ngày 15/11/2021.');
    expect(code).toBe(0);
  });

  it('keeps Kon Tum units (62) in a report dated after the code was retired, with report.unknown-province', async () => {
    const { out } = await report([HEADER, '62,Kon Tum,23287,Phường Quang Trung,01,Tổ dân phố 1,Đã bầu,Có,Có,Có', '62,Kon Tum,23287,Phường Quang Trung,02,Tổ dân phố 2,Đã bầu,Không,Không,Có'].join('\n'), '2025-09-01');
    expect(out).toMatchObject({ counted: 2, rejected: 0 });
    expect(out.findings.map((f: { code: string }) => f.code)).toEqual(['report.unknown-province']);
  });

  it('still leaves out a unit whose province is given by a name that names no province that day (no code to count it under)', async () => {
    const { out } = await report(['Tỉnh,Mã xã,Thôn/Tổ dân phố,Tình trạng', 'Kon Tum,23287,Tổ dân phố 1,Đã bầu', 'Quảng Ngãi,23287,Tổ dân phố 2,Đã bầu'].join('\n'), '2025-09-01');
    expect(out).toMatchObject({ records: 2, counted: 1, rejected: 1 });
    expect(out.issues).toEqual([expect.objectContaining({ row: 2, code: 'cli.province-not-found', column: 'Tỉnh' })]);
  });

  it('flags code 15 named Yên Bái in a report after 01/07/2025 (15 is Lào Cai), naming the unit, the code and both names', async () => {
    const { code, out, stdout } = await report([HEADER, '15,Yên Bái,04000,Xã A,01,Thôn 1,Đã bầu,Có,Có,Có', '15,Lào Cai,04000,Xã A,02,Thôn 2,Đã bầu,Có,Có,Có'].join('\n'), '2025-07-01');
    expect(out).toMatchObject({ counted: 2, rejected: 0 });
    expect(out.findings.map((f: { code: string; message: string }) => [f.code, f.message])).toEqual([
      ['report.province-name-mismatch', '«Thôn 1» (xã, phường 04000): mã tỉnh 15 vào ngày 01/07/2025 là Lào Cai, không phải «Yên Bái»; đơn vị được tính theo mã tỉnh, cần kiểm tra lại mã hoặc tên tỉnh.'],
    ]);
    expect(code).toBe(0);
    const table = await report([HEADER, '15,Yên Bái,04000,Xã A,01,Thôn 1,Đã bầu,Có,Có,Có'].join('\n'), '2025-07-01', 'table');
    expect(table.stdout).toContain('mã tỉnh 15 vào ngày 01/07/2025 là Lào Cai, không phải «Yên Bái»');
    expect(stdout).toContain('report.province-name-mismatch');
  });
});
