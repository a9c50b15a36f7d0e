import { type AttestationKey, type CandidateInput, foldKey } from '@truongthon/core';
import { CANDIDATE_FIELDS as CANDIDATE, CANDIDATE_HEADERS, CANDIDATE_VALUE_SPELLINGS, CONTEXT_FIELDS, type FieldDescription } from '@truongthon/rules';
import { type Coerced, coercerOf, type DateOptions } from './coerce';
import { buildLookup, type FieldLookup, type HeaderMapping, mapColumns } from './fields';
import type { Cell, ColumnRef } from './types';

export type { HeaderMapping } from './fields';

/** The candidate's own top-level fields (the core candidate schema's keys but the nested `attestations`). */
type OwnField = Exclude<keyof CandidateInput, 'attestations'>;

/**
 * The fields a candidate row can carry: the candidate's own (dotted paths of
 * the core candidate schema) and the election context (`electionDate`,
 * `province`).
 */
export type CandidateField = OwnField | `attestations.${AttestationKey}` | 'electionDate' | 'province';

/** The fields a candidate row can carry, described by `@truongthon/rules` (the candidate's, then the election context's). */
const DESCRIPTIONS: readonly FieldDescription[] = [...CANDIDATE, ...CONTEXT_FIELDS];

/**
 * Every {@link CandidateField}, in the order of the rules' field
 * descriptions (the candidate schema's, then the context's): a field added
 * to the schema is a column here without another list.
 */
export const CANDIDATE_FIELDS: readonly CandidateField[] = DESCRIPTIONS.map((field) => field.path as CandidateField);

/** How each field's cells are read, by path: from its kind (and, for a choice, the rules' spellings of its values). */
export function candidateCoercers(fields: readonly FieldDescription[]): ReadonlyMap<string, (cell: Cell, options: DateOptions) => Coerced<unknown>> {
  return new Map(fields.map((field) => [field.path, coercerOf(field, CANDIDATE_VALUE_SPELLINGS[field.path])]));
}

const COERCERS = candidateCoercers(DESCRIPTIONS);

/** The reader of a candidate field's cells. */
export function coercerFor(field: CandidateField): (cell: Cell, options: DateOptions) => Coerced<unknown> {
  return COERCERS.get(field)!;
}

/**
 * Columns spreadsheets commonly carry that are not candidate data (row
 * numbers, notes, signatures): ignored without a notice.
 */
export const SILENTLY_IGNORED: ReadonlySet<string> = new Set(['stt', 'so_thu_tu', 'tt', 'ghi_chu', 'note', 'notes', 'remarks', 'ky_ten', 'chu_ky']);

/** Whether a header is one of {@link SILENTLY_IGNORED}. */
export function isSilentlyIgnored(header: string): boolean {
  return SILENTLY_IGNORED.has(foldKey(header.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ')));
}

/** The fields a candidate file must have a column for (the candidate schema's required fields; the rest may be absent). */
export const REQUIRED_FIELDS: readonly CandidateField[] = CANDIDATE.filter((field) => field.required).map((field) => field.path as CandidateField);

/**
 * The header look-up of some candidate fields: each field's rules'
 * spellings, labels and own names (`CANDIDATE_FIELDS` and the context's for
 * the library's schema; more for an extended one).
 */
export function candidateLookup(fields: readonly FieldDescription[]): FieldLookup<CandidateField> {
  return buildLookup(fields.map((field) => field.path as CandidateField), headerSpellings(fields, CANDIDATE_HEADERS));
}

const LOOKUP: FieldLookup<CandidateField> = candidateLookup(DESCRIPTIONS);

/**
 * Header spellings per field: the rules' spreadsheet spellings and the
 * field's labels in both languages, as folded keys (bracketed notes left
 * out, as headers are read).
 */
export function headerSpellings<F extends string>(fields: readonly FieldDescription[], spellings: Readonly<Record<string, readonly string[]>>): Record<F, readonly string[]> {
  const labelKeys = (field: FieldDescription) => [field.label.vi, field.label.en].map((label) => foldKey(label.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' '))).filter((key) => key !== '');
  return Object.fromEntries(fields.map((field) => [field.path, [...new Set([...(spellings[field.path] ?? []), ...labelKeys(field)])]])) as unknown as Record<F, readonly string[]>;
}

/**
 * The field a header names, or `undefined`. Case-, diacritic- and
 * separator-insensitive; bracketed notes are ignored.
 *
 * @example
 * fieldForHeader('Họ và tên') // 'fullName'
 * fieldForHeader('Ngày sinh (dd/mm/yyyy)') // 'dateOfBirth'
 * fieldForHeader('attestations.health') // 'attestations.health'
 */
export function fieldForHeader(header: string): CandidateField | undefined {
  return LOOKUP(header);
}

/** Accepted header spellings of a field, for error messages: its Vietnamese label and its name. */
export function acceptedHeaders(field: CandidateField): string {
  const label = DESCRIPTIONS.find((description) => description.path === field)?.label.vi;
  return label === undefined || label === field ? `"${field}"` : `"${label}", "${field}"`;
}

/** A header mapped to a field. */
export interface MappedColumn {
  readonly column: ColumnRef;
  readonly field: CandidateField;
}

/**
 * Maps the headers of a candidate file to fields. Empty headers are skipped;
 * unknown ones are listed in `ignored`; two headers naming the same field are
 * `conflicts`.
 *
 * @example
 * mapHeaders([{ header: 'Họ và tên', letter: 'A' }, { header: 'Ngày sinh', letter: 'B' }]).fields.get('fullName')
 * // { header: 'Họ và tên', letter: 'A' }
 */
export function mapHeaders(columns: readonly ColumnRef[]): HeaderMapping<CandidateField> {
  return mapColumns(columns, LOOKUP);
}

/** Spreadsheet column letter of a 0-based index: 0 → `A`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
