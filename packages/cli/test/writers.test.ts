import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../src/render/color';
import { escapeFormula, xmlSafe } from '../src/render/escape';
import type { CheckRecord } from '../src/render/record';
import { Sink } from '../src/render/sink';
import { checkLayout, csvWriter, fit, jsonWriter, ndjsonWriter, safeJson, tableWriter, xlsxWriter } from '../src/render/writers';

const record = (extra: Partial<CheckRecord> = {}): CheckRecord => ({
  row: 2,
  id: 'A1',
  fullName: 'Nguyễn Văn An',
  citizenId: null,
  verdict: 'ineligible',
  findings: [{ code: 'elig.age.under-minimum', ruleId: 'ELIG.AGE.MIN', kind: 'legal', severity: 'error', message: 'Chưa đủ 21 tuổi.', citation: 'khoản 2 Điều 11, 04/2012/TT-BNV' }],
  missing: [],
  issues: [],
  regime: { id: 'R2018', name: 'Giai đoạn Thông tư 14/2018' },
  province: { code: '46', name: 'Thừa Thiên Huế' },
  term: { label: '2021–2023', start: '2021-01-10', end: '2023-07-09', lengthYears: 2.5, basis: 'declared' },
  ...extra,
});

async function capture(make: (sink: Sink, stream: PassThrough) => Promise<{ write(r: CheckRecord): Promise<void>; end(): Promise<void> }> | { write(r: CheckRecord): Promise<void>; end(): Promise<void> }, records: CheckRecord[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = await make(new Sink(stream, true), stream);
  for (const r of records) await writer.write(r);
  await writer.end();
  return Buffer.concat(chunks);
}

const EVIL = ['=cmd|\' /C calc\'!A0', '+SUM(1+1)', '-2+3', '@SUM(1)', '\tTab', '\rCR', '＝1+1'];

describe('formula injection', () => {
  it.each(EVIL)('escapes %j', (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
  });
  it('leaves ordinary text alone', () => {
    for (const value of ['Nguyễn Văn An', '046*******34', '2021–2023', '', "'quoted"]) expect(escapeFormula(value)).toBe(value);
  });

  it('escapes every text cell of the CSV output', async () => {
    const out = (await capture((sink) => csvWriter(sink, checkLayout('vi')), EVIL.map((name, i) => record({ row: i + 2, id: `=ID${i}`, fullName: name })))).toString('utf8');
    expect(out.startsWith('\uFEFF')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    for (const line of lines.slice(1, -1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/gu)!.map((c) => c.replace(/,$/u, '').replace(/^"|"$/gu, ''));
      for (const cell of cells.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r＝]/u);
    }
    expect(out).toContain("'=cmd|");
  });

  it('escapes text cells in XLSX output and keeps the file valid with control characters', async () => {
    const bytes = await capture((sink, stream) => xlsxWriter(stream, checkLayout('en'), () => sink.end()), [record({ fullName: '=HYPERLINK("http://x")' }), record({ row: 3, fullName: 'A\u0001B\u001bC' })]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Row');
    expect(ws.getRow(2).getCell(3).value).toBe('\'=HYPERLINK("http://x")');
    expect(ws.getRow(2).getCell(1).value).toBe(2);
    expect(ws.getRow(3).getCell(3).value).toBe('A\uFFFDB\uFFFDC');
    expect(ws.getRow(2).getCell(6).value).toBe('ineligible');
  });

  it('cleans characters XML cannot hold', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\uD800f')).toBe('a\uFFFDb\uFFFDc\td\ne\uFFFDf');
  });
});

describe('JSON outputs', () => {
  it('writes a JSON array incrementally, and an empty array for no rows', async () => {
    const out = (await capture((sink) => jsonWriter(sink), [record(), record({ row: 3 })])).toString('utf8');
    expect(JSON.parse(out)).toHaveLength(2);
    expect((await capture((sink) => jsonWriter(sink), [])).toString('utf8')).toBe('[]\n');
  });
  it('writes NDJSON', async () => {
    const out = (await capture((sink) => ndjsonWriter(sink), [record(), record({ row: 3 })])).toString('utf8');
    expect(out.trim().split('\n').map((l) => JSON.parse(l).row)).toEqual([2, 3]);
  });
  it('escapes markup without changing the value', () => {
    const text = safeJson({ name: '<script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual({ name: '<script>alert(1)</script> & \u2028' });
  });
});

describe('table output', () => {
  it('shows verdict, findings with legal basis, missing inputs, and no control characters', async () => {
    const out = (
      await capture((sink) => tableWriter(sink, 'vi', colorsFor({ isTTY: false })), [
        record({ fullName: 'Evil\u001b[2J' }),
        record({ row: 3, verdict: 'undetermined', findings: [], missing: ['attestations.health'] }),
      ])
    ).toString('utf8');
    expect(out).toContain('Không đủ điều kiện');
    expect(out).toContain('(khoản 2 Điều 11, 04/2012/TT-BNV)');
    expect(out).toContain('Còn thiếu: Có sức khỏe.');
    expect(out).not.toContain('\u001b');
  });
  it('colours only when asked', async () => {
    const plain = (await capture((sink) => tableWriter(sink, 'vi', colorsFor({ isTTY: true }, { NO_COLOR: '1' })), [record()])).toString('utf8');
    const colour = (await capture((sink) => tableWriter(sink, 'vi', colorsFor({ isTTY: false }, { FORCE_COLOR: '1' })), [record()])).toString('utf8');
    expect(plain).not.toContain('\u001b[');
    expect(colour).toContain('\u001b[');
  });
  it('fits text to a width in characters', () => {
    expect(fit('Nguyễn', 8)).toBe('Nguyễn  ');
    expect(fit('Nguyễn Văn An', 8)).toBe('Nguyễn …');
  });
});
