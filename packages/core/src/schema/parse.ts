import type { InputIssue } from './inputIssue';
import { toInputIssues } from './inputIssue';
import { isBlankText } from '../text/normalizeText';

/** The result of {@link parseInput}: the parsed value, or coded issues. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

interface SafeParsable<T> {
  safeParse(input: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** How deep {@link dropBlanks} looks into nested plain objects; deeper members are left as they are (no schema nests nearly so deep). */
const MAX_DEPTH = 32;

/**
 * Drops members whose value is a blank string (empty, or only white space and
 * invisible format characters: `isBlankText`),
 * at any depth of plain objects up to 32 levels (deeper members are left as
 * they are for the schema to reject): a blank spreadsheet cell or form field
 * means "not given", so a blank required field is reported as
 * `input.required`. Each object is copied once, however often it is reached
 * (a cycle, or one object shared by many members, costs one copy, never an
 * exponential number). Copies have no prototype, so an own `__proto__`
 * member stays a member (the schema reports it as an unknown field). Never
 * throws: an input that cannot be read (a throwing getter, a revoked proxy)
 * is returned as it is, for the schema to report.
 */
export function dropBlanks(value: unknown, depth = 0): unknown {
  try {
    return withoutBlanks(value, depth, new Map());
  } catch {
    return value;
  }
}

function withoutBlanks(value: unknown, depth: number, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || depth >= MAX_DEPTH) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  // No prototype: an own `__proto__` member is copied as a member, never as the copy's prototype.
  // `Object.setPrototypeOf({}, null)` rather than `Object.create(null)`: the same object, read faster by V8.
  const out: Record<string, unknown> = Object.setPrototypeOf({}, null);
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (typeof member !== 'string' || !isBlankText(member)) out[key] = withoutBlanks(member, depth + 1, copies);
  }
  return out;
}

/** The issue for an input that could not even be read (a getter that throws, a revoked proxy, …). */
export const UNREADABLE: ParseResult<never> = Object.freeze({ ok: false, issues: Object.freeze([Object.freeze({ path: '', code: 'input.unreadable', params: Object.freeze({}) })]) });

/**
 * Parses untrusted input with one of the core schemas and returns either the
 * value or coded {@link InputIssue}s. Blank strings count as not given
 * ({@link dropBlanks}). Never throws: an input that cannot be read at all (a
 * throwing getter, a revoked proxy) gives the issue `input.unreadable`. Never
 * touches zod's global configuration.
 *
 * @example
 * const r = parseInput(candidateSchema, row);
 * if (!r.ok) console.log(r.issues); // [{ path: 'dateOfBirth', code: 'input.invalid-date', params: {} }]
 */
export function parseInput<T>(schema: SafeParsable<T>, input: unknown): ParseResult<T> {
  let result: ReturnType<SafeParsable<T>['safeParse']>;
  try {
    // reportInput lets a wrong type be told apart from a missing value; the value is never copied out.
    result = schema.safeParse(dropBlanks(input), { reportInput: true });
  } catch {
    // Reading the input itself failed: a getter threw, a proxy was revoked, … (never the schema's own doing).
    return UNREADABLE;
  }
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toInputIssues(result.error.issues as Parameters<typeof toInputIssues>[0]) };
}
