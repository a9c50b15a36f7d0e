import { foldKey } from '@truongthon/core';
import { createCandidateChecker, findProvince, type OverlayRegistry } from '@truongthon/rules';
import { type CandidateRow, type FieldResolver, readCandidateRow, type RowIssue } from './io/candidateRow';
import { IdIndex } from './idIndex';
import type { CandidateField } from './io/headers';
import type { ColumnRef, SourceRow } from './io/types';
import type { Lang } from './messages';
import { type CheckRecord, checkRecord, unreadableRecord } from './render/record';

/** Options of {@link checkRows}. */
export interface CheckRowsOptions {
  /** Election date for rows without their own `electionDate` column (`YYYY-MM-DD`, already validated). */
  readonly electionDate?: string;
  /** Province (code or name) for rows without their own `province` column. */
  readonly province?: string;
  readonly lang?: Lang;
  /** Today's date, so birth dates in the future are refused. */
  readonly today?: string;
  /** XLSX workbooks in the 1904 date system. */
  readonly date1904?: boolean;
  /** How many distinct ids to remember for the duplicate check (default {@link MAX_TRACKED_IDS}). */
  readonly maxTrackedIds?: number;
  /** How many characters of id text to remember for the duplicate check (default `MAX_TRACKED_ID_CHARS`). */
  readonly maxTrackedIdChars?: number;
  /** Called (possibly many times) once ids beyond the limit are no longer checked for duplicates. */
  readonly onIdLimit?: (limit: number) => void;
  /** Include the Party-policy advice (default `true`); it never changes a verdict, so leaving it out changes nothing else. */
  readonly policy?: boolean;
  /** Citations with their confidence and maintainers' notes (`--details`; default `false`). */
  readonly details?: boolean;
  /** The province overlays (`--overlays`, read by `overlaysOption`; default the library's built-in ones). */
  readonly overlays?: OverlayRegistry;
}

/**
 * The duplicate-id check remembers at most this many ids (about 40 bytes
 * each for ids of 10 characters, see `IdIndex`), so memory stays bounded on
 * any file; later ids are not checked, and the command says so.
 */
export const MAX_TRACKED_IDS = 250_000;

/** …and at most this many characters of id text (8 MB), however long the ids. */
export const MAX_TRACKED_ID_CHARS = 4_000_000;

const ELECTION_DATE_OPTION: ColumnRef = { header: '--election-date' };
const PROVINCE_OPTION: ColumnRef = { header: '--province' };

/**
 * The heart of `truongthon check`: turns source rows into output records,
 * one for one, in order, lazily (a row is read only when the previous record
 * has been taken, so memory stays flat and a slow writer slows the reader).
 * Holds no domain logic: rows are read into the library's input shapes and
 * checked with the library's `createCandidateChecker`; cells that cannot be read, duplicate ids and
 * options contradicting a column make the row `invalid`, naming the column.
 * Remembers the ids seen (to report duplicates, in a bounded compact index),
 * nothing else.
 */
export async function* checkRows(rows: AsyncIterable<SourceRow>, resolver: FieldResolver, options: CheckRowsOptions = {}): AsyncGenerator<CheckRecord> {
  const check = rowChecker(resolver, options);
  for await (const source of rows) yield check(source);
}

/**
 * The work of {@link checkRows} on one row, synchronously: a function that
 * turns each source row into its record, remembering the ids seen. For
 * callers that take rows in batches (`truongthon check` on CSV).
 */
export function rowChecker(resolver: FieldResolver, options: CheckRowsOptions = {}): (source: SourceRow) => CheckRecord {
  const lang = options.lang ?? 'vi';
  const ids = new IdIndex(options.maxTrackedIds ?? MAX_TRACKED_IDS, options.maxTrackedIdChars ?? MAX_TRACKED_ID_CHARS);
  const readOptions = { date1904: options.date1904 ?? false };
  const checkCandidate = createCandidateChecker({ trace: false, ...(options.today ? { today: options.today } : {}), ...(options.overlays ? { overlays: options.overlays } : {}) });
  return (source) => {
    if (source.error) return unreadableRecord(source.row, { code: source.error.code, column: null, field: null, params: source.error.params ?? {} }, lang);
    const read = readCandidateRow(source.record, resolver, readOptions);
    const issues: RowIssue[] = [];
    if (source.readIssues) {
      for (const readIssue of source.readIssues) {
        const header = readIssue.params?.['column'];
        const field = header === undefined ? null : (resolver.field(String(header)) ?? null);
        // A broken cell in a column we do not read (notes, totals) does not matter.
        if (header !== undefined && field === null) continue;
        issues.push({ code: readIssue.code, column: header === undefined ? null : resolver.column(String(header)), field, params: readIssue.params ?? {} });
      }
    }
    for (const issue of read.issues) issues.push(issue);
    const id = typeof read.candidate['id'] === 'string' ? read.candidate['id'] : null;
    if (id !== null) {
      const first = ids.firstRow(id, source.row);
      if (first !== undefined) {
        const column = read.columns.get('id') ?? { header: 'id' };
        issues.push({ code: 'cli.duplicate-id', column, field: 'id', params: { column: column.header, firstRow: first } });
      } else if (ids.limit !== undefined) options.onIdLimit?.(ids.limit);
    }
    const context = rowContext(read, options, issues);
    const checked = checkCandidate(read.candidate, context);
    const result = options.policy === false ? { ...checked, findings: checked.findings.filter((finding) => finding.kind !== 'policy') } : checked;
    if (result.issues.length > 0) {
      // Fields the CLI could not read were left out: the library's "required" for them would only repeat the problem.
      const failed = new Set(issues.map((i) => i.field));
      for (const issue of result.issues) {
        if (failed.has(issue.path)) continue;
        issues.push({ code: issue.code, column: columnOf(read, issue.path), field: issue.path, params: stringParams(issue.params) });
      }
    }
    return checkRecord(source.row, read.candidate, result, issues, lang, options.details === true, options.overlays?.documents);
  };
}

function rowContext(read: CandidateRow, options: CheckRowsOptions, issues: RowIssue[]): { electionDate?: string; province?: string } {
  const context: { electionDate?: string; province?: string } = {};
  const date = read.context.electionDate ?? options.electionDate;
  if (date !== undefined) context.electionDate = date;
  if (read.context.electionDate !== undefined && options.electionDate !== undefined && read.context.electionDate !== options.electionDate) {
    const column = read.columns.get('electionDate')!;
    issues.push({ code: 'cli.context-conflict', column, field: 'electionDate', params: { column: column.header, option: '--election-date' } });
  }
  const province = read.context.province ?? options.province;
  if (province !== undefined) context.province = province;
  if (read.context.province !== undefined && options.province !== undefined && !sameProvince(read.context.province, options.province, date)) {
    const column = read.columns.get('province')!;
    issues.push({ code: 'cli.context-conflict', column, field: 'province', params: { column: column.header, option: '--province' } });
  }
  return context;
}

function sameProvince(a: string, b: string, date: string | undefined): boolean {
  if (date !== undefined) {
    const pa = findProvince(a, date);
    const pb = findProvince(b, date);
    if (pa && pb) return pa.code === pb.code;
  }
  return foldKey(a) === foldKey(b);
}

function columnOf(read: CandidateRow, path: string): ColumnRef | null {
  const column = read.columns.get(path as CandidateField);
  if (column) return column;
  if (path === 'electionDate') return ELECTION_DATE_OPTION;
  if (path === 'province') return PROVINCE_OPTION;
  return null;
}

function stringParams(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}
