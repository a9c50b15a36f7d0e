/**
 * CLI habits (issue 15, item 6): `--out -` is standard output; an `--out`
 * extension the CLI cannot write is refused; "did you mean" for a mistyped
 * option or command, in Vietnamese and English; each command's help shows
 * its own exit codes; the progress bar never shows 100 % before the last
 * row (a workbook shows the rows read, not a share of its bytes).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressKind, progressValue } from '../src/commands/check';
import { chooseFormat, OUTPUT_EXTENSIONS, outputPath } from '../src/commands/output';
import { openFile } from '../src/io/open';
import { main } from '../src/main';
import { suggest } from '../src/suggest';
import { part, zip } from './zipWriter';
import { cliMessage, type CliMessageCode } from '../src/messages';
import { Capture, EXAMPLES, fixture, HUONG_XUAN, ndjson, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-habits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CANDIDATES = fixture('utf8.csv');
const MEETINGS = join(EXAMPLES, 'meetings.csv');
const UNITS = join(EXAMPLES, 'units.csv');

/** Runs `main` in process; stdout and stderr captured, stderr a terminal when `tty`. */
async function inProcess(args: readonly string[], options: { tty?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = Object.assign(new Capture(), { isTTY: options.tty === true, columns: 200 });
  const code = await main(['node', 'truongthon', ...args], { stdout, stderr, env: {}, today: () => '2025-01-01' });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// ─── --out - ─────────────────────────────────────────────────────────────────

describe('--out - is standard output', () => {
  it.each([
    ['check', CANDIDATES, HUONG_XUAN],
    ['tally', MEETINGS, []],
    ['report', UNITS, ['--as-of', '2021-11-15']],
  ] as const)('%s --out -: the output on stdout (the default format of a pipe, or --format), no file named "-"', async (command, input, args) => {
    const dir = mkdtempSync(join(tmp, `dash-${command}-`));
    const plain = await run([command, input, ...args, '-q'], { cwd: dir });
    const dash = await run([command, input, ...args, '-q', '--out', '-'], { cwd: dir });
    expect(dash.code, dash.stderr).toBe(plain.code);
    expect(dash.stdout).toBe(plain.stdout);
    expect(dash.stdout.length).toBeGreaterThan(0);
    const csv = await run([command, input, ...args, '-q', '--out', '-', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout.split('\n')[0]).toContain(',');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file named "-" is still written as ./-', async () => {
    const dir = mkdtempSync(join(tmp, 'dash-file-'));
    const result = await run(['check', CANDIDATES, ...HUONG_XUAN, '-q', '--out', './-', '--format', 'ndjson'], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    expect(ndjson(readFileSync(join(dir, '-'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('outputPath: "-" is no file', () => {
    expect(outputPath('-')).toBeUndefined();
    expect(outputPath(undefined)).toBeUndefined();
    expect(outputPath('./-')).toBe('./-');
    expect(outputPath('ket-qua.csv')).toBe('ket-qua.csv');
  });
});

// ─── The --out extension ─────────────────────────────────────────────────────

describe('an --out extension the CLI cannot write is refused', () => {
  it('chooseFormat: each extension it writes, any case; none is JSON; others refused with the list; --format wins', () => {
    expect(OUTPUT_EXTENSIONS).toEqual({ '.csv': 'csv', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.txt': 'table', '.xlsx': 'xlsx' });
    for (const [ext, format] of Object.entries(OUTPUT_EXTENSIONS)) {
      expect(chooseFormat(undefined, `ket-qua${ext}`, true)).toBe(format);
      expect(chooseFormat(undefined, `KET-QUA${ext.toUpperCase()}`, false)).toBe(format);
    }
    expect(chooseFormat(undefined, '/dev/stdout', true)).toBe('json');
    expect(chooseFormat(undefined, '-', true)).toBe('table');
    expect(chooseFormat(undefined, '-', false)).toBe('json');
    for (const name of ['x.pdf', 'x.xls', 'x.tsv', 'x.csv.gz', 'x.']) {
      expect(() => chooseFormat(undefined, name, false), name).toThrow(expect.objectContaining({ code: 'cli.output-extension' }));
    }
    expect(chooseFormat('csv', 'x.pdf', false)).toBe('csv');
  });

  it.each([
    ['check', CANDIDATES, HUONG_XUAN],
    ['tally', MEETINGS, []],
    ['report', UNITS, ['--as-of', '2021-11-15']],
  ] as const)('%s --out x.pdf: exit 2, the extensions it can write named (vi and en), nothing written', async (command, input, args) => {
    const dir = mkdtempSync(join(tmp, `pdf-${command}-`));
    const out = join(dir, 'ket-qua.pdf');
    const vi = await run([command, input, ...args, '--out', out]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(cliMessage('cli.output-extension', { file: out, extension: '.pdf', accepted: '.csv, .json, .ndjson, .jsonl, .txt, .xlsx' }, 'vi'));
    const en = await run([command, input, ...args, '--out', out, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Cannot write .pdf output');
    expect(en.stderr).toContain('.csv, .json, .ndjson, .jsonl, .txt, .xlsx');
    expect(vi.stdout + en.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--format given: the file is written in that format whatever its name', async () => {
    const dir = mkdtempSync(join(tmp, 'explicit-'));
    const out = join(dir, 'ket-qua.dat');
    const result = await run(['check', CANDIDATES, ...HUONG_XUAN, '-q', '--out', out, '--format', 'ndjson']);
    expect(result.code, result.stderr).toBe(1);
    expect(ndjson(readFileSync(out, 'utf8')).map((r) => r['row'])).toEqual([2, 3, 4, 5, 6]);
  });
});

// ─── Did you mean ────────────────────────────────────────────────────────────

describe('"did you mean" for a mistyped option or command, in the chosen language', () => {
  it('suggest: the closest by edit distance, a unique beginning, nothing far off', () => {
    const options = ['--election-date', '--province', '--format', '--out', '--lang', '--help', '--no-bom', '--quiet'];
    expect(suggest('--electon-date', options)).toEqual(['--election-date']);
    expect(suggest('--electiondate', options)).toEqual(['--election-date']);
    expect(suggest('--fromat', options)).toEqual(['--format']);
    expect(suggest('--provnice', options)).toEqual(['--province']);
    expect(suggest('--Lang', options)).toEqual(['--lang']);
    expect(suggest('--elect', options)).toEqual(['--election-date']);
    expect(suggest('--zzzzzz', options)).toEqual([]);
    expect(suggest('--', options)).toEqual([]);
    expect(suggest('chek', ['check', 'term', 'rules', 'schema', 'tally', 'timeline', 'interim', 'report', 'help'])).toEqual(['check']);
    expect(suggest('tern', ['term', 'tally'])).toEqual(['term']);
  });

  const cases: readonly (readonly [string, readonly string[], string, string])[] = [
    ['an unknown option', ['check', CANDIDATES, '--electon-date', '2021-01-10'], '--electon-date', '--election-date'],
    ['an option with its value', ['check', CANDIDATES, '--formt=json', ...HUONG_XUAN], '--formt=json', '--format'],
    ['a long option with one dash', ['check', CANDIDATES, '-election-date', '2021-01-10'], '-election-date', '--election-date'],
    ['a required option mistyped', ['term', '--provinc', '46', '--date', '2021-01-01'], '--provinc', '--province'],
    ['an option of another command', ['timeline', '--meeting-dat', '2021-01-10'], '--meeting-dat', '--meeting-date'],
    ['the program\'s own option', ['--vesion'], '--vesion', '--version'],
  ];
  it.each(cases)('%s: the error, then the suggestion, vi and en; exit 2', async (_, args, typed, meant) => {
    const vi = await inProcess(args);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(cliMessage('cli.usage.unknown-option', { option: typed }, 'vi'));
    expect(vi.stderr).toContain(`${cliMessage('cli.usage.did-you-mean', { suggestion: meant }, 'vi')}\n`);
    const en = await inProcess([...args, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(cliMessage('cli.usage.unknown-option', { option: typed }, 'en'));
    expect(en.stderr).toContain(`Did you mean ${meant}?\n`);
  });

  it('an unknown command, vi and en', async () => {
    const vi = await inProcess(['chek', CANDIDATES]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(cliMessage('cli.usage.unknown-command', { command: 'chek' }, 'vi'));
    expect(vi.stderr).toContain('Có phải ý bạn là check?');
    const en = await inProcess(['timelin', '--lang', 'en']);
    expect(en.stderr).toContain('Unknown command: timelin.');
    expect(en.stderr).toContain('Did you mean timeline?');
  });

  it('the same from the built binary', async () => {
    const result = await run(['check', CANDIDATES, '--electon-date', '2021-01-10', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Unknown option: --electon-date.\nDid you mean --election-date?\nSee: truongthon check --help\n');
  });

  it('nothing to suggest: no suggestion line; a required option really missing: no suggestion either', async () => {
    const far = await inProcess(['check', CANDIDATES, '--zzzzzz']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('Có phải');
    const missing = await inProcess(['term', '--date', '2021-01-01']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(cliMessage('cli.usage.missing-option', { option: '--province <province>' }, 'vi'));
    expect(missing.stderr).not.toContain('Có phải');
  });
});

// ─── Each command's exit codes ───────────────────────────────────────────────

describe('each command\'s help shows its own exit codes', () => {
  const commands = ['check', 'term', 'rules', 'schema', 'tally', 'timeline', 'interim', 'report'] as const;
  it.each(commands)('%s --help, vi and en', async (command) => {
    for (const lang of ['vi', 'en'] as const) {
      const { code, stdout } = await inProcess([command, '--help', '--lang', lang]);
      expect(code).toBe(0);
      const own = cliMessage(`help.exit-codes.${command}` as CliMessageCode, {}, lang);
      // The help wraps nothing after the examples: the text is there as written.
      expect(stdout).toContain(own);
      for (const other of commands) if (other !== command) expect(stdout).not.toContain(cliMessage(`help.exit-codes.${other}` as CliMessageCode, {}, lang));
    }
  });

  it('the texts differ where the commands do: 1 means something else in each file command; the others never exit 1 but term', () => {
    for (const lang of ['vi', 'en'] as const) {
      const texts = commands.map((c) => cliMessage(`help.exit-codes.${c}` as CliMessageCode, {}, lang));
      expect(new Set(texts).size).toBe(commands.length);
      for (const [i, c] of commands.entries()) expect(texts[i]!.includes('; 1 '), `${lang} ${c}`).toBe(['check', 'tally', 'report', 'term'].includes(c));
    }
  });

  it('the program\'s help sends to each command\'s', async () => {
    const { stdout } = await inProcess(['--help']);
    expect(stdout).toContain(cliMessage('help.exit-codes', {}, 'vi'));
  });
});

// ─── The progress bar ────────────────────────────────────────────────────────

const HEADER = ['Mã', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh', 'Thường trú', 'Cư trú thường xuyên', 'Sức khỏe', 'Nhiệt tình', 'Phẩm chất đạo đức', 'Gia đình gương mẫu', 'Năng lực'];
const ROW = ['', 'Nguyễn Văn Hùng', '12/03/1968', 'Nam', '', 'có', 'có', 'x', 'x', 'x', 'x', 'x'];

/** A workbook of `count` identical candidate rows (no `r` attributes): it compresses as far as deflate goes. */
function compressibleWorkbook(count: number): Buffer {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const row = (cells: readonly string[]) => `<row>${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
  // Deflated at level 9: a well-compressed workbook, as Excel's own are.
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${row(HEADER)}${row(ROW).repeat(count)}</sheetData></worksheet>`,
  };
  return zip(Object.entries(parts).map(([name, text]) => part(name, text, 8, 9)));
}

/** The frames the bar drew on a terminal: the text between cursor moves, those that are the bar. */
function frames(stderr: string, label: string): string[] {
  // eslint-disable-next-line no-control-regex
  return stderr.split(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]|\r|\n/u).map((s) => s.trim()).filter((s) => s.startsWith(label));
}

const rowsOf = (frame: string) => Number(/([\d]+) (?:dòng|rows)/u.exec(frame)?.[1]);

describe('the progress bar never shows 100 % before the last row', () => {
  const ROWS = 20_000;

  it('a well-compressed workbook: its bytes are read long before its rows (why it shows no share), the rows read are shown', async () => {
    const file = join(tmp, 'nen-chat.xlsx');
    writeFileSync(file, compressibleWorkbook(ROWS));
    // The measure a share of bytes would give: the reader has read nearly the whole file by the first row.
    const source = await openFile(file);
    const first = await source.rows[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    expect(source.bytesRead() / source.size!).toBeGreaterThan(0.9);
    await source.close();
    expect(progressKind(source)).toBe('rows');

    const out = join(tmp, 'nen-chat.csv');
    const result = await inProcess(['check', file, ...HUONG_XUAN, '--out', out], { tty: true });
    expect(result.code, result.stderr).toBe(0);
    const drawn = frames(result.stderr, 'Đang kiểm tra');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((f) => f.includes('%'))).toEqual([]);
    const counts = drawn.map(rowsOf);
    expect(counts.every((n, i) => Number.isInteger(n) && (i === 0 || n >= counts[i - 1]!))).toBe(true);
    expect(counts.at(-1)).toBe(ROWS);
    expect(existsSync(out)).toBe(true);
  });

  it('a CSV file: a share of its bytes, under 100 % until every row is checked, then 100 % with them all (vi and en)', async () => {
    const file = join(tmp, 'dai.csv');
    const line = ',Nguyễn Văn Hùng,12/03/1968,Nam,,có,có,x,x,x,x,x';
    writeFileSync(file, `${HEADER.join(',')}\n${Array.from({ length: ROWS }, (_, i) => `HX-${i + 1}${line}`).join('\n')}\n`);
    for (const [lang, label] of [['vi', 'Đang kiểm tra'], ['en', 'Checking']] as const) {
      const result = await inProcess(['check', file, ...HUONG_XUAN, '--format', 'ndjson', '--lang', lang], { tty: true });
      expect(result.code, result.stderr).toBe(0);
      const drawn = frames(result.stderr, label);
      expect(drawn.length).toBeGreaterThan(0);
      for (const frame of drawn) {
        const percent = Number(/(\d+)%/u.exec(frame)?.[1]);
        expect(Number.isInteger(percent), frame).toBe(true);
        if (percent === 100) expect(rowsOf(frame), frame).toBe(ROWS);
      }
      expect(drawn.at(-1)).toContain('100%');
    }
  });

  it('progressKind and progressValue', () => {
    expect(progressKind({ format: 'csv', size: 1000 })).toBe('bytes');
    expect(progressKind({ format: 'json', size: 1000 })).toBe('bytes');
    expect(progressKind({ format: 'xlsx', size: 1000 })).toBe('rows');
    expect(progressKind({ format: 'csv', size: null })).toBe('rows');
    expect(progressKind({ format: 'csv', size: 0 })).toBe('rows');
    expect(progressValue(0, 1000)).toBe(0);
    expect(progressValue(500, 1000)).toBe(500);
    expect(progressValue(1000, 1000)).toBe(999);
    expect(progressValue(5000, 1000)).toBe(999);
    expect(Math.floor((progressValue(10_000_000, 10_000_000) / 10_000_000) * 100)).toBe(99);
  });
});

describe('a mistyped option value (issue 15, item 6)', () => {
  it('names the closest accepted value, in vi and en; a value close to none keeps the plain message', async () => {
    const vi = await run(['check', join(EXAMPLES, 'candidates.csv'), '--election-date', '10/01/2021', '--format', 'josn']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Tùy chọn --format: giá trị không hợp lệ; có phải ý bạn là json?');
    const en = await run(['check', join(EXAMPLES, 'candidates.csv'), '--election-date', '10/01/2021', '--format', 'xlxs', '--lang', 'en']);
    expect(en.stderr).toContain('did you mean xlsx?');
    const none = await run(['check', join(EXAMPLES, 'candidates.csv'), '--election-date', '10/01/2021', '--format', 'pdf']);
    expect(none.stderr).toContain('Tùy chọn --format: giá trị không hợp lệ (chấp nhận:');
  });
});

describe('a whole-number option says which numbers it takes', () => {
  it('--header-row and serve --port name their range, with Vietnamese thousands separators', async () => {
    const header = await inProcess(['check', CANDIDATES, ...HUONG_XUAN, '--header-row', '0']);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('Tùy chọn --header-row: cần một số nguyên từ 1 đến 1.048.576.');
    const port = await inProcess(['serve', '--port', '70000', '--lang', 'en']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('Option --port: a whole number from 0 to 65,535 is required.');
  });
});
