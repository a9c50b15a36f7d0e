/**
 * Hostile workbooks (issue 13, XLSX): a workbook cut short, damaged,
 * inflating to hundreds of megabytes, flooding the shared strings, hiding
 * its first sheet, or written by another program (rows and cells without
 * `r`, ISO date cells). The workbooks are built here, byte by byte, with a
 * small zip writer (node:zlib), or with exceljs and then cut or damaged:
 * no binary fixture. The CLI runs as the built binary; the memory-bound
 * cases measure the child's peak resident memory (`process.resourceUsage()
 * .maxRSS`, written by a small wrapper when the process exits).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../src/io/open';
import { BIN, HUONG_XUAN, ndjson, type RunResult } from './helpers';
import { part, zip, type ZipPart } from './zipWriter';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-xlsx-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Peak memory allowed for any workbook (issue 13): 300 MB. */
const MAX_RSS_BYTES = 300 * 1024 * 1024;

// ─── Parts deflated as they are made ────────────────────────────────────────

/** A part deflated from pieces as they are made (a 300 MB text never held whole). */
async function streamedPart(name: string, pieces: Iterable<string | Buffer>): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), method: 8, crc, size };
}

// ─── Workbooks by hand ───────────────────────────────────────────────────────

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Sheet {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The worksheet part (text, or a part already deflated). */
  readonly xml: string | ZipPart;
}

