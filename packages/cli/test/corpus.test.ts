/**
 * The bad-input corpus (issue 7): every case of `test/corpus/*.json` is run
 * in process through the CLI's `main()` and checked for what the CLI
 * promises on bad input: no crash (exit 0/1/2 as expected, never an internal
 * error), one output record per input record, every expected coded issue on
 * its row and field, file-level errors coded with exit 2 and nothing on
 * stdout, no citizen id in full, no date of birth, no whole row echoed, JSON
 * safe to embed in HTML, CSV/XLSX text cells escaped against formula
 * injection. See `test/corpus/README.md` for the manifest format.
 *
 * Cases marked `knownBug` hold the correct expectation of a bug not fixed
 * yet: they are listed in {@link KNOWN_BUGS} and run only with
 * `CORPUS_KNOWN_BUGS=1` (`CORPUS_KNOWN_BUGS=1 npx vitest run test/corpus.test.ts`).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../src/io/encoding';
import { main } from '../src/main';
import { Capture } from './helpers';
import { CLI_MESSAGES, type CliMessageCode, type Lang } from '../src/messages';

// ─── The manifest ────────────────────────────────────────────────────────────

/** Every category of issue 7; the summary test checks each has cases that run by default. */
const CATEGORIES = [
  'encoding', 'nfd', 'bom', 'separators', 'missing-header', 'duplicate-header', 'duplicate-id', 'impossible-date', 'ambiguous-date',
  'excel-serial', 'future-birth', 'counts', 'votes-above-ballots', 'present-above-total', 'unknown-province', 'province-date', 'overlong',
  'formula-injection', 'html', 'empty-file', 'header-only', 'blank-rows', 'unclosed-quote', 'wide-rows', 'ragged-rows', 'yes-no',
  'whitespace-only', 'zero-width', 'citizen-id', 'json-not-array', 'ndjson-broken',
  'json-depth', 'prototype-keys', 'field-twice', 'line-ends',
  'invisible-text', 'implausible-birth-year', 'legacy-font',
  'truncated-file', 'xlsx-limits',
] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * Cases that expose a bug in a file this corpus may not change: their
 * expectation is the correct behaviour; they run only with CORPUS_KNOWN_BUGS=1.
 * Remove an id here (and its `knownBug` in the manifest) once fixed.
 */
const KNOWN_BUGS: readonly string[] = [];

type XlsxCell =
  | string
  | number
  | boolean
  | null
  | { readonly formula: string; readonly result?: unknown }
  | { readonly error: string }
  | { readonly date: string }
  | { readonly richText: readonly { readonly text: string }[] }
  | { readonly text: string; readonly hyperlink: string };

interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Rows appended after `rows`: `count` copies of `cells`, `{n}` in a text cell replaced by 1, 2, 3… */
  readonly repeat?: { readonly count: number; readonly cells: readonly XlsxCell[] };
}

interface CorpusInput {
  /** File name: its extension chooses the reader. */
  readonly name: string;
  /** A header of the manifest's `headers`, written as the first line (before `lines`). */
  readonly header?: string;
  /** Lines of text, joined with `eol` (default "\n") and ended with it. */
  readonly lines?: readonly string[];
  readonly eol?: string;
  /** Raw text, as is (no line ending added). */
  readonly text?: string;
  /** Text and raw bytes, concatenated: `{ "hex": "c328" }` for bytes no encoding can read. */
  readonly parts?: readonly (string | { readonly hex: string })[];
  /** How the text is written (default UTF-8 without BOM). */
  readonly encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  readonly bom?: boolean;
  /** Unicode normal form of the text before encoding (NFD: decomposed diacritics). */
  readonly normalize?: 'NFC' | 'NFD';
  readonly base64?: string;
  /** Deterministic pseudo-random bytes. */
  readonly junk?: { readonly seed: number; readonly length: number };
  /** Only the first `truncate` bytes of the file. */
  readonly truncate?: number;
  /** A file under test/corpus/files/. */
  readonly fixture?: string;
  /** A workbook built with exceljs. */
  readonly xlsx?: { readonly date1904?: boolean; readonly sheets: readonly XlsxSheet[] };
}

