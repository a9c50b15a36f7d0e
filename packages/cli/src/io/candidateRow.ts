import type { Coerced, DateOptions } from './coerce';
import { FieldResolver as GenericResolver, type HeaderMapping, readFields, type RowIssue, setPath } from './fields';
import { type CandidateField, coercerFor, fieldForHeader } from './headers';
import type { Cell, ColumnRef } from './types';

export type { RowIssue } from './fields';

/** A row read into the library's input shapes. */
export interface CandidateRow {
  /** The candidate, in the shape of the core `candidateSchema` (fields that failed to read are left out). */
  readonly candidate: Record<string, unknown>;
  /** Election date and province from the row's own columns, if any. */
  readonly context: { electionDate?: string; province?: string };
  /** Cells that could not be read. */
  readonly issues: RowIssue[];
  /** The column each field came from. */
  readonly columns: ReadonlyMap<CandidateField, ColumnRef>;
}

/** Options of {@link readCandidateRow}. */
export interface RowReadOptions {
  /** XLSX workbooks in the 1904 date system. */
  readonly date1904?: boolean;
}

/** Resolves candidate-file headers to fields (see the generic `FieldResolver`). */
export class FieldResolver extends GenericResolver<CandidateField> {
  constructor(mapping?: HeaderMapping<CandidateField>) {
    super(fieldForHeader, mapping);
  }
}

/**
 * Reads one record into the library's input: maps each header to its field,
 * coerces the cell by the field's type (yes/no, date, gender, post, text,
 * citizen id) and nests attestations. A cell that cannot be read becomes a
 * {@link RowIssue} naming its column; the value is never copied into it.
 *
 * @example
 * readCandidateRow({ 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '10/01/2000', 'Đảng viên': 'x' }, new FieldResolver()).candidate
 * // { fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-10', partyMember: true }
 */
export function readCandidateRow(record: Readonly<Record<string, Cell>>, resolver: GenericResolver<CandidateField>, options: RowReadOptions = {}): CandidateRow {
  const plan = planFor(resolver);
  if (plan) return readPlanned(record, plan, options.date1904 ? DATE_1904 : DATE_1900);
  const read = readFields(record, resolver, (field, cell) => coerceCandidateField(field, cell, options));
  const candidate: Record<string, unknown> = {};
  const context: { electionDate?: string; province?: string } = {};
  for (const [field, value] of read.values) {
    if (field === 'electionDate' || field === 'province') context[field] = value as string;
    else setPath(candidate, field, value);
  }
  return { candidate, context, issues: read.issues, columns: read.columns };
}

/*
 * The fast path for files with a header (CSV, XLSX: the resolver has a
 * mapping). Same result as the general path above, which reads any record
 * (JSON keys resolved as they come): the record's keys in their order, each
 * mapped key's cell coerced by its field's type, fields nested, context apart.
 * What the general path finds out per cell and per row (the field, its
 * column, its type, where it nests) is worked out once per mapping. When a
 * row has exactly the mapped columns in mapping order (every row of a CSV or
 * XLSX file does), `columns` is one map shared by those rows: read-only.
 */
interface PlannedField {
  readonly field: CandidateField;
  readonly column: ColumnRef;
  /** How its cells are read (looked up once per mapping). */
  readonly coerce: (cell: Cell, options: DateOptions) => Coerced<unknown>;
  /** Where the value goes: `context`, the candidate, or a nested object of the candidate (`attestations`). */
  readonly target: 'context' | 'candidate' | 'nested';
  readonly key: string;
  readonly parent: string;
  readonly issueParams: Readonly<Record<string, string>>;
}

interface Plan {
  readonly byHeader: ReadonlyMap<string, PlannedField>;
  readonly order: readonly PlannedField[];
  readonly columns: ReadonlyMap<CandidateField, ColumnRef>;
  /** The keys of the last record read, and what each maps to: the next record of a file has the same keys. */
  lastKeys: readonly string[];
  lastFields: readonly (PlannedField | undefined)[];
}

const PLANS = new WeakMap<HeaderMapping<CandidateField>, Plan | null>();
const DATE_1900 = Object.freeze({ date1904: false });
const DATE_1904 = Object.freeze({ date1904: true });

function planFor(resolver: GenericResolver<CandidateField>): Plan | null {
  const mapping = resolver.mapping;
  if (!mapping) return null;
  let plan = PLANS.get(mapping);
  if (plan === undefined) {
    plan = buildPlan(mapping);
    PLANS.set(mapping, plan);
  }
  return plan;
}

function buildPlan(mapping: HeaderMapping<CandidateField>): Plan | null {
  const byHeader = new Map<string, PlannedField>();
  const order: PlannedField[] = [];
  const columns = new Map<CandidateField, ColumnRef>();
  for (const [header, field] of mapping.byHeader) {
    const column = mapping.fields.get(field) ?? { header };
    const dot = field.indexOf('.');
    // Nested more than one level, or a field twice: the general path.
    if (dot >= 0 && field.indexOf('.', dot + 1) >= 0) return null;
    if (columns.has(field)) return null;
    const planned: PlannedField = {
      field,
      column,
      coerce: coercerFor(field),
      target: field === 'electionDate' || field === 'province' ? 'context' : dot < 0 ? 'candidate' : 'nested',
      key: dot < 0 ? field : field.slice(dot + 1),
      parent: dot < 0 ? '' : field.slice(0, dot),
      issueParams: { column: column.header },
    };
    byHeader.set(header, planned);
    order.push(planned);
    columns.set(field, column);
  }
  return { byHeader, order, columns, lastKeys: [], lastFields: [] };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function readPlanned(record: Readonly<Record<string, Cell>>, plan: Plan, dateOptions: DateOptions): CandidateRow {
  const candidate: Record<string, unknown> = {};
  const context: { electionDate?: string; province?: string } = {};
  const issues: RowIssue[] = [];
  let inOrder = 0;
  let shuffled = false;
  const headers = Object.keys(record);
  let fields = plan.lastFields;
  if (!sameKeys(headers, plan.lastKeys)) {
    fields = headers.map((header) => plan.byHeader.get(header));
    plan.lastKeys = headers;
    plan.lastFields = fields;
  }
  for (let i = 0; i < headers.length; i += 1) {
    const planned = fields[i];
    if (planned === undefined) continue;
    const header = headers[i]!;
    if (!shuffled && plan.order[inOrder] === planned) inOrder += 1;
    else shuffled = true;
    const result = planned.coerce(record[header] as Cell, dateOptions);
    if (!result.ok) {
      issues.push({ code: result.code, column: planned.column, field: planned.field, params: { ...planned.issueParams, ...result.params } });
      continue;
    }
    const value = result.value;
    if (value === null) continue;
    if (planned.target === 'candidate') candidate[planned.key] = value;
    else if (planned.target === 'nested') ((candidate[planned.parent] ??= {}) as Record<string, unknown>)[planned.key] = value;
    else context[planned.key as 'electionDate' | 'province'] = value as string;
  }
  let columns = plan.columns;
  if (shuffled || inOrder !== plan.order.length) {
    const own = new Map<CandidateField, ColumnRef>();
    for (const header of headers) {
      const planned = plan.byHeader.get(header);
      if (planned !== undefined) own.set(planned.field, planned.column);
    }
    columns = own;
  }
  return { candidate, context, issues, columns };
}

/** Coerces a cell by the kind of a candidate field. */
export function coerceCandidateField(field: CandidateField, cell: Cell, options: RowReadOptions = {}): Coerced<unknown> {
  return coercerFor(field)(cell, options.date1904 ? DATE_1904 : DATE_1900);
}
