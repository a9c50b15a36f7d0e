import type { Writable } from 'node:stream';
import { isIsoDate } from '@truongthon/core';
import { displayDate, fieldLabel } from '@truongthon/rules';
import { cliMessage, type Lang, sanitize } from '../messages';
import type { Colors } from './color';
import { escapeFormula, escapeMarkup, xmlSafe } from './escape';
import { type CheckRecord, IDENTITY_FIELDS, VERDICTS, verdictLabel } from './record';
import type { Sink, TextOut } from './sink';

/** Output formats of `truongthon check`. */
export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'xlsx';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'ndjson', 'csv', 'xlsx'];

/** Writes records one at a time, in order, honouring backpressure. */
export interface RecordWriter<R = CheckRecord> {
  write(record: R): Promise<void>;
  end(): Promise<void>;
}

/**
 * A date in a spreadsheet row: written as its readers write it in CSV
 * (`dd/MM/yyyy` in Vietnamese, ISO in English: the rules' `displayDate`),
 * and as a real date cell in XLSX, formatted `dd/mm/yyyy` (`yyyy-mm-dd` in
 * English). Built from an ISO day; the XLSX date is that day at 00:00 UTC,
 * which exceljs turns into the Excel serial without reading the machine's
 * time zone, so the day never shifts.
 */
export class DateCell {
  /** The day, `YYYY-MM-DD`. */
  readonly iso: string;
  /** The day as written in CSV. */
  readonly text: string;
  /** The XLSX number format. */
  readonly numFmt: string;
  constructor(iso: string, lang: Lang) {
    this.iso = iso;
    this.text = displayDate(iso, lang);
    this.numFmt = lang === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy';
  }

  /** The day at 00:00 UTC. */
  date(): Date {
    return new Date(Date.UTC(Number(this.iso.slice(0, 4)), Number(this.iso.slice(5, 7)) - 1, Number(this.iso.slice(8, 10))));
  }
}

/** A date cell for an ISO day; an empty cell for anything else (no date, or not a real `YYYY-MM-DD` day). */
export function dateCell(iso: string | null | undefined, lang: Lang): DateCell | '' {
  return typeof iso === 'string' && isIsoDate(iso) ? new DateCell(iso, lang) : '';
}

/** A cell of a spreadsheet row. */
export type FlatCell = string | number | DateCell;

/** How records become spreadsheet rows (CSV, XLSX). */
export interface FlatLayout<R> {
  readonly header: readonly string[];
  readonly row: (record: R) => FlatCell[];
  /** Column widths for XLSX (characters). */
  readonly widths?: readonly number[];
  /** Columns (0-based) from which text wraps in XLSX. */
  readonly wrapFrom?: number;
  readonly sheetTitle: string;
}

/**
 * JSON text safe to embed anywhere: `<`, `>`, `&` and the JavaScript line
 * separators are written as escapes (still the same JSON value), so a name
 * like `<script>` cannot break out of an HTML page that embeds the output.
 */
export function safeJson(value: unknown, indent?: number): string {
  return escapeMarkup(JSON.stringify(value, null, indent));
}

/**
 * Writes a record's JSON text to a {@link TextOut}, exactly what `safeJson`
 * gives, possibly in pieces (a faster equivalent for a known record shape).
 */
export type JsonPieces<R> = (record: R, out: TextOut) => void;

const jsonText = (record: unknown, out: TextOut): void => out.text(safeJson(record));
const NEWLINE = Uint8Array.of(0x0a);

/** A JSON array, one record per line, written as the records come. */
export function jsonWriter<R = CheckRecord>(sink: Sink, json: JsonPieces<R> = jsonText): RecordWriter<R> {
  let count = 0;
  const writer: RecordWriter<R> = {
    write(record) {
      const ready = sink.ready();
      if (ready) return ready.then(() => writer.write(record));
      sink.text(count === 0 ? '[\n' : ',\n');
      count += 1;
      json(record, sink);
      return sink.settle();
    },
    async end() {
      await sink.write(count === 0 ? '[]\n' : '\n]\n');
      await sink.end();
    },
  };
  return writer;
}

/** NDJSON: one JSON record per line. */
export function ndjsonWriter<R = CheckRecord>(sink: Sink, json: JsonPieces<R> = jsonText): RecordWriter<R> {
  const writer: RecordWriter<R> = {
    write(record) {
      const ready = sink.ready();
      if (ready) return ready.then(() => writer.write(record));
      json(record, sink);
      sink.bytes(NEWLINE);
      return sink.settle();
    },
    async end() {
      await sink.end();
    },
  };
  return writer;
}

