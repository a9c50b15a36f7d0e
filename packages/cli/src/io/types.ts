import type { CliIssue } from '../messages';

/**
 * A cell value as read: text (already NFC), a number (XLSX numeric cells,
 * JSON numbers), a boolean, a `Date` (only from programmatic callers; read
 * with UTC getters), or `null` for an empty cell.
 */
export type Cell = string | number | boolean | Date | null;

/** Where a value came from: the header as the user wrote it, and its spreadsheet column letter when tabular. */
export interface ColumnRef {
  readonly header: string;
  /** `A`, `B`, … `AA` for CSV/XLSX; absent for JSON keys. */
  readonly letter?: string;
}

/**
 * One data record of an input file. `row` is the number the user sees: the
 * spreadsheet row (header = row 1) for CSV/XLSX, the 1-based element index
 * for a JSON array, the line number for NDJSON. `record` maps each header (as
 * written, NFC) to its cell; `error` is set instead when the record itself
 * could not be read (bad JSON, CSV syntax), so it still yields one output.
 */
export interface SourceRow {
  readonly row: number;
  readonly record: Readonly<Record<string, Cell>>;
  readonly error?: CliIssue;
  /** JSON / NDJSON only: the element as parsed (NFC), for inputs passed to the library in its own shape. */
  readonly raw?: unknown;
  /** Issues found while reading the row (extra cells, undecodable bytes). */
  readonly readIssues?: readonly CliIssue[];
}

/** Input formats the readers understand. */
export type InputFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/** Options of the readers. */
export interface ReadOptions {
  /** CSV text encoding when there is no BOM: `utf-8` (default), `utf-16le`, `utf-16be`, `windows-1258`. */
  readonly encoding?: string;
  /** XLSX sheet name or 1-based position (default: the first sheet). */
  readonly sheet?: string;
  /** 1-based row of the header in CSV/XLSX (default 1): rows above it (titles) are skipped. */
  readonly headerRow?: number;
}

/** A tabular file's header, announced before its rows. */
export interface HeaderInfo {
  readonly headers: readonly ColumnRef[];
}
