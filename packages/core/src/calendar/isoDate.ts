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
  const key = isoDateKey(value);
  return key < 0 ? undefined : { year: (key / 10000) | 0, month: ((key / 100) | 0) % 100, day: key % 100 };
}

/** Whether a value is a `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateKey(value) >= 0;
}

/**
 * A legal date as the number `YYYYMMDD` (dates compare as these numbers do),
 * or -1 when the value is not a `YYYY-MM-DD` string (ASCII digits) naming a
 * real calendar day. What {@link parseIsoDate} reads, without building an
 * object: for hot paths that need the parts of a date they have not
 * validated.
 *
 * @example
 * isoDateKey('2021-01-10') // 20210110
 * isoDateKey('2021-02-29') // -1
 */
export function isoDateKey(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year < 1 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month)) ? -1 : year * 10000 + month * 100 + day;
}

/** The number written by the ASCII digits `value[from..to)`, or -1 when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
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
  const { year, month, day } = parts;
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