/** The columns of the CSV and XLSX outputs, in order. */
export function flatHeader(lang: Lang): string[] {
  return [
    cliMessage('out.row', {}, lang),
    ...IDENTITY_FIELDS.map((field) => (field.kind === 'citizenId' ? `${field.label[lang]} ${cliMessage('out.masked', {}, lang)}` : field.label[lang])),
    cliMessage('out.verdict', {}, lang),
    cliMessage('out.verdict-code', {}, lang),
    cliMessage('out.findings', {}, lang),
    cliMessage('out.citations', {}, lang),
    cliMessage('out.missing', {}, lang),
    cliMessage('out.issues', {}, lang),
    cliMessage('out.codes', {}, lang),
    cliMessage('out.regime', {}, lang),
    cliMessage('out.term', {}, lang),
    cliMessage('out.term-start', {}, lang),
    cliMessage('out.term-end', {}, lang),
  ];
}

/**
 * A record as one spreadsheet row (the columns of {@link flatHeader}). Text
 * cells are escaped against formula injection; the row number is a number.
 */
export function flatRow(record: CheckRecord, lang: Lang): FlatCell[] {
  const labels = flatLabels(lang);
  const text = (value: string | null) => escapeFormula(value ?? '');
  return [
    record.row,
    ...IDENTITY_FIELDS.map((field) => text(record[field.path])),
    text(labels.verdicts[record.verdict] ?? verdictLabel(record.verdict, lang)),
    record.verdict,
    text(record.findings.map((f) => (f.kind === 'policy' ? `[${labels.policy}] ${f.message}` : f.message)).join('\n')),
    text([...new Set(record.findings.map((f) => f.citation).filter((c) => c !== ''))].join('\n')),
    text(record.missing.map((path) => fieldLabel(path, lang)).join('; ')),
    text(record.issues.map((i) => i.message).join('\n')),
    text([...record.findings.map((f) => f.code), ...record.issues.map((i) => i.code)].join(' ')),
    text(record.regime?.id ?? ''),
    text(record.term?.label ?? ''),
    dateCell(record.term?.start, lang),
    dateCell(record.term?.end, lang),
  ];
}

/** The words every flat row repeats, per language (read from the catalogues once). */
const FLAT_LABELS = new Map<Lang, { readonly policy: string; readonly verdicts: Readonly<Record<string, string>> }>();
function flatLabels(lang: Lang): { readonly policy: string; readonly verdicts: Readonly<Record<string, string>> } {
  let labels = FLAT_LABELS.get(lang);
  if (!labels) {
    const verdicts: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const verdict of VERDICTS) verdicts[verdict] = verdictLabel(verdict, lang);
    labels = { policy: cliMessage('out.kind.policy', {}, lang), verdicts };
    FLAT_LABELS.set(lang, labels);
  }
  return labels;
}

/** The layout of `check` records in CSV/XLSX. */
export function checkLayout(lang: Lang): FlatLayout<CheckRecord> {
  // A name is wider than a code or a masked citizen id.
  const identity = IDENTITY_FIELDS.map((field) => (field.kind === 'text' && (field.max ?? 0) > 100 ? 28 : field.kind === 'citizenId' ? 15 : 12));
  return {
    header: flatHeader(lang),
    row: (r) => flatRow(r, lang),
    widths: [7, ...identity, 20, 14, 70, 36, 30, 50, 30, 10, 12, 12, 12],
    wrapFrom: 1 + identity.length + 2,
    sheetTitle: cliMessage('out.sheet-title', {}, lang),
  };
}

/** CSV (RFC 4180, CRLF), with a UTF-8 BOM unless `bom` is false, so Excel reads Vietnamese text. Header cells are escaped too. */
export function csvWriter<R = CheckRecord>(sink: Sink, layout: FlatLayout<R>, options: { readonly bom?: boolean } = {}): RecordWriter<R> {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    sink.text(`${options.bom === false ? '' : '\uFEFF'}${csvLine(layout.header.map(escapeFormula))}`);
  };
  const writer: RecordWriter<R> = {
    write(record) {
      const ready = sink.ready();
      if (ready) return ready.then(() => writer.write(record));
      start();
      sink.text(csvLine(layout.row(record)));
      return sink.settle();
    },
    async end() {
      const ready = sink.ready();
      if (ready) await ready;
      start();
      await sink.end();
    },
  };
  return writer;
}

/**
 * One CSV line, ending in CRLF: exactly what csv-stringify 6.9 writes for
 * the line with `record_delimiter: '\r\n'` and `quoted_match: /[\r\n]/`
 * (which this function is tested against). A cell is quoted when it holds
 * `"` (doubled), `,`, or a line break of any kind (RFC 4180: a cell with
 * several findings, one per line, must not break the row in Excel or
 * LibreOffice, which end a row at a bare LF too); numbers are written as
 * JavaScript writes them, `true` as `1`, `false`, null and undefined as
 * nothing.
 */
export function csvLine(cells: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i += 1) {
    if (i > 0) line += ',';
    line += csvCell(cells[i]);
  }
  return `${line}\r\n`;
}