/** The parts of a minimal workbook: content types, relationships, the workbook, its sheets and shared strings. */
function workbookParts(sheets: readonly Sheet[], options: { sharedStrings?: string | ZipPart; date1904?: boolean } = {}): ZipPart[] {
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (options.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  const parts = [
    part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
    part('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    part('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
    ...sheets.map((s, i) => (typeof s.xml === 'string' ? part(`xl/worksheets/sheet${i + 1}.xml`, s.xml) : { ...s.xml, name: `xl/worksheets/sheet${i + 1}.xml` })),
  ];
  if (options.sharedStrings !== undefined) parts.push(typeof options.sharedStrings === 'string' ? part('xl/sharedStrings.xml', options.sharedStrings) : { ...options.sharedStrings, name: 'xl/sharedStrings.xml' });
  return parts;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

type HandCell = string | number | null | { readonly xml: string };

/** A cell: text as an inline string, a number, raw XML, or nothing. `ref` is its reference (none: counted by position). */
function cellXml(cell: HandCell, ref: string | undefined): string {
  const r = ref === undefined ? '' : ` r="${ref}"`;
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c${r}><v>${cell}</v></c>`;
  if (typeof cell === 'object') return cell.xml.replace('<c', `<c${r}`);
  return `<c${r} t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** A worksheet of rows (row 1 first); `refs: false` writes no `r` attribute on rows and cells. */
function sheetXml(rows: readonly (readonly HandCell[])[], options: { refs?: boolean } = {}): string {
  const refs = options.refs !== false;
  const body = rows
    .map((cells, i) => `<row${refs ? ` r="${i + 1}"` : ''}>${cells.map((c, j) => cellXml(c, refs ? `${letter(j)}${i + 1}` : undefined)).join('')}</row>`)
    .join('');
  return `${SHEET_START}${body}${SHEET_END}`;
}

const HEADER = ['Mã', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh', 'Thường trú', 'Cư trú thường xuyên', 'Sức khỏe', 'Nhiệt tình', 'Phẩm chất đạo đức', 'Gia đình gương mẫu', 'Năng lực'];
const candidate = (id: string, name: string, born: HandCell = '12/03/1968'): HandCell[] => [id, name, born, 'Nam', '', 'có', 'có', 'x', 'x', 'x', 'x', 'x'];

function write(name: string, bytes: Buffer): string {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

// ─── Running with a memory measure ───────────────────────────────────────────

const WRAPPER = join(tmp, 'maxrss.mjs');
writeFileSync(
  WRAPPER,
  [
    "import { writeFileSync } from 'node:fs';",
    "import { pathToFileURL } from 'node:url';",
    'const [node, , out, bin, ...args] = process.argv;',
    'process.argv = [node, bin, ...args];',
    "process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));",
    'await import(pathToFileURL(bin).href);',
  ].join('\n'),
);

/**
 * Runs the built binary through the wrapper: its result and its peak
 * resident memory in bytes. `XLSX_HOSTILE_BIN` runs another build (to see
 * these tests fail on the reader as it was).
 */
function run(args: readonly string[], options: { env?: Record<string, string>; input?: Buffer } = {}): Promise<RunResult & { readonly maxRss: number }> {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env['FORCE_COLOR'];
    delete env['NO_COLOR'];
    delete env['TRUONGTHON_LANG'];
    const child = spawn(process.execPath, [WRAPPER, rssFile, process.env['XLSX_HOSTILE_BIN'] ?? BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      let maxRss = Number.NaN;
      try {
        maxRss = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // The process ended before its exit handler ran.
      }
      resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes, maxRss });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}

// ─── A 20,000-row workbook, cut and damaged ──────────────────────────────────

let big: Buffer;
let bigFile: string;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(HEADER);
  for (let i = 1; i <= 20_000; i += 1) sheet.addRow(candidate(`HX-${i}`, `Nguyễn Văn Hùng ${i}`) as string[]);
  big = Buffer.from(await workbook.xlsx.writeBuffer());
  bigFile = write('big.xlsx', big);
}, 120_000);

describe('a workbook cut short is a file error naming the file, never a partial read', () => {
  it('reads the whole 20,000-row workbook (the baseline)', async () => {
    const { code, stdout, stderr } = await run(['check', bigFile, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(0);
    expect(ndjson(stdout)).toHaveLength(20_000);
    expect(stderr).toContain('Đã đọc trang tính «Danh sách».');
  });

  it.each([0.5, 0.9, 0.999])('check: cut at %s of its bytes, exit 2, nothing on stdout, the file named', async (fraction) => {
    const file = write(`cut-${fraction}.xlsx`, big.subarray(0, Math.floor(big.length * fraction)));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Tệp Excel "${file}" bị cắt cụt`);
  });

  it('tally and report: the same file error', async () => {
    const file = write('cut-procedure.xlsx', big.subarray(0, big.length >> 1));
    for (const args of [['tally', file, '--format', 'ndjson'], ['report', file, '--as-of', '2021-11-15', '--format', 'json'], ['report', file, '--as-of', '2021-11-15', '--format', 'csv']]) {
      const { code, stdout, stderr } = await run([...args, '--lang', 'en']);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr, args.join(' ')).toContain(`The Excel file "${file}" is truncated`);
    }
  });

  it('from standard input too (copied to a private temporary file, removed afterwards)', async () => {
    const own = join(tmp, 'stdin-tmp');
    mkdirSync(own);
    const whole = await run(['check', '-', '--input-format', 'xlsx', ...HUONG_XUAN, '--format', 'ndjson'], { input: big, env: { TMPDIR: own } });
    expect(whole.code, whole.stderr).toBe(0);
    expect(ndjson(whole.stdout)).toHaveLength(20_000);
    const cut = await run(['check', '-', '--input-format', 'xlsx', ...HUONG_XUAN, '--format', 'ndjson'], { input: big.subarray(0, big.length >> 1), env: { TMPDIR: own } });
    expect(cut.code).toBe(2);
    expect(cut.stdout).toBe('');
    expect(cut.stderr).toContain('bị cắt cụt');
    expect(readdirSync(own)).toEqual([]);
  });

  it('the library: openFile rejects with cli.xlsx-truncated and the file', async () => {
    const file = write('cut-library.xlsx', big.subarray(0, big.length >> 1));
    await expect(openFile(file)).rejects.toMatchObject({ code: 'cli.xlsx-truncated', params: { file } });
  });

  it('damaged in the middle of the sheet (bytes overwritten): a file error, no record, never row -1', async () => {
    const at = big.indexOf('xl/worksheets/sheet1.xml');
    expect(at).toBeGreaterThan(0);
    for (const [name, damage] of [
      ['zeroed', (b: Buffer) => b.fill(0, at + 20_000, at + 21_000)],
      ['flipped', (b: Buffer) => { for (let i = at + 30_000; i < at + 30_064; i += 1) b[i] = b[i]! ^ 0x5a; }],
    ] as const) {
      const bytes = Buffer.from(big);
      damage(bytes);
      const file = write(`damaged-${name}.xlsx`, bytes);
      const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
      expect(code, name).toBe(2);
      expect(stdout, name).toBe('');
      expect(stderr, name).toContain(`Không đọc được tệp Excel "${file}"`);
    }
  });
});

describe('a sheet whose XML breaks off keeps the row numbers of what was read', () => {
  it('well packed but malformed XML after row 3: rows 2 and 3, then row 4 says the sheet is damaged; never row -1', async () => {
    const xml = sheetXml([HEADER, candidate('A1', 'Trần Thị Mai'), candidate('A2', 'Lê Văn Nam')]).replace(SHEET_END, '<row r="x4"><c r="A4"><v>1</v></c></row>' + SHEET_END);
    const file = write('malformed.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(1);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.verdict])).toEqual([[2, 'eligible'], [3, 'eligible'], [4, 'invalid']]);
    expect(records[2]!.issues.map((i: { code: string }) => i.code)).toEqual(['cli.xlsx-sheet-damaged']);
    expect(JSON.stringify(records)).not.toContain('""');
  });

  it('damage inside a row (a cell reference past column XFD) is reported on that row', async () => {
    const xml = sheetXml([HEADER, candidate('A1', 'Trần Thị Mai'), candidate('A2', 'Lê Văn Nam')]).replace(SHEET_END, '<row r="7"><c r="A7"><v>1</v></c><c r="ZZZZ7"><v>2</v></c></row>' + SHEET_END);
    const file = write('bad-reference.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(ndjson(stdout).map((r) => [r.row, r.verdict])).toEqual([[2, 'eligible'], [3, 'eligible'], [7, 'invalid']]);
  });

  it('a sheet whose XML ends before </sheetData>: the rows read, then one record saying the rest is missing', async () => {
    const xml = sheetXml([HEADER, candidate('A1', 'Trần Thị Mai'), candidate('A2', 'Lê Văn Nam')]).replace(SHEET_END, '');
    const file = write('unclosed.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(ndjson(stdout).map((r) => [r.row, r.verdict, r.issues[0]?.code])).toEqual([[2, 'eligible', undefined], [3, 'eligible', undefined], [4, 'invalid', 'cli.xlsx-sheet-damaged']]);
  });
});

describe('bounded reading: cells, rows, shared strings, inflation bombs (peak memory < 300 MB)', () => {
  it('a 300 KB workbook whose one cell inflates to 300 MB: that row is invalid (the cell over 1 MiB), the name never written back', async () => {
    const sheet = await streamedPart('sheet', (function* () {
      yield SHEET_START + `<row r="1">${HEADER.map((h, i) => cellXml(h, `${letter(i)}1`)).join('')}</row>`;
      yield '<row r="2"><c r="A2" t="inlineStr"><is><t>B1</t></is></c><c r="B2" t="inlineStr"><is><t>';
      const mib = Buffer.alloc(1024 * 1024, 'A');
      for (let i = 0; i < 300; i += 1) yield mib;
      yield `</t></is></c>${candidate('B1', '').slice(2).map((c, j) => cellXml(c, `${letter(j + 2)}2`)).join('')}</row>`;
      yield `<row r="3">${candidate('B2', 'Lê Thị Lan').map((c, j) => cellXml(c, `${letter(j)}3`)).join('')}</row>`;
      yield SHEET_END;
    })());
    expect(sheet.size).toBeGreaterThan(300 * 1024 * 1024);
    const bytes = zip(workbookParts([{ name: 'Danh sách', xml: sheet }]));
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const file = write('bomb-cell.xlsx', bytes);
    const { code, stdout, stderr, maxRss } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(1);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.verdict])).toEqual([[2, 'invalid'], [3, 'eligible']]);
    expect(records[0]!.issues).toContainEqual(expect.objectContaining({ code: 'cli.xlsx-cell-too-large', field: 'fullName', column: 'Họ và tên' }));
    expect(stdout.length).toBeLessThan(64 * 1024);
    expect(maxRss).toBeLessThan(MAX_RSS_BYTES);
    console.info(`bomb cell (300 MiB inflated): peak RSS ${(maxRss / 1048576).toFixed(0)} MiB`);
  }, 120_000);

  it('a row over 1 MiB in all (three cells of 400,000 letters): that row is invalid, the next one read', async () => {
    const long = 'Ă'.repeat(400_000);
    const xml = sheetXml([[...HEADER, 'Ghi chú', 'Ghi chú 2'], [...candidate('C1', long), long, long], candidate('C2', 'Lê Thị Lan')]);
    const file = write('row-too-large.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(1);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.verdict, r.issues.map((i: { code: string }) => i.code)])).toEqual([[2, 'invalid', ['cli.xlsx-row-too-large']], [3, 'eligible', []]]);
    expect(stdout).not.toContain('ĂĂĂĂ');
  });

  it('a shared string over 1 MiB: the cells using it are over the limit, the others read', async () => {
    const strings = ['', 'Mã', 'Họ và tên', 'X'.repeat(1_100_000), 'Lê Thị Lan'];
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
    const shared = (i: number): HandCell => ({ xml: `<c t="s"><v>${i}</v></c>` });
    // An empty string first (as some writers put it) and a note column pointing at it.
    const xml = sheetXml([[shared(1), shared(2), ...HEADER.slice(2), 'Ghi chú'], ['D1', shared(3), ...candidate('', '').slice(2), shared(0)], ['D2', shared(4), ...candidate('', '').slice(2), shared(0)]]);
    const file = write('shared-too-large.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }], { sharedStrings: sst })));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(1);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.verdict, r.fullName])).toEqual([[2, 'invalid', null], [3, 'eligible', 'Lê Thị Lan']]);
    expect(records[0]!.issues).toContainEqual(expect.objectContaining({ code: 'cli.xlsx-cell-too-large', field: 'fullName' }));
  });

  it('a flood of 4 million shared strings is read within the memory bound', async () => {
    const count = 4_000_000;
    const sst = await streamedPart('sst', (function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${count}" uniqueCount="${count}">`;
      const batch: string[] = [];
      for (let i = 0; i < count; i += 1) {
        batch.push(`<si><t>chuỗi ${i}</t></si>`);
        if (batch.length === 10_000) yield batch.splice(0).join('');
      }
      yield `${batch.join('')}</sst>`;
    })());
    const xml = sheetXml([HEADER, ['E1', { xml: `<c t="s"><v>${count - 1}</v></c>` }, ...candidate('', '').slice(2)]]);
    const file = write('shared-flood.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }], { sharedStrings: sst })));
    const { code, stdout, stderr, maxRss } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(0);
    expect(ndjson(stdout).map((r) => [r.row, r.fullName])).toEqual([[2, `chuỗi ${count - 1}`]]);
    expect(maxRss).toBeLessThan(MAX_RSS_BYTES);
    console.info(`4 million shared strings: peak RSS ${(maxRss / 1048576).toFixed(0)} MiB`);
  }, 120_000);

  it('shared strings over the memory budget (150 MB of distinct text): a file error, no row read', async () => {
    const sst = await streamedPart('sst', (function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">`;
      const filler = 'y'.repeat(256 * 1024 - 16);
      for (let i = 0; i < 600; i += 1) yield `<si><t>${String(i).padStart(8, '0')}${filler}</t></si>`;
      yield '</sst>';
    })());
    const xml = sheetXml([HEADER, candidate('F1', 'Lê Thị Lan')]);
    const file = write('shared-over-budget.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }], { sharedStrings: sst })));
    const { code, stdout, stderr, maxRss } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Tệp Excel "${file}" vượt giới hạn đọc an toàn: phần xl/sharedStrings.xml cần hơn 96 MiB`);
    expect(maxRss).toBeLessThan(MAX_RSS_BYTES);
    console.info(`shared strings over budget: peak RSS ${(maxRss / 1048576).toFixed(0)} MiB`);
  }, 120_000);

  it('a flood of 20 million empty shared strings: a file error within the memory bound', async () => {
    const count = 20_000_000;
    const sst = await streamedPart('sst', (function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">`;
      const batch = '<si/>'.repeat(100_000);
      for (let i = 0; i < count; i += 100_000) yield batch;
      yield '</sst>';
    })());
    const xml = sheetXml([HEADER, candidate('F2', 'Lê Thị Lan')]);
    const file = write('shared-empty-flood.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }], { sharedStrings: sst })));
    const { code, stdout, stderr, maxRss } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('phần xl/sharedStrings.xml cần hơn 96 MiB');
    expect(maxRss).toBeLessThan(MAX_RSS_BYTES);
    console.info(`20 million empty shared strings: peak RSS ${(maxRss / 1048576).toFixed(0)} MiB`);
  }, 120_000);

  it('a part that declares more than 1 GiB inflated is refused before anything is inflated', async () => {
    const sheet = part('s', sheetXml([HEADER, candidate('G1', 'Lê Thị Lan')]));
    const file = write('declared-bomb.xlsx', zip(workbookParts([{ name: 'Danh sách', xml: sheet }]), { 'xl/worksheets/sheet1.xml': 3 * 1024 * 1024 * 1024 }));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('its part xl/worksheets/sheet1.xml takes more than 1024 MiB');
  });

  it('a part that inflates to more than it declares is damaged: inflation stops at the declared size', async () => {
    const sheet = part('s', sheetXml([HEADER, candidate('H1', 'Lê Thị Lan'), candidate('H2', 'Lê Văn Nam')]));
    const file = write('lying-size.xlsx', zip(workbookParts([{ name: 'Danh sách', xml: sheet }]), { 'xl/worksheets/sheet1.xml': 500 }));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Không đọc được tệp Excel "${file}"`);
  });
});

describe('the sheet read is the first visible one, and the summary names it', () => {
  const hidden = sheetXml([HEADER, candidate('OLD-1', 'Người Cũ', '01/01/1900')]);
  const veryHidden = sheetXml([['Ghi chú'], ['bí mật']]);
  const visible = sheetXml([HEADER, candidate('NEW-1', 'Lê Thị Lan'), candidate('NEW-2', 'Trần Văn Bình')]);
  const book = () => write('hidden-first.xlsx', zip(workbookParts([{ name: 'Cũ', state: 'hidden', xml: hidden }, { name: 'Nháp', state: 'veryHidden', xml: veryHidden }, { name: 'Danh sách', xml: visible }])));

  it('skips hidden and veryHidden sheets by default, and says so', async () => {
    const { code, stdout, stderr } = await run(['check', book(), ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(0);
    expect(ndjson(stdout).map((r) => r.id)).toEqual(['NEW-1', 'NEW-2']);
    expect(stderr).toContain('Đã đọc trang tính «Danh sách».');
    expect(stderr).toContain('Bỏ qua trang tính đang ẩn: Cũ, Nháp');
  });

  it('reads a hidden sheet named with --sheet; positions count the visible sheets', async () => {
    const named = await run(['check', book(), ...HUONG_XUAN, '--format', 'ndjson', '--sheet', 'cu', '--lang', 'en']);
    expect(ndjson(named.stdout).map((r) => r.id)).toEqual(['OLD-1']);
    expect(named.stderr).toContain('Sheet read: «Cũ».');
    expect(named.stderr).not.toContain('Hidden sheets passed over');
    const first = await run(['check', book(), ...HUONG_XUAN, '--format', 'ndjson', '--sheet', '1']);
    expect(ndjson(first.stdout).map((r) => r.id)).toEqual(['NEW-1', 'NEW-2']);
  });

  it('tally and report read the first visible sheet and name it too', async () => {
    const units = sheetXml([
      ['Mã tỉnh', 'Mã huyện', 'Huyện', 'Mã xã', 'Xã', 'Mã thôn', 'Thôn/Tổ dân phố', 'Tình trạng', 'Đảng viên', 'Bí thư chi bộ', 'Có chi bộ'],
      ['62', '608', 'Thành phố Kon Tum', '23287', 'Phường Quang Trung', '01', 'Tổ dân phố 1', 'Đã bầu', 'Có', 'Có', 'Có'],
    ]);
    const meetings = sheetXml([
      ['Mã biên bản', 'Ngày bầu', 'Thôn/Tổ dân phố', 'Cách tính cử tri', 'Tổng số cử tri/hộ', 'Số tham dự', 'Hình thức biểu quyết', 'Phiếu phát ra', 'Phiếu thu vào', 'Phiếu hợp lệ', 'Phiếu không hợp lệ', 'Người ứng cử', 'Số phiếu'],
      ['M1', '10/01/2021', 'Tổ dân phố 1', 'Hộ gia đình', 361, 300, 'Bỏ phiếu kín', 300, 300, 290, 10, 'Nguyễn Văn Hùng', 220],
    ]);
    const report = await run(['report', write('units-hidden.xlsx', zip(workbookParts([{ name: 'Cũ', state: 'hidden', xml: hidden }, { name: 'Đơn vị', xml: units }]))), '--as-of', '2021-11-15', '--format', 'json']);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).records).toBe(1);
    expect(report.stderr).toContain('Đã đọc trang tính «Đơn vị».');
    expect(report.stderr).toContain('Bỏ qua trang tính đang ẩn: Cũ');
    const tally = await run(['tally', write('meetings-hidden.xlsx', zip(workbookParts([{ name: 'Cũ', state: 'hidden', xml: hidden }, { name: 'Biên bản', xml: meetings }]))), '--format', 'ndjson']);
    expect(ndjson(tally.stdout).map((r) => r.row)).toEqual([2]);
    expect(tally.stderr).toContain('Đã đọc trang tính «Biên bản».');
  });

  it('only hidden sheets: a file error asking for --sheet', async () => {
    const file = write('all-hidden.xlsx', zip(workbookParts([{ name: 'Cũ', state: 'hidden', xml: hidden }])));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Tệp Excel chỉ có trang tính ẩn (Cũ)');
  });
});

describe('valid variants of XLSX are read', () => {
  it('rows and cells without the optional r attribute: positions are counted, blank rows too', async () => {
    const xml = sheetXml([HEADER, candidate('R1', 'Lê Thị Lan'), [], candidate('R2', 'Trần Văn Bình')], { refs: false });
    expect(xml).not.toContain(' r="');
    const file = write('no-refs.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(0);
    expect(ndjson(stdout).map((r) => [r.row, r.id, r.fullName, r.verdict])).toEqual([[2, 'R1', 'Lê Thị Lan', 'eligible'], [4, 'R2', 'Trần Văn Bình', 'eligible']]);
  });

  it('a cell without r after one with r takes the next column', async () => {
    const row2 = `<row r="2"><c r="A2" t="inlineStr"><is><t>R3</t></is></c>${candidate('', 'Lê Thị Lan').slice(1).map((c) => cellXml(c, undefined)).join('')}</row>`;
    const xml = sheetXml([HEADER]).replace(SHEET_END, row2 + SHEET_END);
    const file = write('mixed-refs.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(ndjson(stdout).map((r) => [r.row, r.id, r.fullName])).toEqual([[2, 'R3', 'Lê Thị Lan']]);
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])('ISO date cells (t="d") are dates, not "only a year" (TZ=%s)', async (tz) => {
    const iso = (v: string): HandCell => ({ xml: `<c t="d"><v>${v}</v></c>` });
    const xml = sheetXml([HEADER, candidate('D1', 'Lê Thị Lan', iso('1968-03-12T00:00:00Z')), candidate('D2', 'Trần Văn Bình', iso('1970-01-31')), candidate('D3', 'Phạm Thị Hòa', iso('2000-01-10T00:00:00+07:00'))]);
    const file = write(`iso-dates-${tz.replace('/', '-')}.xlsx`, zip(workbookParts([{ name: 'Danh sách', xml }])));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson'], { env: { TZ: tz } });
    expect(code, stderr).toBe(0);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.row, r.verdict])).toEqual([[2, 'eligible'], [3, 'eligible'], [4, 'eligible']]);
    expect(stdout).not.toContain('cli.date-year-only');
  });

  it('shared strings with rich text runs and phonetic runs, entities and _xHHHH_ escapes', async () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}"><si><r><rPr><b/></rPr><t>Lê </t></r><r><t xml:space="preserve">Thị Lan</t></r><rPh sb="0" eb="1"><t>レ</t></rPh></si><si><t>A&amp;B_x005F_x000D_</t></si></sst>`;
    const xml = sheetXml([[...HEADER, 'Ghi chú'], ['S1', { xml: '<c t="s"><v>0</v></c>' }, ...candidate('', '').slice(2), { xml: '<c t="s"><v>1</v></c>' }]]);
    const file = write('rich.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }], { sharedStrings: sst })));
    const { code, stdout, stderr } = await run(['check', file, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(code, stderr).toBe(0);
    expect(ndjson(stdout).map((r) => r.fullName)).toEqual(['Lê Thị Lan']);
  });
});

describe('the reader on the shapes a workbook can take (in process)', () => {
  async function rows(bytes: Buffer, name = 'shape.xlsx'): Promise<{ row: number; name: unknown; error?: string; issues?: string[] }[]> {
    const source = await openFile(write(name, bytes));
    const out = [];
    for await (const r of source.rows) out.push({ row: r.row, name: r.record['Họ và tên'], ...(r.error ? { error: r.error.code } : {}), ...(r.readIssues ? { issues: r.readIssues.map((i) => i.code) } : {}) });
    return out;
  }
  const simple = sheetXml([HEADER, candidate('Z1', 'Lê Thị Lan')]);

  it('ZIP64 directories and stored (uncompressed) parts', async () => {
    expect(await rows(zip(workbookParts([{ name: 'Danh sách', xml: simple }]), {}, true), 'zip64.xlsx')).toEqual([{ row: 2, name: 'Lê Thị Lan' }]);
    const stored = workbookParts([{ name: 'Danh sách', xml: simple }]).map((p) => (p.name.endsWith('.xml') ? part(p.name, sheetOrPart(p), 0) : p));
    expect(await rows(zip(stored), 'stored.xlsx')).toEqual([{ row: 2, name: 'Lê Thị Lan' }]);
  });

  it('letters, entities and CDATA across the 64 KiB chunks of a large sheet; comments and processing instructions skipped', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Nguyễn & <Văn> "Hùng" ${'ệ'.repeat(i % 7)}${i}`);
    const body = names.map((n, i) => `<row r="${i + 2}"><!-- dòng ${i} --><c r="A${i + 2}" t="inlineStr"><is><t>X${i}</t></is></c><c r="B${i + 2}" t="inlineStr"><is>${i % 2 ? `<t>${escapeXml(n)}</t>` : `<t><![CDATA[${n}]]></t>`}</is></c><?pi x?></row>`).join('');
    const xml = sheetXml([HEADER]).replace(SHEET_END, body + SHEET_END);
    expect(Buffer.byteLength(xml)).toBeGreaterThan(4 * 64 * 1024);
    const read = await rows(zip(workbookParts([{ name: 'Danh sách', xml }])), 'chunks.xlsx');
    expect(read.map((r) => r.name)).toEqual(names);
  });

  it('an inline string written in <v>, a number, a boolean, an error, a formula without a cached value', async () => {
    const xml = sheetXml([[...HEADER, 'Ghi chú'], ['V1', { xml: '<c t="inlineStr"><v>Lê Thị Lan</v></c>' }, ...candidate('', '').slice(2), { xml: '<c><f>1+1</f></c>' }]]);
    const source = await openFile(write('values.xlsx', zip(workbookParts([{ name: 'Danh sách', xml }]))));
    const read = [];
    for await (const r of source.rows) read.push(r);
    expect(read[0]!.record['Họ và tên']).toBe('Lê Thị Lan');
    expect(read[0]!.readIssues).toEqual([{ code: 'cli.cell-error', params: { column: 'Ghi chú' } }]);
  });

  it('a DOCTYPE (entity expansion) or UTF-16 text is refused, never expanded or misread', async () => {
    const doctype = simple.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet').replace('Lê Thị Lan', '&b;');
    await expect(rows(zip(workbookParts([{ name: 'Danh sách', xml: doctype }])), 'doctype.xlsx')).rejects.toMatchObject({ code: 'cli.xlsx-unreadable' });
    const utf16 = workbookParts([{ name: 'Danh sách', xml: simple }]).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? part(p.name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(simple, 'utf16le')])) : p));
    await expect(rows(zip(utf16), 'utf16.xlsx')).rejects.toMatchObject({ code: 'cli.xlsx-unreadable' });
  });

  it('two entries of one name, a zip that is not one, an empty file', async () => {
    const parts = workbookParts([{ name: 'Danh sách', xml: simple }]);
    await expect(rows(zip([...parts, parts[4]!]), 'twice.xlsx')).rejects.toMatchObject({ code: 'cli.xlsx-unreadable' });
    await expect(rows(Buffer.from('Mã,Họ và tên\nA,B\n'), 'csv-named.xlsx')).rejects.toMatchObject({ code: 'cli.xlsx-unreadable' });
    await expect(rows(Buffer.alloc(0), 'empty.xlsx')).rejects.toMatchObject({ code: 'cli.xlsx-unreadable' });
  });
});

/** The text of a part built by {@link workbookParts} (inflated again), to store it uncompressed. */
function sheetOrPart(p: ZipPart): Buffer {
  return p.method === 8 ? inflateRawSync(p.data) : p.data;
}