interface ExpectedCode {
  readonly code: string;
  /** The field path (`dateOfBirth`, `candidate.votes`…); `null` for a row-level issue. */
  readonly field?: string | null;
  /** The column as written in the file, or the option (`--election-date`). */
  readonly column?: string | null;
  /** For findings: data (a date, never wording) their message must carry. */
  readonly messageContains?: string;
}

interface ExpectedRow {
  readonly row: number;
  readonly lastRow?: number;
  readonly verdict?: 'eligible' | 'ineligible' | 'undetermined' | 'invalid';
  readonly outcome?: string;
  readonly id?: string | null;
  readonly fullName?: string | null;
  readonly citizenId?: string | null;
  readonly province?: string | null;
  /** Coded issues (or findings) that must be present. */
  readonly codes?: readonly ExpectedCode[];
  /** Codes that must not be present. */
  readonly absent?: readonly string[];
}

interface CorpusExpect {
  readonly exit: 0 | 1 | 2;
  /** Exit 2: the coded file-level error (stderr carries its message, stdout nothing). */
  readonly fileError?: CliMessageCode;
  /** Output records, which must equal the input's data records (meetings for tally, units for report). */
  readonly records?: number;
  /** Every output record, in order (check, tally); for report, the rows that have issues. */
  readonly rows?: readonly ExpectedRow[];
  /** What every output record must be (large generated inputs). */
  readonly every?: { readonly verdict?: ExpectedRow['verdict']; readonly outcome?: string };
  readonly counted?: number;
  readonly rejected?: number;
  /** CSV/XLSX output cells (1-based row counting the header, 1-based column). */
  readonly cells?: readonly { readonly row: number; readonly col: number; readonly equals: string }[];
}

interface CorpusCase {
  readonly id: string;
  readonly category: Category;
  readonly command: 'check' | 'tally' | 'report';
  readonly title: string;
  /** What the CLI does and why this is the expectation (documentation). */
  readonly note?: string;
  readonly args: readonly string[];
  /** Output format (default ndjson for check and tally, json for report); xlsx is written with --out. */
  readonly format?: 'json' | 'ndjson' | 'csv' | 'xlsx';
  readonly input: CorpusInput;
  readonly expect: CorpusExpect;
  /** Strings that must appear nowhere in stdout, stderr or the output file (bad values, ids, dates of birth). */
  readonly secrets?: readonly string[];
  /** Dates in the input that are not dates of birth and may be written (YYYY-MM-DD). */
  readonly allowDates?: readonly string[];
  readonly knownBug?: string;
}

interface Manifest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly cases: readonly CorpusCase[];
}

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const manifests = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, manifest: JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as Manifest }));
const CASES: readonly (CorpusCase & { readonly manifest: string; readonly headers: Readonly<Record<string, string>> })[] = manifests.flatMap(({ name, manifest }) =>
  manifest.cases.map((c) => ({ ...c, manifest: name, headers: manifest.headers ?? {} })),
);

// ─── Building the input ──────────────────────────────────────────────────────

/**
 * Long inputs without a long manifest: `{{repeat:N:text}}` → text repeated
 * N times; `{{seq:N:text}}` → "text1,text2,…,textN" (distinct column names).
 */
function expand(text: string): string {
  return text
    .replace(/\{\{repeat:(\d+):([^}]*)\}\}/gu, (_, n: string, s: string) => s.repeat(Number(n)))
    .replace(/\{\{seq:(\d+):([^}]*)\}\}/gu, (_, n: string, s: string) => Array.from({ length: Number(n) }, (__, i) => `${s}${i + 1}`).join(','));
}

