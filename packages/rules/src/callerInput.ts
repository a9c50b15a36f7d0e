import { type InputIssue, isIsoDate, type IsoDate } from '@truongthon/core';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from './provinces/index';

/**
 * Reading what a caller passes besides the record itself (options, a date, a
 * province, a registry): the boundary where a value from outside is first
 * read, so that no value can make a function throw. Each member is read once,
 * inside a guard (a getter that throws or a revoked proxy gives
 * `input.unreadable`), and checked for its type (`input.required`,
 * `input.wrong-type`, `input.invalid-date`); what comes out is a plain value
 * the rest of the code can use without care. Internal: not exported from the
 * package. (Kept small: the single-file widget builds carry it.)
 */

/** The members of an options object, read once; or the issue that says it could not be read. */
export type OptionsRead<K extends string> = { readonly ok: true; readonly value: { readonly [P in K]?: unknown } } | { readonly ok: false; readonly issue: InputIssue };

/**
 * Reads the members `keys` of an options object: `undefined` and `null` are
 * no options; anything else that is not an object is `input.wrong-type`
 * (path `options`); an object whose members cannot be read is
 * `input.unreadable`. Members are read as properties (inherited ones
 * included, as for any options object); only `keys` are read.
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[]): OptionsRead<K> {
  const value: { [P in K]?: unknown } = {};
  if (options === undefined || options === null) return { ok: true, value };
  if (typeof options !== 'object') return { ok: false, issue: { path: 'options', code: 'input.wrong-type', params: { expected: 'object' } } };
  try {
    for (const key of keys) value[key] = (options as Record<K, unknown>)[key];
  } catch {
    return { ok: false, issue: { path: 'options', code: 'input.unreadable', params: {} } };
  }
  return { ok: true, value };
}

/**
 * The issue for a value that is not what `path` needs, or `undefined` when it
 * is: a string (`date` false) or a real `YYYY-MM-DD` day (`date` true);
 * `undefined` and `null` are "not given", an issue unless `optional`.
 */
export function valueIssue(value: unknown, path: string, date: boolean, optional: boolean): InputIssue | undefined {
  if (value === undefined || value === null) return optional ? undefined : { path, code: 'input.required', params: {} };
  if (typeof value !== 'string') return { path, code: 'input.wrong-type', params: { expected: 'string' } };
  return date && !isIsoDate(value) ? { path, code: 'input.invalid-date', params: {} } : undefined;
}

/** A date the caller gave, already checked by {@link valueIssue}: the day, or `null` when not given. */
export const givenDate = (value: unknown): IsoDate | null => (isIsoDate(value) ? value : null);

/**
 * The overlay registry to use: the built-in one for `undefined` or `null`,
 * else the caller's (`custom`: its functions will run, see
 * {@link usingRegistry}).
 */
export function registryOf(value: unknown): { readonly registry: OverlayRegistry; readonly custom: boolean } {
  const custom = value !== undefined && value !== null && value !== DEFAULT_OVERLAYS;
  return { registry: custom ? (value as OverlayRegistry) : DEFAULT_OVERLAYS, custom };
}

/**
 * Runs `work`, which uses a registry. With a caller's registry (`custom`),
 * a failure is the registry's (it is not one, a function of it threw, or
 * returned what cannot be used) and gives `fail` with `input.unreadable` on
 * `path` instead of an exception. With the built-in registry nothing is
 * caught: a failure there would be a defect of this package, which tests
 * must see.
 */
export function usingRegistry<T>(custom: boolean, path: string, work: () => T, fail: (issue: InputIssue) => T): T {
  if (!custom) return work();
  try {
    return work();
  } catch {
    return fail({ path, code: 'input.unreadable', params: {} });
  }
}

/**
 * The `date` option of a listing (`listRules`, `listParameters`):
 * `undefined` when no date is given (no options, or `date` absent or
 * `null`); `null` when the options or the date cannot be used (not an
 * object, unreadable, not a real `YYYY-MM-DD` day), for which the listing is
 * empty: nothing is in force on a day that does not exist.
 */
export function listingDate(options: unknown): IsoDate | undefined | null {
  const opts = readOptions(options, ['date']);
  if (!opts.ok) return null;
  const date = opts.value.date;
  return date === undefined || date === null ? undefined : givenDate(date);
}
