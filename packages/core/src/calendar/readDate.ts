import { normalizeText } from '../text/normalizeText';
import { daysInMonth, formatIsoDate, type IsoDate } from './isoDate';

/** What {@link readDate} makes of a text: the date, or why it is not one. */
export type DateReading =
  | { readonly ok: true; readonly date: IsoDate }
  /**
   * `impossible`: written as a date, but no such day (31/02/2000, 2021-13-01);
   * `two-digit-year`: 05/06/05, which could be 1905 or 2005;
   * `format`: not written as a date at all.
   */
  | { readonly ok: false; readonly reason: 'impossible' | 'two-digit-year' | 'format' };

/**
 * Reads a date as people write it in Vietnam: day first, `dd/MM/yyyy`
 * (also `d/M/yyyy`, and `-` or `.` between the parts), or the ISO form
 * `YYYY-MM-DD` (also `YYYY/M/D`). Invisible characters and spaces around
 * it (what a paste brings along) are ignored. It never guesses: the order
 * is always day-month-year unless the year comes first, a two-digit year is
 * refused, and a day that does not exist is refused, never rolled over to
 * the next month. No `Date` and no time zone are involved.
 *
 * @example
 * readDate('05/06/2005') // { ok: true, date: '2005-06-05' }
 * readDate('1975-06-15') // { ok: true, date: '1975-06-15' }
 * readDate('31/02/2000') // { ok: false, reason: 'impossible' }
 * readDate('05/06/05') // { ok: false, reason: 'two-digit-year' }
 */
export function readDate(text: string): DateReading {
  const typed = normalizeText(text);
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(typed);
  const parts = match ? [match[1], match[2], match[3]] : (match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(typed)) ? [match[3], match[2], match[1]] : undefined;
  if (!parts) return { ok: false, reason: /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/u.test(typed) ? 'two-digit-year' : 'format' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
  return { ok: true, date: formatIsoDate({ year, month, day }) };
}