/** In a workbook row, a cell `{{seq:N:text}}` spreads into N cells text1…textN, `{{fill:N:text}}` into N cells of text. */
function spreadCells(cells: readonly XlsxCell[]): XlsxCell[] {
  return cells.flatMap((cell) => {
    const m = typeof cell === 'string' ? /^\{\{(seq|fill):(\d+):([^}]*)\}\}$/u.exec(cell) : null;
    if (!m) return [cell];
    return Array.from({ length: Number(m[2]) }, (_, i) => (m[1] === 'seq' ? `${m[3]}${i + 1}` : m[3]!));
  });
}

function encode(text: string, input: CorpusInput): Buffer {
  const normalized = input.normalize ? text.normalize(input.normalize) : text;
  switch (input.encoding ?? 'utf-8') {
    case 'utf-8':
      return Buffer.concat([input.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(normalized, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([input.bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(normalized, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([input.bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), Buffer.from(normalized, 'utf16le').swap16()]);
    case 'windows-1258':
      return Buffer.from(encodeWindows1258(normalized));
  }
}

/** A small linear congruential generator: the same junk on every machine. */
function junk(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function xlsxValue(cell: XlsxCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object' && 'date' in cell) {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return cell as ExcelJS.CellValue;
}

async function inputBytes(c: (typeof CASES)[number]): Promise<Buffer> {
  const input = c.input;
  let bytes: Buffer;
  if (input.fixture !== undefined) bytes = readFileSync(join(CORPUS, 'files', input.fixture));
  else if (input.base64 !== undefined) bytes = Buffer.from(input.base64, 'base64');
  else if (input.junk) bytes = junk(input.junk.seed, input.junk.length);
  else if (input.xlsx) {
    const workbook = new ExcelJS.Workbook();
    if (input.xlsx.date1904) workbook.properties.date1904 = true;
    for (const sheet of input.xlsx.sheets) {
      const ws = workbook.addWorksheet(sheet.name);
      const repeated = Array.from({ length: sheet.repeat?.count ?? 0 }, (_, i) => sheet.repeat!.cells.map((cell) => (typeof cell === 'string' ? cell.replaceAll('{n}', String(i + 1)) : cell)));
      [...sheet.rows, ...repeated].forEach((cells, index) => {
        const row = ws.getRow(index + 1);
        spreadCells(cells).forEach((cell, col) => {
          if (cell !== null) row.getCell(col + 1).value = xlsxValue(typeof cell === 'string' ? expand(cell) : cell);
        });
        row.commit();
      });
    }
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  } else if (input.parts) {
    bytes = Buffer.concat(input.parts.map((p) => (typeof p === 'string' ? encode(expand(p), { ...input, bom: false }) : Buffer.from(p.hex, 'hex'))));
    if (input.bom) bytes = Buffer.concat([encode('', input), bytes]);
  } else {
    bytes = encode(inputText(c), input);
  }
  return input.truncate !== undefined ? bytes.subarray(0, input.truncate) : bytes;
}

/** The input as text (for text inputs), before encoding: what the privacy checks scan. */
function inputText(c: (typeof CASES)[number]): string {
  const input = c.input;
  if (input.text !== undefined) return expand(input.text);
  if (input.parts) return input.parts.map((p) => (typeof p === 'string' ? expand(p) : '')).join('');
  if (input.lines || input.header) {
    const eol = input.eol ?? '\n';
    const header = input.header === undefined ? [] : [c.headers[input.header] ?? `missing header ${input.header}`];
    return [...header, ...(input.lines ?? [])].map(expand).map((l) => `${l}${eol}`).join('');
  }
  if (input.xlsx) return input.xlsx.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((cell) => (typeof cell === 'string' ? `${cell}\n` : '')))).join('');
  return '';
}

// ─── Running the CLI in process ──────────────────────────────────────────────


const tmp = mkdtempSync(join(tmpdir(), 'truongthon-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The --out file (xlsx), when written. */
  readonly out?: Buffer;
  readonly outFile?: string;
}

async function runCase(c: (typeof CASES)[number]): Promise<Outcome> {
  const dir = join(tmp, c.id);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, c.input.name);
  writeFileSync(file, await inputBytes(c));
  const format = c.format ?? (c.command === 'report' ? 'json' : 'ndjson');
  const outFile = format === 'xlsx' ? join(dir, 'ket-qua.xlsx') : undefined;
  const stdout = new Capture();
  const stderr = new Capture();
  const argv = ['node', 'truongthon', c.command, file, ...c.args, ...(outFile ? ['--out', outFile] : ['--format', format])];
  const code = await main(argv, { stdout, stderr, env: {}, today: () => '2025-01-01' });
  let out: Buffer | undefined;
  try {
    if (outFile) out = readFileSync(outFile);
  } catch {
    out = undefined;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text(), ...(out ? { out, outFile } : {}) };
}

// ─── Reading the output ──────────────────────────────────────────────────────

type OutRecord = Record<string, any>;

/** A flat (CSV/XLSX) output table: rows of cells, the header first. */
type Table = (string | number | boolean | null)[][];

async function readXlsxTable(file: string): Promise<{ table: Table; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const table: Table = [];
  let formulas = 0;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      const v = cell.value;
      cells[col - 1] = v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
    });
    table[number - 1] = cells;
  });
  return { table, formulas };
}

