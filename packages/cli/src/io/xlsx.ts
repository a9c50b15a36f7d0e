import type { Readable } from 'node:stream';
import { foldKey } from '@truongthon/core';
import { CliError } from '../messages';
import { buildColumns, buildRow, type RowSource } from './source';
import type { Cell, ColumnRef, ReadOptions, SourceRow } from './types';

interface ExcelRow {
  readonly number: number;
  readonly values: readonly unknown[] | Record<string, unknown>;
}
interface WorksheetReaderLike extends AsyncIterable<ExcelRow> {
  readonly name?: string;
}
interface WorkbookReaderLike extends AsyncIterable<WorksheetReaderLike> {
  readonly model?: { readonly sheets?: readonly { readonly name: string }[] };
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
}

/**
 * A cell of exceljs's streaming reader as a plain {@link Cell}: rich text
 * joined, formulas replaced by their cached result, hyperlinks by their
 * text; an error value (`#N/A`) becomes `{ error }` for the row reader to
 * report. Styles are not read, so date cells arrive as Excel serial numbers
 * and are converted by the date fields alone (no time-zone arithmetic).
 */
export function excelCell(value: unknown): Cell | { readonly error: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  // A formula whose cached result is an error reads as NaN.
  if (typeof value === 'number') return Number.isNaN(value) ? { error: '#VALUE!' } : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) return (v['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('').normalize('NFC');
    if ('error' in v) return { error: String(v['error']) };
    // A formula is never evaluated here: its cached result is used, and none (or an error) is a cell error.
    if ('formula' in v || 'sharedFormula' in v) return v['result'] === undefined ? { error: '#FORMULA' } : excelCell(v['result']);
    if ('text' in v) return excelCell(v['text']);
    if ('hyperlink' in v) return excelCell(v['hyperlink']);
  }
  return null;
}

/**
 * Opens an XLSX workbook with exceljs's streaming reader (never the `xlsx`
 * package): picks the sheet (`options.sheet`: a name, case- and
 * diacritic-insensitive, or a 1-based position in tab order; default the
 * first tab), reads the header at `headerRow` and returns the rows lazily
 * with their spreadsheet row numbers.
 */
export async function openXlsx(input: Readable, options: ReadOptions = {}): Promise<RowSource> {
  const headerRow = options.headerRow ?? 1;
  const { default: ExcelJS } = await import('exceljs');
  const Reader = utf8SafeReader(ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderClass);
  const reader = new Reader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookReaderLike;
  const sheets = reader[Symbol.asyncIterator]();
  let rowsIterator: AsyncIterator<ExcelRow> | undefined;
  /**
   * Ends the read without leaving exceljs work in flight. exceljs spools
   * worksheets that precede the shared strings to temp files, opens a read
   * stream on each when it emits its reader, and deletes the file when the
   * next one is asked for. A reader left unconsumed therefore races its own
   * file's deletion and fails later as an uncaught ENOENT, and destroying the
   * input mid-zip leaves the spooling writes pending. So every emitted sheet
   * is read to its end and the workbook to its last entry; only a workbook
   * that cannot be read any further is torn down.
   */
  const close = async () => {
    try {
      if (rowsIterator) while (!(await rowsIterator.next()).done);
      for (;;) {
        const next = await sheets.next();
        if (next.done) break;
        await drainSheet(next.value);
      }
    } catch {
      input.destroy();
    }
  };
  const seenNames: string[] = [];
  let sheet: WorksheetReaderLike | undefined;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const tabs = reader.model?.sheets?.map((s) => s.name) ?? [];
      if (next.value.name) seenNames.push(next.value.name);
      if (matchesSheet(next.value, tabs, options.sheet, seenNames.length === 1)) {
        sheet = next.value;
        break;
      }
      await drainSheet(next.value);
    }
  } catch (error) {
    input.destroy();
    if (error instanceof CliError) throw error;
    throw new CliError('cli.xlsx-unreadable', { file: '' }, { cause: error });
  }
  if (!sheet) {
    await close();
    // A zip without a workbook part (a renamed .zip or .docx) is not a workbook, not one without sheets.
    if (reader.model === undefined && seenNames.length === 0) throw new CliError('cli.xlsx-unreadable', { file: '' });
    const available = (reader.model?.sheets?.map((s) => s.name) ?? seenNames).join(', ');
    if (options.sheet === undefined) throw new CliError('cli.no-sheet');
    throw new CliError('cli.sheet-not-found', { sheet: options.sheet, available: available || '-' });
  }
  const date1904 = reader.properties?.model?.date1904 === true;
  rowsIterator = sheet[Symbol.asyncIterator]();
  let columns: ColumnRef[] | undefined;
  let pending: ExcelRow | undefined;
  try {
    for (;;) {
      const next = await rowsIterator.next();
      if (next.done) break;
      if (next.value.number < headerRow) continue;
      if (next.value.number === headerRow) columns = buildColumns(rowCells(next.value).map(headerCell));
      else pending = next.value;
      break;
    }
  } catch (error) {
    input.destroy();
    if (error instanceof CliError) throw error;
    throw new CliError('cli.xlsx-unreadable', { file: '' }, { cause: error });
  }
  if (!columns || columns.every((c) => c.header === '')) {
    await close();
    if (!columns && pending === undefined) throw new CliError('cli.file-empty', { file: '' });
    throw new CliError('cli.header-row-missing', { row: headerRow });
  }
  const header = columns;
  const sheetRows = rowsIterator;
  let closed = false;
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (;;) {
        let next: IteratorResult<ExcelRow>;
        try {
          next = await sheetRows.next();
        } catch {
          yield { row: -1, record: {}, error: { code: 'cli.xlsx-unreadable', params: { file: '' } } };
          return;
        }
        if (next.done) return;
        const cells = rowCells(next.value);
        const errors = new Set<number>();
        const plain = cells.map((cell, index) => {
          if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
            errors.add(index);
            return null;
          }
          return cell as Cell;
        });
        const row = buildRow(next.value.number, plain, header);
        if (!row && errors.size === 0) continue;
        const cellErrors = [...errors]
          .filter((index) => index < header.length && header[index]!.header !== '')
          .map((index) => ({ code: 'cli.cell-error' as const, params: { column: header[index]!.header } }));
        const base = row ?? { row: next.value.number, record: {} };
        yield cellErrors.length ? { ...base, readIssues: [...(base.readIssues ?? []), ...cellErrors] } : base;
      }
    } finally {
      await source.close();
    }
  }
  const source: RowSource = {
    format: 'xlsx',
    columns: header,
    date1904,
    rows: { [Symbol.asyncIterator]: () => rows() },
    async close() {
      if (closed) return;
      closed = true;
      await close();
    },
  };
  return source;
}

