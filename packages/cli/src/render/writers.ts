import type { Writable } from 'node:stream';
import { fieldLabel } from '@truongthon/rules';
import { stringify } from 'csv-stringify/sync';
import { cliMessage, type Lang, sanitize } from '../messages';
import type { Colors } from './color';
import { escapeFormula, xmlSafe } from './escape';
import { type CheckRecord, verdictLabel } from './record';
import type { Sink } from './sink';

/** Output formats of `truongthon check`. */
export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'xlsx';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'ndjson', 'csv', 'xlsx'];

/** Writes records one at a time, in order, honouring backpressure. */
export interface RecordWriter<R = CheckRecord> {
  write(record: R): Promise<void>;
  end(): Promise<void>;
}

/** How records become spreadsheet rows (CSV, XLSX). */
export interface FlatLayout<R> {
  readonly header: readonly string[];
  readonly row: (record: R) => (string | number)[];
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
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON array, one record per line, written as the records come. */
export function jsonWriter<R = CheckRecord>(sink: Sink): RecordWriter<R> {
  let count = 0;
  return {
    async write(record) {
      await sink.write(`${count === 0 ? '[\n' : ',\n'}${safeJson(record)}`);
      count += 1;
    },
    async end() {
      await sink.write(count === 0 ? '[]\n' : '\n]\n');
      await sink.end();
    },
  };
}

/** NDJSON: one JSON record per line. */
export function ndjsonWriter<R = CheckRecord>(sink: Sink): RecordWriter<R> {
  return {
    async write(record) {
      await sink.write(`${safeJson(record)}\n`);
    },
    async end() {
      await sink.end();
    },
  };
}

/** The columns of the CSV and XLSX outputs, in order. */
export function flatHeader(lang: Lang): string[] {
  return [
    cliMessage('out.row', {}, lang),
    cliMessage('out.id', {}, lang),
    cliMessage('out.fullName', {}, lang),
    cliMessage('out.citizenId', {}, lang),
    cliMessage('out.verdict', {}, lang),
    cliMessage('out.verdict-code', {}, lang),
    cliMessage('out.findings', {}, lang),
    cliMessage('out.citations', {}, lang),
    cliMessage('out.missing', {}, lang),
    cliMessage('out.issues', {}, lang),
    cliMessage('out.codes', {}, lang),
    cliMessage('out.regime', {}, lang),
    cliMessage('out.term', {}, lang),
  ];
}

/**
 * A record as one spreadsheet row (the columns of {@link flatHeader}). Text
 * cells are escaped against formula injection; the row number is a number.
 */
export function flatRow(record: CheckRecord, lang: Lang): (string | number)[] {
  const policy = cliMessage('out.kind.policy', {}, lang);
  const text = (value: string | null) => escapeFormula(value ?? '');
  return [
    record.row,
    text(record.id),
    text(record.fullName),
    text(record.citizenId),
    text(verdictLabel(record.verdict, lang)),
    record.verdict,
    text(record.findings.map((f) => (f.kind === 'policy' ? `[${policy}] ${f.message}` : f.message)).join('\n')),
    text([...new Set(record.findings.map((f) => f.citation).filter((c) => c !== ''))].join('\n')),
    text(record.missing.map((path) => fieldLabel(path, lang)).join('; ')),
    text(record.issues.map((i) => i.message).join('\n')),
    text([...record.findings.map((f) => f.code), ...record.issues.map((i) => i.code)].join(' ')),
    text(record.regime?.id ?? ''),
    text(record.term?.label ?? ''),
  ];
}

/** The layout of `check` records in CSV/XLSX. */
export function checkLayout(lang: Lang): FlatLayout<CheckRecord> {
  return { header: flatHeader(lang), row: (r) => flatRow(r, lang), widths: [7, 12, 28, 15, 20, 14, 70, 36, 30, 50, 30, 10, 12], wrapFrom: 6, sheetTitle: cliMessage('out.sheet-title', {}, lang) };
}

/** CSV (RFC 4180, CRLF), with a UTF-8 BOM unless `bom` is false, so Excel reads Vietnamese text. Header cells are escaped too. */
export function csvWriter<R = CheckRecord>(sink: Sink, layout: FlatLayout<R>, options: { readonly bom?: boolean } = {}): RecordWriter<R> {
  let started = false;
  const line = (cells: readonly (string | number)[]) => stringify([cells], { record_delimiter: '\r\n' });
  const start = async () => {
    if (started) return;
    started = true;
    await sink.write(`${options.bom === false ? '' : '\uFEFF'}${line(layout.header.map(escapeFormula))}`);
  };
  return {
    async write(record) {
      await start();
      await sink.write(line(layout.row(record)));
    },
    async end() {
      await start();
      await sink.end();
    },
  };
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
  return {
    async write(record) {
      sheet.addRow(layout.row(record).map((cell) => (typeof cell === 'string' ? xmlSafe(cell) : cell))).commit();
    },
    async end() {
      sheet.commit();
      await workbook.commit();
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
  return {
    async write(record) {
      const lines: string[] = [];
      const who = [record.id, record.fullName, record.citizenId].filter((v): v is string => v !== null && v !== '').map(sanitize).join(' · ');
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
      await sink.write(`${lines.join('\n')}\n`);
    },
    async end() {
      await sink.end();
    },
  };
}