/** Columns of the flat layouts (0-based): row number, verdict / outcome code, codes. */
const FLAT = { check: { row: 0, verdict: 5, codes: 10 }, tally: { row: 0, verdict: 4, codes: 10 } } as const;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

function templateRegex(code: string, lang: Lang): RegExp {
  const template = (CLI_MESSAGES[lang] as Record<string, string>)[code];
  if (template === undefined) throw new Error(`no CLI message ${code}`);
  const parts = template.split(/\{\w+\}/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(parts.join('[\\s\\S]*?'), 'u');
}

// ─── Privacy: what must never be written ─────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` : undefined;
}

/** Date-like tokens of the input (dates of birth for `check`), with their YYYY-MM-DD form. */
function datesIn(text: string): { raw: string; iso: string | undefined }[] {
  const out: { raw: string; iso: string | undefined }[] = [];
  for (const m of text.matchAll(/(?<![\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d])/gu)) out.push({ raw: m[0], iso: isoOf(Number(m[3]), Number(m[2]), Number(m[1])) });
  for (const m of text.matchAll(/(?<![\d])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d])/gu)) out.push({ raw: m[0], iso: isoOf(Number(m[1]), Number(m[2]), Number(m[3])) });
  return out;
}

/** Runs of 9 to 13 digits (possibly split by spaces, dots or dashes): citizen ids, in full or mistyped. */
function idsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d])\d(?:[ .-]?\d){8,12}(?![\d])/gu)) {
    out.add(m[0]);
    out.add(m[0].replace(/[ .-]/gu, ''));
  }
  return [...out];
}

function forbidden(c: (typeof CASES)[number]): string[] {
  const text = inputText(c);
  const secrets = new Set<string>([...(c.secrets ?? []), ...idsIn(text)]);
  if (c.command === 'check') {
    const allowed = new Set<string>([...(c.allowDates ?? []), ...c.args.filter((a) => /^\d{4}-\d{2}-\d{2}$/u.test(a))]);
    for (const { raw, iso } of datesIn(text)) {
      if (iso !== undefined && allowed.has(iso)) continue;
      secrets.add(raw);
      if (iso !== undefined) secrets.add(iso);
    }
  }
  return [...secrets].filter((s) => s.trim() !== '');
}

