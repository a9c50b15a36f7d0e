import type { MeetingRecordInput } from '@truongthon/core';
import { MEETING_FIELDS as MEETING, MEETING_HEADERS, MEETING_VALUE_SPELLINGS } from '@truongthon/rules';
import { coerceText, type Coerced } from './coerce';
import { buildLookup, type FieldLookup, FieldResolver, rawRecordIssues, readFields, type RowIssue, setPath } from './fields';
import { headerSpellings } from './headers';
import type { Cell, ColumnRef, SourceRow } from './types';
import { columnCoercer, type LeafPath } from './unitRows';

/** A line of the meeting record's list of candidates. */
type CandidateLine = NonNullable<MeetingRecordInput['candidates']>[number];

/**
 * A column of a meeting file: a field of the library's meeting record, by
 * dotted path, but the candidate's on its row (`candidate.name`,
 * `candidate.votes`, `candidate.nominatedBy`) for the record's list of
 * candidates.
 */
export type MeetingField = Exclude<LeafPath<MeetingRecordInput>, 'candidates'> | `candidate.${LeafPath<CandidateLine>}`;

/** The column of a field the rules describe: `candidates.name` (a line of the record's list) is the row's `candidate.name`. */
const columnOf = (path: string): MeetingField => path.replace(/^candidates\./u, 'candidate.') as MeetingField;
/** The record's path of a column, for naming the library's issues: `candidate.name` is `candidates.name`. */
const pathOf = (field: string): string => field.replace(/^candidate\./u, 'candidates.');

/**
 * Columns of a meeting file (biên bản họp bầu), long format: one row per
 * candidate, the meeting's own columns repeated (or left empty) on its
 * following rows. A motion (dismissal, removal, cho thôi làm) is one row.
 * The fields of the library's meeting record as the rules describe them
 * (`MEETING_FIELDS` of `@truongthon/rules`), in its order.
 */
export const MEETING_FIELDS: readonly MeetingField[] = MEETING.map((field) => columnOf(field.path));

const CANDIDATE_LEVEL: ReadonlySet<MeetingField> = new Set(MEETING_FIELDS.filter((field) => field.startsWith('candidate.')));

/** Header → meeting field: the rules' spellings, each field's labels and its own name. */
export const meetingFieldForHeader: FieldLookup<MeetingField> = buildLookup(
  MEETING_FIELDS,
  Object.fromEntries(Object.entries(headerSpellings(MEETING, MEETING_HEADERS)).map(([path, spellings]) => [columnOf(path), spellings])) as Record<MeetingField, readonly string[]>,
  { leafNames: false },
);

/** The meeting fields a tabular meeting file must have a column for: those the meeting record requires. */
export const REQUIRED_MEETING_FIELDS: readonly MeetingField[] = MEETING.filter((field) => field.required).map((field) => columnOf(field.path));

/** Names of the election group's members in one cell, separated by semicolons (a line break in the cell is read as a space, as in every text cell). */
function coerceNames(cell: Cell): Coerced<unknown> {
  const text = coerceText(cell);
  if (!text.ok || text.value === null) return text;
  return { ok: true, value: text.value.split(/[;\n]/u).map((s) => s.trim()).filter((s) => s !== '') };
}

/** How each column's cells are read, from the rules' description of its field (a list, `electionGroup`, as names). */
const COERCERS: ReadonlyMap<string, (cell: Cell, options: { readonly date1904?: boolean }) => Coerced<unknown>> = new Map(
  MEETING.map((field) => [columnOf(field.path), field.kind === 'list' ? coerceNames : columnCoercer(field, MEETING_VALUE_SPELLINGS)]),
);

/** Coerces a cell of a meeting file by its field. */
export function coerceMeetingField(field: MeetingField, cell: Cell, options: { readonly date1904?: boolean } = {}): Coerced<unknown> {
  return COERCERS.get(field)!(cell, { date1904: options.date1904 ?? false });
}

