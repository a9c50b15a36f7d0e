/**
 * Issue 13, part D, end to end with the built binary: text that is not
 * there (controls, fillers, joiners, variation selectors) is not there, in
 * names and in ids; implausible birth years are a coded warning, never
 * `eligible`; legacy-font text (TCVN3, VNI) is refused with a hint, never
 * read as garbage. The corpus (`corpus/text.json`) has the same classes case
 * by case, in process; here the binary, the languages and the id index.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { IdIndex } from '../src/idIndex';
import { coerceText } from '../src/io/coerce';
import { encodeTcvn3, encodeVni } from './legacyFonts';
import { HUONG_XUAN, ndjson, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-text-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'Mã,Họ và tên,Ngày sinh,Giới tính,Thường trú,Cư trú thường xuyên,Sức khỏe,Nhiệt tình,Phẩm chất đạo đức,Gia đình gương mẫu,Năng lực';
const line = (id: string, name: string, dateOfBirth = '12/03/1968') => `${id},${name},${dateOfBirth},Nam,có,có,x,x,x,x,x`;
const csv = (lines: readonly string[]) => `${[HEADER, ...lines].join('\n')}\n`;

function write(name: string, content: string | Uint8Array): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

/** An id cell as `check` reads it. */
const idOf = (cell: string): string => {
  const read = coerceText(cell);
  if (!read.ok || read.value === null) throw new Error(`no id in ${JSON.stringify(cell)}`);
  return read.value;
};

/** Characters that show nothing and are not Unicode Cf (the class this part adds). */
const HIDDEN = ['\u0000', '\u0001', '\u001f', '\u007f', '\u0090', '\u3164', '\u2800', '\u115f', '\u1160', '\uffa0', '\u034f', '\ufe0f', '\u{e0100}'];

describe('the duplicate check uses the one definition of the same text', () => {
  it('ids are read as normalizeText reads them before the index compares them exactly', () => {
    const ids = new IdIndex(100);
    expect(ids.firstRow(idOf('HX-01'), 2)).toBeUndefined();
    for (const hidden of HIDDEN) expect(ids.firstRow(idOf(`HX${hidden}-01${hidden}`), 3), JSON.stringify(hidden)).toBe(2);
    expect(ids.firstRow(idOf(' HX-01\u200b '), 4)).toBe(2);
    expect(ids.firstRow(idOf('Tổ 1'), 5)).toBeUndefined();
    expect(ids.firstRow(idOf('To\u0302\u0309\u034f 1'), 6)).toBe(5);
    expect(ids.firstRow(idOf('HX-011'), 7)).toBeUndefined();
    expect(ids.firstRow(idOf('hx-01'), 8)).toBeUndefined();
    expect(ids.size).toBe(4);
  });
});