/** Data lines of a CSV input (after the first line) that carry at least 3 cells: none may be echoed whole. */
function wholeRows(c: (typeof CASES)[number]): string[] {
  if (!/\.(csv|tsv|txt)$/u.test(c.input.name) || c.input.xlsx || c.input.base64 || c.input.junk || c.input.fixture) return [];
  return inputText(c)
    .split(/\r\n|\n|\r/u)
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && (l.match(/[,;\t]/gu)?.length ?? 0) >= 2);
}

// ─── The checks ──────────────────────────────────────────────────────────────

function findCode(record: OutRecord, expected: ExpectedCode): boolean {
  const matches = (i: OutRecord) =>
    i['code'] === expected.code &&
    (expected.field === undefined || i['field'] === expected.field) &&
    (expected.column === undefined || i['column'] === expected.column) &&
    (expected.messageContains === undefined || String(i['message']).includes(expected.messageContains));
  return [...(record['issues'] ?? []), ...(record['findings'] ?? [])].some(matches);
}

function describeRecord(record: OutRecord): string {
  const codes = [...(record['issues'] ?? []), ...(record['findings'] ?? [])].map((i: OutRecord) => `${i['code']}${i['field'] !== undefined ? `@${i['field']}` : ''}${i['column'] ? `[${i['column']}]` : ''}`);
  return `row ${record['row']}: ${record['verdict'] ?? record['outcome']} ${codes.join(' ')}`;
}

function checkRecords(c: (typeof CASES)[number], records: readonly OutRecord[]): void {
  const e = c.expect;
  if (e.records !== undefined) expect(records.length, 'output records = input records').toBe(e.records);
  for (const r of records) {
    if (e.every?.verdict !== undefined) expect(r['verdict'], `${c.id} ${describeRecord(r)}`).toBe(e.every.verdict);
    if (e.every?.outcome !== undefined) expect(r['outcome'], `${c.id} ${describeRecord(r)}`).toBe(e.every.outcome);
  }
  if (!e.rows) return;
  expect(records.map((r) => r['row']), 'rows, in order').toEqual(e.rows.map((r) => r.row));
  e.rows.forEach((want, i) => {
    const got = records[i]!;
    const where = `${c.id} ${describeRecord(got)}`;
    if (want.lastRow !== undefined) expect(got['lastRow'], where).toBe(want.lastRow);
    if (want.verdict !== undefined) expect(got['verdict'], where).toBe(want.verdict);
    if (want.outcome !== undefined) expect(got['outcome'], where).toBe(want.outcome);
    for (const key of ['id', 'fullName', 'citizenId'] as const) if (want[key] !== undefined) expect(got[key], `${where}: ${key}`).toBe(want[key]);
    if (want.province !== undefined) expect(got['province']?.code ?? null, `${where}: province`).toBe(want.province);
    for (const code of want.codes ?? []) expect(findCode(got, code), `${where}: expected ${JSON.stringify(code)}`).toBe(true);
    for (const code of want.absent ?? []) expect(findCode(got, { code }), `${where}: unexpected ${code}`).toBe(false);
    // An invalid record always says why, naming the row and (for a cell) its column.
    if (got['verdict'] === 'invalid' || got['outcome'] === 'invalid') expect(got['issues'].length, where).toBeGreaterThan(0);
    if (c.command === 'check' && got['verdict'] !== 'invalid') expect(got['issues'], where).toEqual([]);
  });
}

