import { foldKey, isBlankText, normalizeText } from '@truongthon/core';
import { CliError, type CliIssue } from '../messages';
import { columnLetter } from './headers';
import type { Cell, ColumnRef, InputFormat, SourceRow } from './types';

/**
 * An opened input: its header (for CSV/XLSX; `null` for JSON, whose keys may
 * vary per record) and its rows, read lazily one at a time.
 */
export interface RowSource {
  readonly format: InputFormat;
  readonly columns: readonly ColumnRef[] | null;
  /** Whether the workbook uses the 1904 date system (XLSX only). */
  readonly date1904: boolean;
  readonly rows: AsyncIterable<SourceRow>;
  /**
   * The same rows a batch at a time (as the reader gets them), when the
   * reader can (CSV): fewer `await`s. Iterate either `rows` or `batches`, once.
   */
  readonly batches?: AsyncIterable<readonly SourceRow[]>;
  /** Stops reading and releases the file. Safe to call twice. */
  close(): Promise<void>;
  /** XLSX: the sheet read, for the summary. */
  readonly sheet?: string;
  /** XLSX: the hidden sheets a read without `--sheet` passed over, for the summary. */
  readonly hiddenSheets?: readonly string[];
  /** Bytes of the file read so far, when the reader reads the file itself (XLSX). */
  bytesRead?(): number;
}

/** Longest record accepted (characters), so a stray quote cannot swallow the file into memory. */
export const MAX_RECORD_CHARS = 1 << 20;

/**
 * Builds the header of a tabular file: NFC, trimmed, invisible format
 * characters (a zero-width space pasted with a header) removed, with column
 * letters; refuses two headers that fold to the same key ("Ngày sinh" and
 * "NGAY SINH"), naming both columns, and headers with undecodable bytes.
 */
export function buildColumns(cells: readonly Cell[]): ColumnRef[] {
  const columns: ColumnRef[] = [];
  const seen = new Map<string, ColumnRef>();
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    const column: ColumnRef = { header, letter: columnLetter(index) };
    columns.push(column);
    if (header === '') return;
    if (header.includes('\uFFFD')) throw new CliError('cli.header-encoding');
    const key = foldKey(header) || header;
    const first = seen.get(key);
    if (first) throw new CliError('cli.header-duplicate', { column: header, first: first.letter ?? '', second: column.letter ?? '' });
    seen.set(key, column);
  });
  return columns;
}

/**
 * Turns one row of cells into a record keyed by header, or `undefined` for
 * a blank row (which is no record). Cells beyond the last header that hold
 * something are reported: they usually mean a shifted row.
 */
export function buildRow(row: number, cells: readonly Cell[], columns: readonly ColumnRef[]): SourceRow | undefined {
  let blank = true;
  for (let index = 0; index < cells.length; index += 1) {
    if (!isBlank(cells[index])) {
      blank = false;
      break;
    }
  }
  if (blank) return undefined;
  const template = templateFor(columns);
  const record: Record<string, Cell> = template ? { ...template } : {};
  for (let index = 0; index < columns.length; index += 1) {
    const header = columns[index]!.header;
    if (header === '') continue;
    const cell = cells[index];
    record[header] = cell === undefined ? null : typeof cell === 'string' ? toNfc(cell) : cell;
  }
  let extra = 0;
  for (let index = columns.length; index < cells.length; index += 1) {
    if (!isBlank(cells[index])) extra += 1;
  }
  return extra > 0 ? { row, record, readIssues: [{ code: 'cli.extra-cells', params: { count: extra } }] } : { row, record };
}

/**
 * The record of a row whose cells could not be told apart (a row of a CSV
 * file saved with another separator, read as one cell): every column empty,
 * and `issue` saying why. The row still gives its record (one out per row
 * in), and none of its text is kept, so none can be written back.
 */
export function unreadRow(row: number, columns: readonly ColumnRef[], issue: CliIssue): SourceRow {
  const template = templateFor(columns);
  const record: Record<string, Cell> = template ? { ...template } : {};
  if (!template) for (const column of columns) if (column.header !== '') record[column.header] = null;
  return { row, record, readIssues: [issue] };
}

/*
 * Every record of a file has the same keys in the same order: records are
 * copied from a template with those keys (one fast clone, then stores to
 * existing properties) instead of growing each one key by key. Same keys,
 * order and values as growing them; a header named `__proto__` (which an
 * assignment treats as the prototype) takes the slow path.
 */
const TEMPLATES = new WeakMap<readonly ColumnRef[], Record<string, Cell> | null>();

function templateFor(columns: readonly ColumnRef[]): Record<string, Cell> | null {
  let template = TEMPLATES.get(columns);
  if (template === undefined) {
    template = {};
    for (const column of columns) {
      if (column.header === '__proto__') {
        template = null;
        break;
      }
      if (column.header !== '') template[column.header] = null;
    }
    TEMPLATES.set(columns, template);
  }
  return template;
}

/** An empty cell: nothing, or text of only white space and invisible format characters (as `isEmptyCell` reads it). */
const isBlank = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell));

/**
 * Text in NFC. Most cells need no work: text made only of characters below
 * U+0300 (ASCII, Latin-1, Latin Extended-A/B) and the precomposed letters
 * of U+1E00–U+1EFF is already NFC, whatever their order (none is a
 * combining mark or composes with its neighbour), so it is returned as is.
 */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return text.normalize('NFC');
  }
  return text;
}

/** A header cell as text, as core's `normalizeText` makes it (invisible format characters removed, NFC, white space folded). */
function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return normalizeText(String(cell));
}
