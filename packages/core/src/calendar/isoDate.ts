/**
 * A legal date (ngày): a calendar day written `YYYY-MM-DD`, with no time and no
 * time zone. Every date in truongthon's API is such a string, so arithmetic
 * never depends on the machine's `TZ`.
 */
export type IsoDate = string;

/** The parts of an {@link IsoDate}. Months and days count from 1. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Splits a `YYYY-MM-DD` string into its parts, or returns `undefined` when the
 * string is not a real calendar day (`2021-02-31`, `2021-13-01`, `21-1-1`).
 *
 * @example
 * parseIsoDate('2021-01-10') // { year: 2021, month: 1, day: 10 }
 * parseIsoDate('2021-02-29') // undefined (2021 is not a leap year)
 */
export function parseIsoDate(value: string): DateParts | undefined {
  // Read by hand rather than with a RegExp: this runs several times per candidate on the hot path.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The ASCII digits `value[from..to)` as a number, or -1 if one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether a value is a `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/**
 * Like {@link parseIsoDate}, but throws a `RangeError` naming the bad value.
 * For internal use on dates that have already been validated at the boundary.
 */
export function requireIsoDate(value: string, what = 'date'): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`${what} must be a real calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parts;
}

/** Writes date parts as `YYYY-MM-DD`. */
export function formatIsoDate(parts: DateParts): IsoDate {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}