function checkFlat(c: (typeof CASES)[number], table: Table): void {
  for (const [r, cells] of table.entries()) {
    for (const [col, cell] of (cells ?? []).entries()) {
      if (typeof cell === 'string') expect(FORMULA_START.test(cell), `${c.id}: cell ${r + 1}:${col + 1} ${JSON.stringify(cell)} starts like a formula`).toBe(false);
    }
  }
  for (const want of c.expect.cells ?? []) expect(table[want.row - 1]?.[want.col - 1], `${c.id}: cell ${want.row}:${want.col}`).toBe(want.equals);
  if (c.command === 'report') return;
  const layout = FLAT[c.command];
  const body = table.slice(1);
  if (c.expect.records !== undefined) expect(body.length, 'output rows = input records').toBe(c.expect.records);
  if (!c.expect.rows) return;
  expect(body.map((r) => Number(r[layout.row])), 'rows, in order').toEqual(c.expect.rows.map((r) => r.row));
  c.expect.rows.forEach((want, i) => {
    const cells = body[i]!;
    const state = want.verdict ?? want.outcome;
    if (state !== undefined) expect(cells[layout.verdict], `${c.id} row ${want.row}`).toBe(state);
    const codes = String(cells[layout.codes] ?? '').replace(/^'/u, '').split(' ');
    for (const code of want.codes ?? []) expect(codes, `${c.id} row ${want.row}`).toContain(code.code);
  });
}

async function verify(c: (typeof CASES)[number]): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await runCase(c);
  } catch (error) {
    throw new Error(`${c.id}: main() threw instead of returning an exit code: ${String(error)}`);
  }
  const { code, stdout, stderr } = outcome;
  const lang: Lang = c.args.includes('en') && c.args.includes('--lang') ? 'en' : 'vi';
  const context = `${c.id}\n--- stderr ---\n${stderr.slice(0, 2000)}\n--- stdout ---\n${stdout.slice(0, 2000)}`;

  // No crash: a known exit code, never the internal-error message.
  expect([0, 1, 2], context).toContain(code);
  expect(templateRegex('cli.internal-error', lang).test(stderr), context).toBe(false);
  expect(code, context).toBe(c.expect.exit);

  // Privacy: no citizen id in full, no date of birth, no bad value, no whole row.
  const written = `${stdout}\n${stderr}\n${outcome.out && outcome.outFile ? JSON.stringify((await readXlsxTable(outcome.outFile)).table) : ''}`;
  for (const secret of forbidden(c)) expect(written.includes(secret), `${c.id}: "${secret}" was written`).toBe(false);
  for (const line of wholeRows(c)) expect(written.includes(line), `${c.id}: a whole row was echoed: ${line.slice(0, 80)}`).toBe(false);

  if (c.expect.exit === 2 && c.expect.fileError) {
    expect(stdout, context).toBe('');
    expect(stderr, context).toMatch(templateRegex(c.expect.fileError, lang));
    return;
  }
  expect(c.expect.fileError, `${c.id}: a fileError needs exit 2`).toBeUndefined();

  const format = c.format ?? (c.command === 'report' ? 'json' : 'ndjson');
  if (format === 'json' || format === 'ndjson') {
    // Safe to embed in HTML: <, > and & are always escaped.
    expect(/[<>&]/u.test(stdout), `${c.id}: raw <, > or & in JSON output`).toBe(false);
  }
  if (c.command === 'report') {
    if (format === 'json') {
      const report = JSON.parse(stdout) as OutRecord;
      if (c.expect.records !== undefined) expect(report['records'], 'records read = input units').toBe(c.expect.records);
      if (c.expect.counted !== undefined) expect(report['counted'], 'counted').toBe(c.expect.counted);
      if (c.expect.rejected !== undefined) expect(report['rejected'], 'rejected').toBe(c.expect.rejected);
      expect(report['counted'] + report['rejected'], 'every unit counted or rejected').toBe(report['records']);
      for (const want of c.expect.rows ?? []) {
        const issues = (report['issues'] as OutRecord[]).filter((i) => i['row'] === want.row);
        for (const code of want.codes ?? []) expect(findCode({ issues }, code), `${c.id} row ${want.row}: ${JSON.stringify(code)} in ${JSON.stringify(issues)}`).toBe(true);
      }
    } else if (format === 'csv') {
      checkFlat(c, parseCsv(stdout, { bom: true, relax_column_count: true }) as Table);
    } else {
      expect(outcome.outFile, context).toBeDefined();
      const { table, formulas } = await readXlsxTable(outcome.outFile!);
      expect(formulas).toBe(0);
      checkFlat(c, table);
    }
    return;
  }
  if (format === 'ndjson' || format === 'json') {
    const records = format === 'json' ? (JSON.parse(stdout) as OutRecord[]) : stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as OutRecord);
    for (const r of records) {
      if (r['citizenId'] !== undefined && r['citizenId'] !== null) expect(r['citizenId'], `${c.id}: citizen id masked`).toMatch(/^(\d{3}\*{7}\d{2}|\*{1,12})$/u);
      for (const issue of r['issues'] ?? []) expect(typeof issue['code'] === 'string' && issue['message'].length > 0, c.id).toBe(true);
    }
    checkRecords(c, records);
  } else if (format === 'csv') {
    checkFlat(c, parseCsv(stdout, { bom: true, relax_column_count: true }) as Table);
  } else {
    expect(outcome.outFile, context).toBeDefined();
    expect(stdout).toBe('');
    const { table, formulas } = await readXlsxTable(outcome.outFile!);
    expect(formulas, `${c.id}: formula cells in the XLSX output`).toBe(0);
    checkFlat(c, table);
  }
}

