import { coerceCitizenId, coerceDate, coerceFlag, coerceGender, coerceRole, coerceText, type Coerced } from './coerce';
import { FieldResolver as GenericResolver, type HeaderMapping, readFields, type RowIssue, setPath } from './fields';
import { type CandidateField, FIELD_TYPES, fieldForHeader } from './headers';
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
  const read = readFields(record, resolver, (field, cell) => coerceCandidateField(field, cell, options));
  const candidate: Record<string, unknown> = {};
  const context: { electionDate?: string; province?: string } = {};
  for (const [field, value] of read.values) {
    if (field === 'electionDate' || field === 'province') context[field] = value as string;
    else setPath(candidate, field, value);
  }
  return { candidate, context, issues: read.issues, columns: read.columns };
}

/** Coerces a cell by the type of a candidate field. */
export function coerceCandidateField(field: CandidateField, cell: Cell, options: RowReadOptions = {}): Coerced<unknown> {
  switch (FIELD_TYPES[field]) {
    case 'date':
      return coerceDate(cell, { date1904: options.date1904 ?? false });
    case 'flag':
      return coerceFlag(cell);
    case 'gender':
      return coerceGender(cell);
    case 'role':
      return coerceRole(cell);
    case 'citizenId':
      return coerceCitizenId(cell);
    case 'text':
      return coerceText(cell);
  }
}
