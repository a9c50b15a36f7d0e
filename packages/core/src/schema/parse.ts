import type { InputIssue } from './inputIssue';
import { toInputIssues } from './inputIssue';
import { isBlankText } from '../text/normalizeText';

/** The result of {@link parseInput}: the parsed value, or coded issues. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

interface SafeParsable<T> {
  safeParse(input: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/**
 * Drops members whose value is a blank string (empty, or only white space and
 * invisible format characters: `isBlankText`),
 * at any depth of plain objects: a blank spreadsheet cell or form field means
 * "not given", so a blank required field is reported as `input.required`.
 */
export function dropBlanks(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (typeof member === 'string' && isBlankText(member)) continue;
    out[key] = dropBlanks(member);
  }
  return out;
}

/**
 * Parses untrusted input with one of the core schemas and returns either the
 * value or coded {@link InputIssue}s. Blank strings count as not given
 * ({@link dropBlanks}). Never throws, never touches zod's global configuration.
 *
 * @example
 * const r = parseInput(candidateSchema, row);
 * if (!r.ok) console.log(r.issues); // [{ path: 'dateOfBirth', code: 'input.invalid-date', params: {} }]
 */
export function parseInput<T>(schema: SafeParsable<T>, input: unknown): ParseResult<T> {
  // reportInput lets a wrong type be told apart from a missing value; the value is never copied out.
  const result = schema.safeParse(dropBlanks(input), { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toInputIssues(result.error.issues as Parameters<typeof toInputIssues>[0]) };
}