/** One meeting as read from its rows, ready for the library's `evaluateMeeting`. */
export interface MeetingGroup {
  /** Row of its first line, and of its last. */
  readonly row: number;
  readonly lastRow: number;
  /** The meeting record in the library's shape (fields that failed to read are left out). */
  readonly record: Record<string, unknown>;
  readonly issues: RowIssue[];
  /** The column each field came from (for naming the library's issues). */
  readonly columns: ReadonlyMap<string, ColumnRef>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How many distinct meeting ids {@link groupMeetings} remembers to report duplicates (bounded memory). */
const MAX_TRACKED_MEETING_IDS = 250_000;

/**
 * Groups the rows of a tabular meeting file into meetings, lazily: rows
 * follow each other with the same meeting id (or, without an id column, the
 * same date and unit); the meeting's own cells are read from its first row,
 * and any later row that repeats one must agree (`cli.meeting-conflict`).
 * JSON / NDJSON elements are meetings already, in the library's shape.
 * A meeting id that comes back after another meeting (rows not kept
 * together, or the same record twice) makes that later meeting invalid
 * (`cli.duplicate-id`, naming the first row), so one meeting never gets two
 * outcomes silently. Holds one meeting at a time (and the ids seen, up to
 * `MAX_TRACKED_MEETING_IDS`).
 */
export async function* groupMeetings(rows: AsyncIterable<SourceRow>, resolver: FieldResolver<MeetingField>, options: { readonly date1904?: boolean } = {}): AsyncGenerator<MeetingGroup> {
  let current: { group: MeetingGroup; key: string; meeting: Map<MeetingField, unknown>; candidates: Record<string, unknown>[] } | undefined;
  const seenIds = new Map<string, number>();
  /** The duplicate-id issue of a meeting starting at `row`, or none (and the id is remembered). */
  const duplicateOf = (id: unknown, row: number, column: ColumnRef): RowIssue[] => {
    if (typeof id !== 'string' && typeof id !== 'number') return [];
    const key = String(id);
    const first = seenIds.get(key);
    if (first !== undefined) return [{ code: 'cli.duplicate-id', column, field: 'id', params: { column: column.header, firstRow: first } }];
    if (seenIds.size < MAX_TRACKED_MEETING_IDS) seenIds.set(key, row);
    return [];
  };
  const finish = (): MeetingGroup | undefined => {
    if (!current) return undefined;
    const { group, candidates } = current;
    if (candidates.length > 0) group.record['candidates'] = candidates;
    else if ((group.record['purpose'] ?? 'election') === 'election' && group.record['candidates'] === undefined) group.record['candidates'] = [];
    current = undefined;
    return group;
  };
  for await (const source of rows) {
    if (source.error || source.raw !== undefined) {
      const done = finish();
      if (done) yield done;
      if (source.error) {
        yield { row: source.row, lastRow: source.row, record: {}, issues: [{ code: source.error.code, column: null, field: null, params: source.error.params ?? {} }], columns: new Map() };
      } else {
        const raw = source.raw as Record<string, unknown> | null;
        const issues = [...rawRecordIssues(source), ...(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? duplicateOf(raw['id'], source.row, { header: 'id' }) : [])];
        yield { row: source.row, lastRow: source.row, record: source.raw as Record<string, unknown>, issues, columns: new Map() };
      }
      continue;
    }
    const read = readFields(source.record, resolver, (field, cell) => coerceMeetingField(field, cell, options));
    const readIssues: RowIssue[] = [];
    for (const issue of source.readIssues ?? []) {
      const header = issue.params?.['column'];
      const field = header === undefined ? null : (resolver.field(String(header)) ?? null);
      if (header !== undefined && field === null) continue;
      readIssues.push({ code: issue.code, column: header === undefined ? null : resolver.column(String(header)), field, params: issue.params ?? {} });
    }
    const id = read.values.get('id');
    const key = id !== undefined ? `id:${String(id)}` : `du:${String(read.values.get('electionDate') ?? '')}|${String(read.values.get('unit.code') ?? '')}|${String(read.values.get('unit.name') ?? '')}`;
    const continues = current !== undefined && (key === current.key || (id === undefined && read.values.get('electionDate') === undefined && read.values.get('unit.name') === undefined && read.values.get('unit.code') === undefined));
    if (!continues) {
      const done = finish();
      if (done) yield done;
      const record: Record<string, unknown> = {};
      const meeting = new Map<MeetingField, unknown>();
      for (const [field, value] of read.values) {
        if (CANDIDATE_LEVEL.has(field)) continue;
        meeting.set(field, value);
        setPath(record, field, value);
      }
      const duplicate = id === undefined ? [] : duplicateOf(id, source.row, read.columns.get('id') ?? { header: 'id' });
      current = { key, meeting, candidates: [], group: { row: source.row, lastRow: source.row, record, issues: [...readIssues, ...read.issues, ...duplicate], columns: new Map([...read.columns].map(([f, c]) => [pathOf(f), c])) } };
    } else {
      const group = current!.group;
      current = { ...current!, group: { ...group, lastRow: source.row } };
      current.group.issues.push(...readIssues, ...read.issues);
      for (const [field, value] of read.values) {
        if (CANDIDATE_LEVEL.has(field)) continue;
        const first = current.meeting.get(field);
        if (first === undefined) {
          current.meeting.set(field, value);
          setPath(current.group.record, field, value);
        } else if (!sameValue(first, value)) {
          const column = read.columns.get(field) ?? { header: field };
          current.group.issues.push({ code: 'cli.meeting-conflict', column, field, params: { column: column.header, firstRow: group.row } });
        }
      }
    }
    const name = read.values.get('candidate.name');
    const votes = read.values.get('candidate.votes');
    if (name !== undefined || votes !== undefined) {
      const candidate: Record<string, unknown> = {};
      if (name !== undefined) candidate['name'] = name;
      if (votes !== undefined) candidate['votes'] = votes;
      const by = read.values.get('candidate.nominatedBy');
      if (by !== undefined) candidate['nominatedBy'] = by;
      current!.candidates.push(candidate);
    }
  }
  const done = finish();
  if (done) yield done;
}

/** A resolver for meeting files. */
export function meetingResolver(mapping?: import('./fields').HeaderMapping<MeetingField>): FieldResolver<MeetingField> {
  return new FieldResolver(meetingFieldForHeader, mapping);
}
