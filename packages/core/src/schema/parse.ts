import type { InputIssue } from './inputIssue';
import { toInputIssues } from './inputIssue';

/** The result of {@link parseInput}: the parsed value, or coded issues. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

interface SafeParsable<T> {
  safeParse(input: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/**
 * Parses untrusted input with one of the core schemas and returns either the
 * value or coded {@link InputIssue}s. Never throws, never touches zod's global
 * configuration.
 *
 * @example
 * const r = parseInput(candidateSchema, row);
 * if (!r.ok) console.log(r.issues); // [{ path: 'dateOfBirth', code: 'input.invalid-date', params: {} }]
 */
export function parseInput<T>(schema: SafeParsable<T>, input: unknown): ParseResult<T> {
  // reportInput lets a wrong type be told apart from a missing value; the value is never copied out.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toInputIssues(result.error.issues as Parameters<typeof toInputIssues>[0]) };
}