type ReaderClass = new (input: Readable, options: Record<string, unknown>) => unknown;
let utf8Reader: { readonly base: ReaderClass; readonly reader: ReaderClass } | undefined;

/**
 * exceljs 4.4's streaming reader turns each chunk of a zip entry (16 KiB)
 * into text on its own, so a letter whose UTF-8 bytes straddle two chunks
 * comes out as U+FFFD (exceljs issues #2084, #2316; the fixes, PRs #1665 and
 * #2894, are not released). Vietnamese text is mostly multi-byte: in a
 * workbook whose shared strings or sheet pass 16 KiB, a cell here and there
 * would read as undecodable. This subclass hands exceljs text decoded across chunk
 * boundaries instead (shared strings, workbook, worksheets); other parts are
 * ASCII in practice. No global patch: only readers made here change. When a
 * later exceljs renames these methods, the plain reader is used.
 */
function utf8SafeReader(Base: ReaderClass): ReaderClass {
  if (utf8Reader?.base === Base) return utf8Reader.reader;
  const proto = Base.prototype as Record<string, unknown>;
  if (!['_parseSharedStrings', '_parseWorkbook', '_parseWorksheet'].every((name) => typeof proto[name] === 'function')) return Base;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  class Utf8WorkbookReader extends (Base as new (...args: any[]) => any) {
    _parseSharedStrings(entry: Readable): unknown {
      entry.setEncoding('utf8');
      return super._parseSharedStrings(entry);
    }
    _parseWorkbook(entry: Readable): unknown {
      entry.setEncoding('utf8');
      return super._parseWorkbook(entry);
    }
    _parseWorksheet(chunks: AsyncIterable<Uint8Array | string>, sheetNo: string): unknown {
      return super._parseWorksheet(decodeUtf8(chunks), sheetNo);
    }
  }
  utf8Reader = { base: Base, reader: Utf8WorkbookReader };
  return Utf8WorkbookReader;
}

/** UTF-8 chunks decoded as one text (a letter split between chunks stays whole). */
async function* decodeUtf8(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Reads a worksheet the caller does not want to its end (see `close` in {@link openXlsx}). */
async function drainSheet(sheet: WorksheetReaderLike): Promise<void> {
  for await (const _row of sheet);
}

function matchesSheet(sheet: WorksheetReaderLike, tabs: readonly string[], wanted: string | undefined, isFirstEmitted: boolean): boolean {
  const name = sheet.name ?? '';
  if (wanted === undefined) return tabs.length > 0 ? name === tabs[0] : isFirstEmitted;
  if (/^\d+$/u.test(wanted.trim())) {
    const position = Number(wanted.trim());
    if (tabs.length > 0 && tabs[position - 1] === name) return true;
  }
  return name === wanted || foldKey(name) === foldKey(wanted);
}

function rowCells(row: ExcelRow): (Cell | { readonly error: string })[] {
  const values = row.values;
  const out: (Cell | { readonly error: string })[] = [];
  if (Array.isArray(values)) {
    // exceljs rows are 1-based sparse arrays.
    for (let index = 1; index < values.length; index += 1) out.push(excelCell(values[index]));
  }
  return out;
}

function headerCell(cell: Cell | { readonly error: string }): Cell {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? null : cell;
}
