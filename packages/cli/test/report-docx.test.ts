import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { docxText } from './docxText';
import { run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-report-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const n = (v: number) => vi.format(v);
const p = (v: number | null) => (v === null ? '' : `${vi.format(v)}%`);
const KIND: Record<string, string> = { total: 'Tất cả', thon: 'Thôn', to_dan_pho: 'Tổ dân phố', kind_unknown: 'Chưa rõ loại (thôn / tổ dân phố)' };

/** The figures of one row as the DOCX table writes them, from the JSON report's counts. */
function cells(c: any): string {
  return [n(c.units), n(c.leaders), n(c.secretaryLeaders), p(c.percent.secretaryLeaders), n(c.partyMemberLeaders), p(c.percent.partyMemberLeaders), n(c.nonPartyLeaders), p(c.percent.nonPartyLeaders), n(c.membershipUnknown), n(c.interim), n(c.vacant), n(c.withoutPartyCell), n(c.partyCellUnknown)].join('\t');
}

describe('truongthon report --format docx', () => {
  it('carries the same numbers as the JSON report, for every area and kind of unit (Kon Tum 2881 columns, thôn / tổ dân phố split)', async () => {
    // 1,203 units in two communes of Kon Tum: four-digit totals, thôn and tổ dân phố, a few leaders missing, one row left out.
    const lines = ['Mã tỉnh,Tỉnh,Mã xã,Xã,Mã thôn,Thôn/Tổ dân phố,Tình trạng,Đảng viên,Bí thư chi bộ,Có chi bộ'];
    for (let i = 0; i < 1203; i += 1) {
      const commune = i % 2 === 0 ? '23287,Phường Quang Trung' : '23290,Xã Đăk Cấm';
      const name = i % 3 === 0 ? `Thôn ${i}` : `Tổ dân phố ${i}`;
      const status = i % 17 === 0 ? 'Khuyết' : 'Đã bầu';
      lines.push(`62,Kon Tum,${commune},${String(i).padStart(4, '0')},${name},${status},${i % 5 === 0 ? 'Không' : 'Có'},${i % 4 === 0 ? 'Có' : 'Không'},Có`);
    }
    lines.push('62,Kon Tum,23290,Xã Đăk Cấm,9999,Thôn lỗi,Không biết,Có,Có,Có');
    const file = join(tmp, 'units.csv');
    writeFileSync(file, lines.join('\n'));
    const json = await run(['report', file, '--as-of', '2024-01-10', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    const out = join(tmp, 'report.docx');
    const docx = await run(['report', file, '--as-of', '2024-01-10', '--out', out]);
    expect(docx.code).toBe(json.code);
    const text = await docxText(out);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum');
    expect(text).toContain('đến ngày 10/01/2024');
    expect(report.total.total.units).toBeGreaterThan(999);
    expect(text).toContain(`Tất cả\t${n(report.total.total.units)}\t`);
    expect(n(report.total.total.units)).toContain('.');
    let rows = 0;
    const walk = (node: any) => {
      for (const kind of Object.keys(KIND)) {
        const c = node.counts[kind];
        if (kind !== 'total' && c.units === 0) continue;
        expect(text).toContain(`${node.code}\t${node.name}\t${KIND[kind]}\t${cells(c)}`);
        rows += 1;
      }
      for (const child of node.children ?? []) walk(child);
    };
    for (const kind of Object.keys(KIND)) if (kind === 'total' || report.total[kind].units > 0) expect(text).toContain(`\t${KIND[kind]}\t${cells(report.total[kind])}`);
    for (const province of report.provinces) walk(province);
    expect(rows).toBeGreaterThanOrEqual(6);
    // The record left out is listed with its row and reason, as in the JSON issues.
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) expect(text).toContain(`Dòng ${issue.row}: ${issue.message}`);
  });

  it('as XLSX carries the same numbers as the JSON report too, as number cells, for every area and kind of unit', async () => {
    const lines = ['Mã tỉnh,Tỉnh,Mã xã,Xã,Mã thôn,Thôn/Tổ dân phố,Tình trạng,Đảng viên,Bí thư chi bộ,Có chi bộ'];
    for (let i = 0; i < 1203; i += 1) {
      const commune = i % 2 === 0 ? '23287,Phường Quang Trung' : '23290,Xã Đăk Cấm';
      lines.push(`62,Kon Tum,${commune},${String(i).padStart(4, '0')},${i % 3 === 0 ? `Thôn ${i}` : `Tổ dân phố ${i}`},${i % 17 === 0 ? 'Khuyết' : 'Đã bầu'},${i % 5 === 0 ? 'Không' : 'Có'},${i % 4 === 0 ? 'Có' : 'Không'},Có`);
    }
    const file = join(tmp, 'units-xlsx.csv');
    writeFileSync(file, lines.join('\n'));
    const json = await run(['report', file, '--as-of', '2024-01-10', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    const out = join(tmp, 'report.xlsx');
    expect((await run(['report', file, '--as-of', '2024-01-10', '--out', out])).code).toBe(json.code);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const figures = (c: any) => [c.units, c.leaders, c.secretaryLeaders, c.percent.secretaryLeaders ?? undefined, c.partyMemberLeaders, c.percent.partyMemberLeaders ?? undefined, c.nonPartyLeaders, c.percent.nonPartyLeaders ?? undefined, c.membershipUnknown, c.interim, c.vacant, c.withoutPartyCell, c.partyCellUnknown];
    let compared = 0;
    const check = (code: string, kind: string, counts: any) => {
      const row = rows.find((r) => (r[1] ?? '') === code && r[3] === KIND[kind]);
      expect(row, `${code} ${kind}`).toBeDefined();
      expect(row!.slice(4, 17), `${code} ${kind}`).toEqual(figures(counts));
      compared += 1;
    };
    const walk = (node: any) => {
      for (const kind of Object.keys(KIND)) if (kind === 'total' || node.counts[kind].units > 0) check(node.code, kind, node.counts[kind]);
      for (const child of node.children ?? []) walk(child);
    };
    for (const kind of Object.keys(KIND)) if (kind === 'total' || report.total[kind].units > 0) check('', kind, report.total[kind]);
    for (const province of report.provinces) walk(province);
    expect(compared).toBeGreaterThanOrEqual(9);
    expect(typeof rows.find((r) => r[3] === KIND['total'])![4]).toBe('number');
  });
});
