import type { UnitRecordInput } from '@truongthon/core';
import { classifyUnitName, type FieldDescription, UNIT_FIELDS as UNIT, UNIT_HEADERS, UNIT_VALUE_SPELLINGS } from '@truongthon/rules';
import { coercerOf, coerceText, type Coerced } from './coerce';
import { buildLookup, type FieldLookup, FieldResolver, type HeaderMapping, rawRecordIssues, readFields, type RowIssue, setPath } from './fields';
import { headerSpellings } from './headers';
import type { Cell, ColumnRef, SourceRow } from './types';

/**
 * The dotted paths of a record type's leaves: `unit.name` for `{ unit: { name } }`;
 * a list (`electionGroup: string[]`) is one leaf.
 */
export type LeafPath<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[] ? K : NonNullable<T[K]> extends object ? `${K}.${LeafPath<NonNullable<T[K]>>}` : K;
}[keyof T & string];

/** A column of a unit file: a field of the library's unit record, by dotted path. */
export type UnitField = LeafPath<UnitRecordInput>;

/**
 * Columns of a unit file for the secretary-also-leader report: one row per
 * thôn / tổ dân phố, with its province, district (until 30/06/2025) and
 * commune, and its leader. The fields of the library's unit record, as the
 * rules describe them (`UNIT_FIELDS` of `@truongthon/rules`), in its order.
 */
export const UNIT_FIELDS: readonly UnitField[] = UNIT.map((field) => field.path as UnitField);

/** Header → unit field: the rules' spellings, each field's labels and its own name. */
export const unitFieldForHeader: FieldLookup<UnitField> = buildLookup(UNIT_FIELDS, headerSpellings<UnitField>(UNIT, UNIT_HEADERS), { leafNames: false });

/**
 * The fields a unit file must have a column for: those the unit record
 * requires, but the province's code, which {@link readUnits} reads from the
 * province's name when only the name is given.
 */
export const REQUIRED_UNIT_FIELDS: readonly UnitField[] = UNIT.filter((field) => field.required && field.path !== 'province.code').map((field) => field.path as UnitField);

/**
 * A cell of the kind column: any word of the library's vocabulary of unit
 * kinds (`UNIT_KIND_NAMES`, Nghị định 185/2026/NĐ-CP Điều 2: "Thôn", "Xóm",
 * "Ấp", "Khu phố", "Khóm", "TDP"…), or a whole unit name. A cell that does
 * not tell the kind ("Khu", a typo) is not an error: the kind is left out,
 * the name decides, and the report counts and names a unit whose kind
 * neither tells; the row is never left out for it.
 */
export function coerceUnitKind(cell: Cell): Coerced<unknown> {
  const text = coerceText(cell);
  if (!text.ok || text.value === null) return text;
  const kind = classifyUnitName(text.value);
  return { ok: true, value: kind ?? null };
}

/**
 * The reader of a column of a unit or meeting file, from the rules'
 * description of its field: by its kind (and a choice's spellings), but the
 * kind of a unit, read with the vocabulary of unit names ({@link coerceUnitKind}).
 */
export function columnCoercer(field: FieldDescription, spellings: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>): (cell: Cell, options: { readonly date1904?: boolean }) => Coerced<unknown> {
  return field.path === 'unit.kind' ? coerceUnitKind : coercerOf(field, spellings[field.path]);
}

const COERCERS: ReadonlyMap<string, (cell: Cell, options: { readonly date1904?: boolean }) => Coerced<unknown>> = new Map(UNIT.map((field) => [field.path, columnCoercer(field, UNIT_VALUE_SPELLINGS)]));

/** Coerces a cell of a unit file by its field. */
export function coerceUnitField(field: UnitField, cell: Cell): Coerced<unknown> {
  return COERCERS.get(field)!(cell, {});
}

/**
 * The kind of a unit from the opening word(s) of its name, when no column
 * says: the library's `classifyUnitName` (NĐ 185/2026/NĐ-CP Điều 2: "Thôn
 * 1", "Xóm 3", "Bản", "Plei Ơi", "Đội 2" → thôn; "Tổ dân phố 3", "Tổ 4",
 * "Khối 5", "Khu phố 2", "Khóm", "TDP" → tổ dân phố). Otherwise `undefined`
 * ("Khu 3" is used for both kinds): the row is kept, without a kind, and the
 * report names it.
 */