// ─── The tests ───────────────────────────────────────────────────────────────

const active = CASES.filter((c) => !c.knownBug);
const knownBugs = CASES.filter((c) => c.knownBug);

describe('bad-input corpus', () => {
  for (const category of CATEGORIES) {
    const cases = active.filter((c) => c.category === category);
    if (cases.length === 0) continue;
    describe(category, () => {
      for (const c of cases) it(`${c.id}: ${c.title}`, () => verify(c));
    });
  }
});

describe.skipIf(!process.env['CORPUS_KNOWN_BUGS'])('bad-input corpus: known bugs (CORPUS_KNOWN_BUGS=1)', () => {
  for (const c of knownBugs) it(`${c.id}: ${c.knownBug}`, () => verify(c));
  // None listed now: every case runs by default (a suite without tests would fail the run).
  if (knownBugs.length === 0) it('none: every case runs by default', () => expect(KNOWN_BUGS).toEqual([]));
});

describe('the corpus itself', () => {
  it('has at least 100 cases that run by default, and covers every category of issue 7', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(110);
    expect(active.length).toBeGreaterThanOrEqual(100);
    const covered = new Set(active.map((c) => c.category));
    expect(CATEGORIES.filter((k) => !covered.has(k))).toEqual([]);
    const perCategory = Object.fromEntries(CATEGORIES.map((k) => [k, CASES.filter((c) => c.category === k).length]));
    for (const [k, n] of Object.entries(perCategory)) expect(n, k).toBeGreaterThanOrEqual(2);
  });

  it('has stable, unique, kebab-case ids and well-formed cases', () => {
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CASES) {
      expect(c.id, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
      expect(CATEGORIES, c.id).toContain(c.category);
      expect(['check', 'tally', 'report'], c.id).toContain(c.command);
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect([0, 1, 2], c.id).toContain(c.expect.exit);
      if (c.expect.exit === 2) expect(c.expect.fileError, `${c.id}: exit 2 needs its coded file error`).toBeDefined();
      else expect(c.expect.records, `${c.id}: the number of records out must be stated`).toBeTypeOf('number');
      if (c.expect.fileError) expect(Object.keys(CLI_MESSAGES.vi), c.id).toContain(c.expect.fileError);
      if (c.input.header !== undefined) expect(c.headers[c.input.header], `${c.id}: header ${c.input.header}`).toBeDefined();
      if (c.input.fixture !== undefined) expect(() => readFileSync(join(CORPUS, 'files', c.input.fixture!)), c.id).not.toThrow();
    }
  });

  it('lists its known bugs by name, each with its reason', () => {
    expect(knownBugs.map((c) => c.id).sort()).toEqual([...KNOWN_BUGS].sort());
    for (const c of knownBugs) expect(c.knownBug!.length, c.id).toBeGreaterThan(20);
  });
});
