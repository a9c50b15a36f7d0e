import { foldKey } from '@truongthon/core';
import { CliError } from '../messages';
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
  /** Stops reading and releases the file. Safe to call twice. */
  close(): Promise<void>;
}

/** Longest record accepted (characters), so a stray quote cannot swallow the file into memory. */
export const MAX_RECORD_CHARS = 1 << 20;

/**
 * Builds the header of a tabular file: NFC, trimmed, with column letters;
 * refuses two headers that fold to the same key ("Ngày sinh" and
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
  if (cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) return undefined;
  const record: Record<string, Cell> = {};
  columns.forEach((column, index) => {
    if (column.header === '') return;
    const cell = cells[index];
    record[column.header] = cell === undefined ? null : typeof cell === 'string' ? cell.normalize('NFC') : cell;
  });
  let extra = 0;
  for (let index = columns.length; index < cells.length; index += 1) {
    const cell = cells[index];
    if (!(cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))) extra += 1;
  }
  return extra > 0 ? { row, record, readIssues: [{ code: 'cli.extra-cells', params: { count: extra } }] } : { row, record };
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').replace(/\s+/gu, ' ').trim();
}