describe('text that is not there, through the binary', () => {
  it('a name of only controls, fillers or joiners is missing (CSV); ids equal without them are duplicates', async () => {
    const lines = HIDDEN.filter((c) => c !== '\u0000').map((hidden, i) => line(`HX-${i + 1}`, `${hidden}${hidden}`));
    lines.push(line('HX-1\u034f', 'Phạm Thị Hòa'), line('HX\ufe0f-2', 'Trần Thị Mai'), line('HX-99', 'Nguyễn Văn Hùng'));
    const r = await run(['check', write('an.csv', csv(lines)), ...HUONG_XUAN, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(lines.length);
    const hiddenRows = records.slice(0, HIDDEN.length - 1);
    for (const record of hiddenRows) {
      expect(record['verdict']).toBe('invalid');
      expect(record['fullName']).toBeNull();
      expect(record['issues']).toContainEqual(expect.objectContaining({ code: 'input.required', field: 'fullName', column: 'Họ và tên' }));
    }
    const [first, second, last] = records.slice(HIDDEN.length - 1);
    expect(first).toMatchObject({ verdict: 'invalid', id: 'HX-1', issues: [expect.objectContaining({ code: 'cli.duplicate-id', field: 'id', message: 'Cột «Mã»: mã trùng với dòng 2.' })] });
    expect(second).toMatchObject({ verdict: 'invalid', id: 'HX-2', issues: [expect.objectContaining({ code: 'cli.duplicate-id' })] });
    expect(last).toMatchObject({ verdict: 'eligible', id: 'HX-99' });
  });

  it('NUL bytes in a CSV name and fillers in an XLSX name are missing too', async () => {
    const nul = await run(['check', write('nul.csv', csv([line('HX-01', '\u0000\u0000'), line('HX-02', 'Nguyễn Văn Hùng')])), ...HUONG_XUAN, '--format', 'ndjson']);
    expect(ndjson(nul.stdout).map((r) => r['verdict'])).toEqual(['invalid', 'eligible']);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ứng cử viên');
    ws.addRow(HEADER.split(','));
    ws.addRow(['HX-01', '\u3164\u2800\u034f', '12/03/1968', 'Nam', 'có', 'có', 'x', 'x', 'x', 'x', 'x']);
    ws.addRow(['HX-01\u3164', 'Nguyễn Văn Hùng', '12/03/1968', 'Nam', 'có', 'có', 'x', 'x', 'x', 'x', 'x']);
    const file = write('fillers.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    const records = ndjson(r.stdout);
    expect(records[0]).toMatchObject({ verdict: 'invalid', fullName: null, issues: [expect.objectContaining({ code: 'input.required', field: 'fullName' })] });
    expect(records[1]).toMatchObject({ verdict: 'invalid', issues: [expect.objectContaining({ code: 'cli.duplicate-id' })] });
  });
});

describe('implausible birth years, through the binary', () => {
  it('0099, 0001 and 1800 are a coded warning naming the age, and undetermined (exit 1), in Vietnamese and English', async () => {
    const file = write('nam-sinh.csv', csv([line('HX-01', 'Nguyễn Văn Hùng', '01/05/0099'), line('HX-02', 'Phạm Thị Hòa', '0001-01-01'), line('HX-03', 'Trần Văn Bình', '01/01/1800'), line('HX-04', 'Lê Văn An', '12/03/1968')]));
    for (const [lang, text] of [['vi', 'Ngày sinh có thể đã bị nhập sai (trước năm 1900 hoặc quá 120 tuổi vào ngày bầu cử: 1921 tuổi); cần đối chiếu với giấy tờ tùy thân và sửa lại.'], ['en', ': 1921)']] as const) {
      const r = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson', '--lang', lang]);
      expect(r.code).toBe(1);
      const records = ndjson(r.stdout);
      expect(records.map((x) => x['verdict'])).toEqual(['undetermined', 'undetermined', 'undetermined', 'eligible']);
      for (const record of records.slice(0, 3)) {
        expect(record['missing']).toEqual(['dateOfBirth']);
        expect(record['findings'][0]).toMatchObject({ code: 'input.birth-year-implausible', kind: 'legal', severity: 'warning' });
      }
      expect(records[0]!['findings'][0]['message']).toContain(text);
      expect(records[3]!['findings'].map((f: { code: string }) => f.code)).not.toContain('input.birth-year-implausible');
      // The date itself is never written.
      expect(r.stdout).not.toMatch(/0099|0001-01-01|1800/u);
    }
  });
});

describe('legacy font encodings, through the binary', () => {
  const names = ['Nguyễn Văn Hùng', 'Phạm Thị Hòa', 'Trần Đức Thắng', 'Lê Thị Hương'];
  const unicode = csv(names.map((name, i) => line(`HX-${i + 1}`, name)));

  it.each([
    ['tcvn3', encodeTcvn3, 'TCVN3 (ABC)'],
    ['vni', encodeVni, 'VNI Windows'],
  ] as const)('a %s CSV is refused as a file (exit 2), naming the file and the encoding, with --encoding windows-1258 and without; nothing on stdout', async (font, encode, label) => {
    const file = write(`${font}.csv`, encode(unicode));
    for (const args of [['--encoding', 'windows-1258'], []]) {
      const r = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Tệp "${file}" có vẻ được gõ bằng bảng mã cũ ${label}, không phải Unicode`);
      expect(r.stderr).toContain('UniKey');
    }
    const en = await run(['check', file, ...HUONG_XUAN, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`The file "${file}" looks typed in the legacy ${label} encoding`);
  });

  it('the same file in Unicode (and in Windows-1258) is read: every candidate eligible', async () => {
    const { encodeWindows1258 } = await import('../src/io/encoding');
    for (const [name, bytes, args] of [['unicode.csv', Buffer.from(unicode), []], ['cp1258.csv', Buffer.from(encodeWindows1258(unicode)), ['--encoding', 'windows-1258']]] as const) {
      const r = await run(['check', write(name, bytes), ...HUONG_XUAN, '--format', 'ndjson', ...args]);
      expect(r.code, name).toBe(0);
      expect(ndjson(r.stdout).map((x) => x['fullName'])).toEqual(names);
    }
  });

  it('a workbook typed in .VnTime or VNI-Times: each such name is refused in its cell (exit 1), none eligible, the Unicode one read', async () => {
    for (const encode of [encodeTcvn3, encodeVni]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Ứng cử viên');
      ws.addRow(HEADER.split(','));
      for (const [i, name] of names.entries()) ws.addRow([`HX-${i + 1}`, encode(name).toString('latin1'), '12/03/1968', 'Nam', 'có', 'có', 'x', 'x', 'x', 'x', 'x']);
      ws.addRow(['HX-9', 'Nguyễn Văn An', '12/03/1968', 'Nam', 'có', 'có', 'x', 'x', 'x', 'x', 'x']);
      const r = await run(['check', write('phong-cu.xlsx', Buffer.from(await wb.xlsx.writeBuffer())), ...HUONG_XUAN, '--format', 'ndjson']);
      expect(r.code).toBe(1);
      const records = ndjson(r.stdout);
      expect(records).toHaveLength(5);
      for (const record of records.slice(0, 4)) {
        expect(record).toMatchObject({ verdict: 'invalid', fullName: null, issues: [expect.objectContaining({ code: 'cli.legacy-font-cell', field: 'fullName', column: 'Họ và tên' })] });
        expect(record['issues'][0]['message']).toContain('bảng mã cũ (TCVN3 hoặc VNI)');
      }
      expect(records[4]).toMatchObject({ verdict: 'eligible', fullName: 'Nguyễn Văn An' });
    }
  });
});

describe('decomposed foreign letters in a Unicode file are not taken for TCVN3 (a CI fuzz counterexample)', () => {
  it('n + tilde, S + dot below, C + acute (NFD) read back as ñ, Ṣ, Ć', async () => {
    const { openCsv } = await import('../src/io/csv');
    const text = 'Họ và tên,Ngày sinh,Ghi chú\n,n\u0303,\n,S\u0323,\nC\u0301,,\n';
    const rows = [];
    for await (const r of (await openCsv((async function* () { yield new TextEncoder().encode(text); })(), {})).rows) rows.push(r);
    expect(rows.map((r) => Object.values(r.record).join('|'))).toEqual(['|ñ|', '|Ṣ|', 'Ć||']);
  });
});
