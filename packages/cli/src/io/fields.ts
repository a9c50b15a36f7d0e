import { foldKey } from '@truongthon/core';
import type { CliMessageCode } from '../messages';
import type { Coerced } from './coerce';
import type { Cell, ColumnRef, SourceRow } from './types';

/** Finds the field a header names, or `undefined`. */
export type FieldLookup<F extends string> = (header: string) => F | undefined;

function snake(path: string): string {
  return path.replace(/\./gu, '_').replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toLowerCase();
}

/**
 * Builds a header → field look-up from alias lists written as folded keys
 * (`foldKey`: lower case, no diacritics, `_` between words). Each field's
 * own dotted name, its snake_case and camelCase forms, and those of its last
 * segment, are added. Bracketed notes in a header are ignored: "Ngày sinh
 * (dd/mm/yyyy)". Two fields claiming one alias is a programming error.
 */
export function buildLookup<F extends string>(fields: readonly F[], aliases: Readonly<Record<F, readonly string[]>>, options: { readonly leafNames?: boolean } = {}): FieldLookup<F> {
  const index = new Map<string, F>();
  for (const field of fields) {
    const leaf = field.split('.').at(-1)!;
    const names = [...aliases[field], foldKey(field), snake(field), ...(options.leafNames === false ? [] : [foldKey(leaf), snake(leaf)])];
    for (const name of names) {
      const existing = index.get(name);
      if (existing !== undefined && existing !== field) throw new Error(`header alias ${name} claimed by ${existing} and ${field}`);
      index.set(name, field);
    }
  }
  return (header: string) => {
    const key = foldKey(header);
    if (key === '') return undefined;
    const direct = index.get(key);
    if (direct) return direct;
    const stripped = foldKey(header.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' '));
    return stripped === '' ? undefined : index.get(stripped);
  };
}

/** A header mapped to a field. */
export interface HeaderMapping<F extends string = string> {
  /** Field → the column it is read from. */
  readonly fields: ReadonlyMap<F, ColumnRef>;
  /** Header text → field, for reading records keyed by header. */
  readonly byHeader: ReadonlyMap<string, F>;
  /** Columns that map to no field (reported, then ignored). */
  readonly ignored: readonly ColumnRef[];
  /** Two columns for the same field: an error naming both. */
  readonly conflicts: readonly { readonly field: F; readonly first: ColumnRef; readonly second: ColumnRef }[];
}

/** Maps the header of a tabular file with a look-up: empty headers skipped, unknown ones listed, two for one field in `conflicts`. */
export function mapColumns<F extends string>(columns: readonly ColumnRef[], lookup: FieldLookup<F>): HeaderMapping<F> {
  const fields = new Map<F, ColumnRef>();
  const byHeader = new Map<string, F>();
  const ignored: ColumnRef[] = [];
  const conflicts: { field: F; first: ColumnRef; second: ColumnRef }[] = [];
  for (const column of columns) {
    if (column.header.trim() === '') continue;
    const field = lookup(column.header);
    if (!field) {
      ignored.push(column);
      continue;
    }
    const first = fields.get(field);
    if (first) {
      conflicts.push({ field, first, second: column });
      continue;
    }
    fields.set(field, column);
    byHeader.set(column.header, field);
  }
  return { fields, byHeader, ignored, conflicts };
}

/**
 * Resolves headers to fields: from a {@link HeaderMapping} (CSV/XLSX, mapped
 * once) or lazily per key (JSON), caching each key and remembering unknown
 * keys (capped) for a notice.
 */
export class FieldResolver<F extends string = string> {
  readonly #mapping: HeaderMapping<F> | undefined;
  readonly #lookup: FieldLookup<F>;
  readonly #cache = new Map<string, F | null>();
  /** Keys seen that map to no field (JSON), capped at 50. */
  readonly unknown = new Set<string>();

  constructor(lookup: FieldLookup<F>, mapping?: HeaderMapping<F>) {
    this.#lookup = lookup;
    this.#mapping = mapping;
  }

  /** The header mapping this resolver reads by (CSV/XLSX), or `undefined` when it resolves keys as they come (JSON). */
  get mapping(): HeaderMapping<F> | undefined {
    return this.#mapping;
  }

  field(header: string): F | undefined {
    if (this.#mapping) return this.#mapping.byHeader.get(header);
    let field = this.#cache.get(header);
    if (field === undefined) {
      field = this.#lookup(header) ?? null;
      if (this.#cache.size < 10_000) this.#cache.set(header, field);
      if (field === null && header.trim() !== '' && this.unknown.size < 50) this.unknown.add(header);
    }
    return field ?? undefined;
  }

  column(header: string): ColumnRef {
    if (this.#mapping) {
      const field = this.#mapping.byHeader.get(header);
      if (field) return this.#mapping.fields.get(field) ?? { header };
    }
    return { header };
  }
}

/** A problem with one cell (or the row), naming its column and field. */
export interface RowIssue {
  readonly code: string;
  readonly column: ColumnRef | null;
  readonly field: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The cells of a record read into typed values by field. */
export interface ReadFields<F extends string> {
  /** Values by field; empty cells are absent (unknown). */
  readonly values: Map<F, unknown>;
  /** Cells that could not be read, naming their column; never the value. */
  readonly issues: RowIssue[];
  /** The column each field came from. */
  readonly columns: Map<F, ColumnRef>;
}

/**
 * Reads a record keyed by header: each header is resolved to a field and its
 * cell coerced by `coerce`. Two headers for one field (possible in JSON) and
 * cells that cannot be read become {@link RowIssue}s.
 */
export function readFields<F extends string>(record: Readonly<Record<string, Cell>>, resolver: FieldResolver<F>, coerce: (field: F, cell: Cell) => Coerced<unknown>): ReadFields<F> {
  const values = new Map<F, unknown>();
  const issues: RowIssue[] = [];
  const columns = new Map<F, ColumnRef>();
  for (const [header, cell] of Object.entries(record)) {
    const field = resolver.field(header);
    if (!field) continue;
    const column = resolver.column(header);
    const first = columns.get(field);
    if (first) {
      issues.push({ code: 'cli.header-duplicate-field', column, field, params: { field, first: first.header, second: column.header } });
      continue;
    }
    columns.set(field, column);
    const result = coerce(field, cell);
    if (!result.ok) {
      issues.push({ code: result.code, column, field, params: { column: column.header, ...result.params } });
      continue;
    }
    if (result.value !== null) values.set(field, result.value);
  }
  return { values, issues, columns };
}

/**
 * The issues found while reading a record that is passed to the library in
 * its own shape (a JSON / NDJSON element: a field given twice): each names
 * its key path as the field and, when it has one, the key as its column.
 * None is let go: the library reads every key of such a record.
 */
export function rawRecordIssues(source: SourceRow): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const issue of source.readIssues ?? []) {
    const params = issue.params ?? {};
    const column = params['column'];
    const field = params['field'] ?? column;
    issues.push({ code: issue.code, column: column === undefined ? null : { header: String(column) }, field: field === undefined ? null : String(field), params });
  }
  return issues;
}

/** Sets a dotted path (`a.b`) in an object, creating the parent. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf('.');
  if (dot < 0) {
    target[path] = value;
    return;
  }
  const head = path.slice(0, dot);
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, path.slice(dot + 1), value);
}

/** Codes a {@link RowIssue} from the CLI can carry (the rest come from the library). */
export type RowIssueCode = CliMessageCode;
