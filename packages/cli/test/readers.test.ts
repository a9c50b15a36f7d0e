import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { detectDelimiter, openCsv, strayDelimiter } from '../src/io/csv';
import { openJson, openNdjson, splitJsonArray } from '../src/io/json';
import { openFile } from '../src/io/open';
import type { SourceRow } from '../src/io/types';
import { CliError } from '../src/messages';
import { collect, fixture } from './helpers';

async function* bytes(text: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
async function* strings(parts: readonly string[]): AsyncGenerator<string> {
  yield* parts;
}

describe('CSV reader', () => {
  it('detects the separator from the header line', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('Họ và tên;Ngày sinh;Đảng viên')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('numbers rows as the spreadsheet does and skips blank rows', async () => {
    const source = await openCsv(bytes('Họ và tên,Ngày sinh\nA,01/01/1980\n\n,\nB,02/02/1980\n', 3));
    expect(source.columns).toEqual([{ header: 'Họ và tên', letter: 'A' }, { header: 'Ngày sinh', letter: 'B' }]);
    const rows = await collect(source.rows);
    expect(rows.map((r) => [r.row, r.record['Họ và tên']])).toEqual([[2, 'A'], [5, 'B']]);
  });

  it('counts a row of only white space and invisible characters as blank, like an empty one', async () => {
    const source = await openCsv(bytes('Họ và tên,Ngày sinh\nA,01/01/1980\n\u200b, \u2060\nB,\u200b\n', 3));
    const rows = await collect(source.rows);
    // Row 3 shows nothing in a spreadsheet: no record. Row 4 has a name: its record stays, the date cell empty.
    expect(rows.map((r) => [r.row, r.record['Họ và tên']])).toEqual([[2, 'A'], [4, 'B']]);
  });

  it('keeps quoted separators and newlines inside cells', async () => {
    const rows = await collect((await openCsv(bytes('a;b\n"x;y, z";"line1\nline2"\nq;r\n', 2))).rows);
    expect(rows.map((r) => r.record)).toEqual([{ a: 'x;y, z', b: 'line1\nline2' }, { a: 'q', b: 'r' }]);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('normalises cells to NFC', async () => {
    const rows = await collect((await openCsv(bytes('Họ và tên\nNguyễn Văn Hùng\n'.normalize('NFD'), 1))).rows);
    expect(rows[0]!.record).toEqual({ 'Họ và tên': 'Nguyễn Văn Hùng' });
  });

  it('reports non-empty cells beyond the header', async () => {
    const rows = await collect((await openCsv(bytes('a,b\n1,2,3,\n4,5,,\n'))).rows);
    expect(rows[0]!.readIssues).toEqual([{ code: 'cli.extra-cells', params: { count: 1 } }]);
    expect(rows[1]!.readIssues).toBeUndefined();
  });

  it('does not read a row saved with another separator: an empty record saying so, never its text', async () => {
    const text = 'Mã;Họ và tên;Ngày sinh\nHX-01;A;01/01/1980\nHX-02,B,02/02/1980\n,,\nHX-03;C, D;03/03/1980\nHX-04\n';
    const rows = await collect((await openCsv(bytes(text))).rows);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    expect(rows[1]).toEqual({ row: 3, record: { Mã: null, 'Họ và tên': null, 'Ngày sinh': null }, readIssues: [{ code: 'cli.row-other-separator', params: { separator: ',', delimiter: ';' } }] });
    // Cells of the file's separator holding a comma, and a row of one cell without separators, are read as before.
    expect(rows[2]!.record).toEqual({ Mã: 'HX-03', 'Họ và tên': 'C, D', 'Ngày sinh': '03/03/1980' });
    expect(rows[3]!.record).toEqual({ Mã: 'HX-04', 'Họ và tên': null, 'Ngày sinh': null });
    const tab = await collect((await openCsv(bytes('a\tb\n1;2;3\n'))).rows);
    expect(tab[0]!.readIssues).toEqual([{ code: 'cli.row-other-separator', params: { separator: ';', delimiter: 'tab' } }]);
  });

  it('tells a row saved with another separator only when it is one cell and the header has several columns', () => {
    expect(strayDelimiter(['HX-02,Trần Thị Mai,11/01/2000'], ';', 12)).toBe(',');
    expect(strayDelimiter(['a;b,c;d'], '\t', 3)).toBe(';');
    expect(strayDelimiter(['HX-02'], ';', 12)).toBeUndefined();
    expect(strayDelimiter(['Nguyễn, Văn'], ',', 1)).toBeUndefined();
    expect(strayDelimiter(['Nguyễn, Văn'], ';', 1)).toBeUndefined();
    expect(strayDelimiter(['HX-02,B', 'x'], ';', 12)).toBeUndefined();
  });

  it('refuses duplicate headers, naming both columns', async () => {
    await expect(openCsv(bytes('Ngày sinh,x,NGAY SINH\n'))).rejects.toMatchObject({ code: 'cli.header-duplicate', params: { column: 'NGAY SINH', first: 'A', second: 'C' } });
  });

  it('refuses an empty file and a missing header row', async () => {
    await expect(openCsv(bytes(''))).rejects.toMatchObject({ code: 'cli.file-empty' });
    await expect(openCsv(bytes('a,b\n'), { headerRow: 5 })).rejects.toMatchObject({ code: 'cli.header-row-missing' });
  });

  it('reads the header below title rows', async () => {
    const source = await openCsv(bytes('DANH SÁCH\n\nHọ và tên;Ngày sinh\nA;1/1/1980\n'), { headerRow: 3 });
    expect(source.columns?.map((c) => c.header)).toEqual(['Họ và tên', 'Ngày sinh']);
    expect((await collect(source.rows)).map((r) => r.row)).toEqual([4]);
  });

  it('turns an unclosed quote into one last error row', async () => {
    const rows = await collect((await openCsv(bytes('a,b\n1,2\n"3,4\n5,6\n'))).rows);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ row: 3, error: { code: 'cli.csv-syntax' } });
  });

  it('flags a header with undecodable bytes as an encoding problem', async () => {
    await expect(openCsv(bytes(Uint8Array.of(0x48, 0xd2, 0x2c, 0x62, 0x0a)))).rejects.toMatchObject({ code: 'cli.header-encoding' });
  });

  it('never loses or invents a record, whatever the chunking (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'ễ', ',', ';', '"', '\n', ' ', 'x') , maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 0, maxLength: 12 }), fc.integer({ min: 1, max: 9 }), async (records, size) => {
        const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
        const text = `a,b\n${records.map(([x, y]) => `${quote(x)},${quote(y)}`).join('\n')}\n`;
        const rows = await collect((await openCsv(bytes(text, size))).rows);
        const expected = records.filter(([x, y]) => x.trim() !== '' || y.trim() !== '');
        expect(rows.map((r) => [r.record['a'], r.record['b']])).toEqual(expected.map(([x, y]) => [x.normalize('NFC'), y.normalize('NFC')]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('JSON reader', () => {
  it('splits arrays as they stream, whatever the chunk boundaries', async () => {
    const text = '[ {"a": "x,}]{[\\"", "b": [1, {"c": 2}]}, 3, "s,]", null , {"d": true} ]';
    for (const size of [1, 2, 5, 100]) {
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
      const out = [];
      for await (const e of splitJsonArray(strings(parts))) out.push(e);
      expect(out.map((e) => JSON.parse(e.text!))).toEqual([{ a: 'x,}]{["', b: [1, { c: 2 }] }, 3, 's,]', null, { d: true }]);
      expect(out.map((e) => e.index)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('reads an empty array and refuses what is not an array', async () => {
    expect(await collect((await openJson(bytes('  [ ]  '))).rows)).toEqual([]);
    await expect(openJson(bytes('{"a":1}'))).rejects.toMatchObject({ code: 'cli.json-not-array' });
    await expect(openJson(bytes(''))).rejects.toMatchObject({ code: 'cli.file-empty' });
  });

  it('gives a broken element its own row and reads the rest', async () => {
    const rows = await collect((await openJson(bytes('[{"fullName":"A"}, {"fullName": }, 42, {"fullName":"B"}]', 3))).rows);
    expect(rows.map((r) => [r.row, r.error?.code ?? r.record['fullName']])).toEqual([[1, 'A'], [2, 'cli.json-syntax'], [3, 'cli.json-not-object'], [4, 'B']]);
  });

  it('flattens one level of nesting (the library shape) and normalises to NFC', async () => {
    const rows = await collect((await openJson(bytes(JSON.stringify([{ fullName: 'Nguyễn'.normalize('NFD'), attestations: { health: true } }])))).rows);
    expect(rows[0]!.record).toEqual({ fullName: 'Nguyễn', 'attestations.health': true });
  });

  it('never echoes the input in a syntax error', async () => {
    const rows = await collect((await openJson(bytes('[{"citizenId": "046068001234" oops}]'))).rows);
    expect(JSON.stringify(rows)).not.toContain('046068001234');
  });
});

describe('NDJSON reader', () => {
  it('numbers rows by line, skips blank lines, survives a broken line', async () => {
    const rows = await collect((await openNdjson(bytes('{"fullName":"A"}\r\n\n{"fullName":\n{"fullName":"B"}', 4))).rows);
    expect(rows.map((r) => [r.row, r.error?.code ?? r.record['fullName']])).toEqual([[1, 'A'], [3, 'cli.json-syntax'], [4, 'B']]);
  });
});

describe('XLSX reader', () => {
  it('reads the first sheet: serial date cells, numeric ids, booleans, rich text, cached formula results', async () => {
    const source = await openFile(fixture('candidates.xlsx'));
    expect(source.format).toBe('xlsx');
    const rows = await collect(source.rows);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(rows[0]!.record['Họ và tên']).toBe('Nguyễn Văn Hùng');
    expect(rows[0]!.record['Ngày sinh']).toBe(24909); // 1968-03-12 as an Excel serial
    expect(rows[0]!.record['Số định danh']).toBe(46068001234); // the leading 0 is lost in the cell
    expect(rows[1]!.record['Thường trú']).toBe(true);
    expect(rows[2]!.record['Mã']).toBe('Q3');
    expect(rows[5]!.readIssues).toEqual([{ code: 'cli.cell-error', params: { column: 'Đảng viên' } }]);
  });

  it('picks a sheet by name or position', async () => {
    for (const sheet of ['Khác', 'khac', '2']) {
      const source = await openFile(fixture('candidates.xlsx'), { sheet, headerRow: 3 });
      const rows = await collect(source.rows);
      expect(rows.map((r) => [r.row, r.record['Họ và tên']])).toEqual([[4, 'Lữ Văn Đức']]);
    }
  });

  it('names the sheets when the one asked for is missing', async () => {
    await expect(openFile(fixture('candidates.xlsx'), { sheet: 'Nope' })).rejects.toMatchObject({ code: 'cli.sheet-not-found', params: { available: 'Danh sách, Khác' } });
  });

  // exceljs spools the sheets that precede the shared strings to temp files
  // and deletes each when the next sheet is asked for. A reader left
  // unconsumed raced that deletion (an uncaught ENOENT, seen in CI) and a
  // torn-down read left its file behind. Every way a read can end must leave
  // no temp file of this process behind.
  it('leaves no temp file behind, however the read ends', async () => {
    const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`)).sort();
    const fullRead = await openFile(fixture('candidates.xlsx'), { sheet: 'Khác', headerRow: 3 });
    expect(await collect(fullRead.rows)).toHaveLength(1);
    const abandoned = await openFile(fixture('candidates.xlsx'));
    await abandoned.close();
    const firstRowOnly = await openFile(fixture('candidates.xlsx'));
    for await (const _row of firstRowOnly.rows) break;
    await expect(openFile(fixture('candidates.xlsx'), { sheet: 'Nope' })).rejects.toMatchObject({ code: 'cli.sheet-not-found' });
    await expect(openFile(fixture('candidates.xlsx'), { headerRow: 40 })).rejects.toMatchObject({ code: 'cli.file-empty' });
    // tmp unlinks asynchronously: wait for it, but a file kept open never goes.
    // (Reads by the tests above count too: none may leave a file.)
    await vi.waitFor(() => expect(ours()).toEqual([]), { timeout: 5_000 });
  });

  it('knows the 1904 date system', async () => {
    const source = await openFile(fixture('date1904.xlsx'));
    expect(source.date1904).toBe(true);
    await source.close();
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(openFile(fixture('not-really.xlsx'))).rejects.toBeInstanceOf(CliError);
  });
});

describe('opening files', () => {
  it('chooses the reader by extension and reports missing files', async () => {
    await expect(openFile(fixture('nope.csv'))).rejects.toMatchObject({ code: 'cli.file-not-found' });
    await expect(openFile(fixture('utf8.pdf'))).rejects.toMatchObject({ code: 'cli.unknown-input-format' });
    await expect(openFile(fixture('.'), { format: 'csv' })).rejects.toMatchObject({ code: 'cli.file-unreadable' });
    const source = await openFile(fixture('utf8.csv'));
    expect(source.size).toBe(readFileSync(fixture('utf8.csv')).length);
    expect((await collect(source.rows)).length).toBe(5);
    expect(source.bytesRead()).toBe(source.size);
  });

  it('stops reading when closed early', async () => {
    const source = await openFile(fixture('utf8.csv'));
    for await (const _ of source.rows) break;
    await source.close();
    void createReadStream;
  });
});

describe('CSV syntax errors', () => {
  it('keeps every record before a broken one, and the broken one has its row', async () => {
    const lines = ['a,b', ...Array.from({ length: 50 }, (_, i) => `x${i},y`), '"unclosed,z'];
    const rows = await collect((await openCsv(bytes(`${lines.join('\n')}\n`, 3))).rows);
    expect(rows).toHaveLength(51);
    expect(rows.at(-1)).toMatchObject({ row: 52, error: { code: 'cli.csv-syntax', params: { reason: 'CSV_QUOTE_NOT_CLOSED' } } });
  });
});
