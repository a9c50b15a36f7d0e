import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-kinds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * The names of issue 15, item 5 (Nghị định 185/2026/NĐ-CP Điều 2, and names in use), and a name that tells no kind.
 * "Khu" is used for thôn and for tổ dân phố alike: it tells no kind either (see the rules' `UNIT_KIND_NAMES`).
 */
const NAMES = ['Xóm 1', 'Làng Chuôn', 'Ấp 3', 'Bản Mường', 'Buôn Đôn', 'Bon Bu Prăng', 'Phum Tà Tổn', 'Sóc Ven', 'Khu phố 2', 'Khối phố 4', 'Khóm 5', 'Tiểu khu 6', 'Tổ 7', 'Khu 8', 'Đội 3', 'Plei Kép', 'Thôn 9', 'Tổ dân phố 10', 'Cụm Hòa Bình'];

describe('truongthon report counts every unit, whatever its kind is called', () => {
  const file = join(tmp, 'units.csv');
  writeFileSync(
    file,
    ['Mã tỉnh,Tỉnh,Mã xã,Xã,Mã thôn,Thôn/Tổ dân phố,Tình trạng,Đảng viên,Bí thư chi bộ,Có chi bộ', ...NAMES.map((name, i) => `62,Kon Tum,23287,Phường Quang Trung,${String(i + 1).padStart(2, '0')},${name},Đã bầu,Có,Có,Có`)].join('\n'),
  );

  it('JSON: every unit is counted, the split adds up, the unit of unknown kind is named', async () => {
    const { code, stdout } = await run(['report', file, '--as-of', '2024-01-10', '--format', 'json']);
    const out = JSON.parse(stdout);
    expect(out.counted).toBe(NAMES.length);
    expect(out.rejected).toBe(0);
    const total = out.total;
    expect(total.total.units).toBe(NAMES.length);
    expect(total.thon.units + total.to_dan_pho.units + total.kind_unknown.units).toBe(NAMES.length);
    expect(total.kind_unknown.units).toBe(2);
    const named = out.findings.map((f: { message: string }) => f.message).join('\n');
    for (const name of ['Khu 8', 'Cụm Hòa Bình']) expect(named).toContain(`«${name}»`);
    expect(code).toBe(0);
  });

  it('CSV: the rows of each kind add up to the row of all units', async () => {
    const { stdout } = await run(['report', file, '--as-of', '2024-01-10', '--format', 'csv']);
    const rows = stdout.trim().split('\r\n').map((line) => line.split(','));
    const units = (kind: string) => rows.filter((row) => row[0] === '' && row[3] === kind).map((row) => Number(row[4]));
    expect(units('Tất cả')).toEqual([NAMES.length]);
    expect(units('Thôn')[0]! + units('Tổ dân phố')[0]! + units('Chưa rõ loại (thôn / tổ dân phố)')[0]!).toBe(NAMES.length);
  });
});