function csvCell(cell: unknown): string {
  let value: string;
  if (typeof cell === 'string') value = cell;
  else if (typeof cell === 'number' || typeof cell === 'bigint') value = `${cell}`;
  else if (typeof cell === 'boolean') value = cell ? '1' : '';
  else if (cell === null || cell === undefined) return '';
  else if (cell instanceof DateCell) return cell.text;
  else if (cell instanceof Date) value = `${cell.getTime()}`;
  else value = JSON.stringify(cell) ?? '';
  if (value === '') return '';
  if (value.includes('"')) return `"${value.replaceAll('"', '""')}"`;
  if (value.includes(',') || value.includes('\n') || value.includes('\r')) return `"${value}"`;
  return value;
}

/**
 * XLSX written by exceljs's streaming writer (rows are committed as they
 * come): a frozen, filtered header row and wrapped text; text escaped against
 * formula injection (by the layout) and cleaned of characters XML cannot hold.
 */
export async function xlsxWriter<R = CheckRecord>(stream: Writable, layout: FlatLayout<R>, done: () => Promise<void>): Promise<RecordWriter<R>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const header = layout.header;
  const sheet = workbook.addWorksheet(xmlSafe(layout.sheetTitle).slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((_, i) => ({ width: layout.widths?.[i] ?? 16, style: { alignment: { wrapText: i >= (layout.wrapFrom ?? header.length), vertical: 'top' } } }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const head = sheet.addRow(header.map((h) => xmlSafe(escapeFormula(h))));
  head.font = { bold: true };
  head.commit();
  // exceljs does not report a failing output (a full disk, a closed pipe): its commit would wait forever. The stream's error is the writer's.
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) => {
    stream.once('error', (error: Error) => {
      failure ??= error;
      reject(error);
    });
  });
  failed.catch(() => {});
  return {
    async write(record) {
      if (failure) throw failure;
      const cells = layout.row(record);
      const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? xmlSafe(cell) : cell instanceof DateCell ? cell.date() : cell)));
      for (let i = 0; i < cells.length; i += 1) {
        const cell = cells[i];
        if (cell instanceof DateCell) row.getCell(i + 1).numFmt = cell.numFmt;
      }
      row.commit();
    },
    async end() {
      if (failure) throw failure;
      sheet.commit();
      await Promise.race([workbook.commit(), failed]);
      await done();
    },
  };
}

const VERDICT_MARK: Readonly<Record<CheckRecord['verdict'], string>> = { eligible: '✔', ineligible: '✘', undetermined: '?', invalid: '⚠' };

/** Pads or cuts text to a width in characters (Vietnamese NFC letters are one column each). */
export function fit(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length > width) return `${chars.slice(0, width - 1).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}

/**
 * The human-readable output: one line per record (row, id, name, verdict),
 * then its findings, missing inputs and input errors, each with its legal
 * basis. Streams (no column-width pass over the whole file). Control
 * characters in the data are shown as U+FFFD, never sent to the terminal.
 */
export function tableWriter(sink: Sink, lang: Lang, colors: Colors): RecordWriter {
  const paint: Readonly<Record<CheckRecord['verdict'], (s: string) => string>> = {
    eligible: colors.green,
    ineligible: colors.red,
    undetermined: colors.yellow,
    invalid: colors.magenta,
  };
  const rowLabel = cliMessage('out.row', {}, lang);
  const policy = cliMessage('out.kind.policy', {}, lang);
  const writer: RecordWriter = {
    write(record) {
      const ready = sink.ready();
      if (ready) return ready.then(() => writer.write(record));
      const lines: string[] = [];
      const who = IDENTITY_FIELDS.map((field) => record[field.path]).filter((v): v is string => v !== null && v !== '').map(sanitize).join(' · ');
      const verdict = paint[record.verdict](colors.bold(`${VERDICT_MARK[record.verdict]} ${verdictLabel(record.verdict, lang)}`));
      lines.push(`${colors.dim(`${rowLabel} ${String(record.row).padStart(4)}`)}  ${fit(who || '—', 44)}  ${verdict}`);
      for (const f of record.findings) {
        const mark = f.kind === 'policy' ? colors.cyan(`  · [${policy}]`) : f.severity === 'error' ? colors.red('  ✘') : f.severity === 'warning' ? colors.yellow('  !') : colors.dim('  i');
        const basis = f.citation ? colors.dim(` (${sanitize(f.citation)})`) : '';
        lines.push(`${mark} ${sanitize(f.message)}${basis}`);
      }
      if (record.missing.length > 0) {
        lines.push(colors.yellow(`  … ${cliMessage('out.missing-list', { fields: record.missing.map((p) => fieldLabel(p, lang)).join('; ') }, lang)}`));
      }
      for (const issue of record.issues) lines.push(colors.magenta(`  ⚠ ${sanitize(issue.message)}`));
      sink.text(`${lines.join('\n')}\n`);
      return sink.settle();
    },
    async end() {
      await sink.end();
    },
  };
  return writer;
}