export function kindFromName(name: string): 'thon' | 'to_dan_pho' | undefined {
  return classifyUnitName(name);
}

/** One unit as read, ready for the library's report. */
export interface UnitRow {
  readonly row: number;
  /** The unit record in the library's shape; `null` when the row could not be read. */
  readonly record: Record<string, unknown> | null;
  readonly issues: RowIssue[];
  readonly columns: ReadonlyMap<string, ColumnRef>;
}

/**
 * Reads the rows of a unit file into unit records (JSON / NDJSON elements
 * are unit records already). A province given by name only gets its code
 * from `findProvince` (on the report date), and one given by code its name.
 * A province code that `findProvince` does not know on the report date (a
 * code retired on 01/07/2025, a typo) is kept as given, as the library
 * keeps it: the report counts the unit under that code and says
 * `report.unknown-province`, and a name that is not the one the code has
 * that day gives `report.province-name-mismatch`. Only a province given by a
 * name that names no province on that day leaves the row out
 * (`cli.province-not-found`, naming its row and column): without a code the
 * unit has nowhere to be counted.
 */
export async function* readUnits(rows: AsyncIterable<SourceRow>, resolver: FieldResolver<UnitField>, findProvince: (codeOrName: string) => { readonly code: string; readonly name: string } | undefined): AsyncGenerator<UnitRow> {
  for await (const source of rows) {
    if (source.error) {
      yield { row: source.row, record: null, issues: [{ code: source.error.code, column: null, field: null, params: source.error.params ?? {} }], columns: new Map() };
      continue;
    }
    if (source.raw !== undefined) {
      // A unit record already: the library reads it, and flags a province code that names no province on the report date.
      // A field given twice leaves it out (it is never counted with one of its two values picked silently).
      const issues = rawRecordIssues(source);
      yield { row: source.row, record: issues.length > 0 ? null : (source.raw as Record<string, unknown>), issues, columns: new Map() };
      continue;
    }
    const read = readFields(source.record, resolver, coerceUnitField);
    const issues: RowIssue[] = [];
    for (const issue of source.readIssues ?? []) {
      const header = issue.params?.['column'];
      const field = header === undefined ? null : (resolver.field(String(header)) ?? null);
      if (header !== undefined && field === null) continue;
      issues.push({ code: issue.code, column: header === undefined ? null : resolver.column(String(header)), field, params: issue.params ?? {} });
    }
    issues.push(...read.issues);
    const record: Record<string, unknown> = {};
    for (const [field, value] of read.values) setPath(record, field, value);
    const province = record['province'] as Record<string, unknown> | undefined;
    // A province given by name only gets its code; by code only, its name (both read on the report date).
    // The code is looked up when there is one (it decides the grouping), else the name. A code that names no
    // province that day is kept as given (the report flags it); a name that names none leaves no code to count under.
    if (province && (province['code'] !== undefined || province['name'] !== undefined)) {
      const byCode = province['code'] !== undefined;
      const given = String(province['code'] ?? province['name']);
      const found = findProvince(given);
      if (found) {
        province['code'] ??= found.code;
        province['name'] ??= found.name;
      } else if (!byCode) {
        const field: UnitField = 'province.name';
        const column = read.columns.get(field) ?? { header: field };
        issues.push({ code: 'cli.province-not-found', column, field, params: { column: column.header, province: given } });
      }
    }
    const unit = record['unit'] as Record<string, unknown> | undefined;
    if (unit && unit['kind'] === undefined && typeof unit['name'] === 'string') {
      const kind = kindFromName(unit['name']);
      if (kind) unit['kind'] = kind;
    }
    yield { row: source.row, record: issues.length > 0 ? null : record, issues, columns: read.columns };
  }
}

/** A resolver for unit files. */
export function unitResolver(mapping?: HeaderMapping<UnitField>): FieldResolver<UnitField> {
  return new FieldResolver(unitFieldForHeader, mapping);
}
