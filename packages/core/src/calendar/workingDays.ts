import { dayOfWeek } from './dayOfWeek';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { type WorkingCalendarOptions, type YearCalendar, yearCalendar } from './daysOff';
import { type IsoDate, requireIsoDate } from './isoDate';

/**
 * Whether a date is a working day (ngày làm việc) of public bodies: not a
 * Saturday or Sunday, not a public holiday or its nghỉ bù, not a day off of
 * an official calendar; a Saturday or Sunday that an official calendar
 * declares a working day (làm bù) is one.
 *
 * Legal basis: weekly rest on Saturday and Sunday, Quyết định
 * 188/1999/QĐ-TTg Điều 1; holidays, Bộ luật Lao động 45/2019/QH14 Điều 112
 * (earlier codes before 2021, see `publicHolidays`); nghỉ bù, Điều 111 khoản 3.
 *
 * Throws a `RangeError` for a date that is not a real `YYYY-MM-DD` day, or in
 * a year whose holidays cannot be computed (before 2008 or after 2198) unless
 * official calendars cover all of them.
 *
 * @example
 * isWorkingDay('2025-01-31') // false (Tết Ất Tỵ, mùng 3)
 * isWorkingDay('2025-04-26') // true  (Saturday worked in exchange for Friday 2 May 2025)
 * isWorkingDay('2025-04-26', { officialCalendars: [] }) // false (computed defaults only)
 */
export function isWorkingDay(date: IsoDate, options?: WorkingCalendarOptions): boolean {
  return workingDayIn(yearCalendar(requireIsoDate(date).year, options), date);
}

function workingDayIn(calendar: YearCalendar, date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return calendar.workingWeekendDays.has(date);
  return !calendar.daysOff.has(date);
}

/**
 * `isWorkingDay` for a walk over consecutive days: a year's calendar is
 * resolved when the walk enters it, not on every day.
 */
function workingDayWalk(options?: WorkingCalendarOptions): (day: number) => boolean {
  let year = Number.NaN;
  let calendar: YearCalendar | undefined;
  return (day) => {
    const date = fromDayNumber(day);
    const y = requireIsoDate(date).year;
    if (y !== year || calendar === undefined) {
      calendar = yearCalendar(y, options);
      year = y;
    }
    return workingDayIn(calendar, date);
  };
}

/**
 * The `n`-th working day after `date` (before it when `n` is negative);
 * `date` itself is never counted, whether or not it is a working day, and
 * `n = 0` returns `date` unchanged.
 *
 * This is the reading of "trong thời hạn N ngày làm việc kể từ ngày nhận":
 * the day of receipt is not counted and the period starts the next day
 * (Bộ luật Dân sự 2015 Điều 147 khoản 3), so the deadline is
 * `addWorkingDays(receivedOn, N)`, the last day on which the act may be done.
 *
 * @example
 * addWorkingDays('2025-01-24', 1) // '2025-02-03' (Friday before Tết Ất Tỵ → Monday after it)
 * addWorkingDays('2021-01-04', 5) // '2021-01-11'
 * addWorkingDays('2021-01-11', -5) // '2021-01-04'
 */
export function addWorkingDays(date: IsoDate, n: number, options?: WorkingCalendarOptions): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
  let day = toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  const working = workingDayWalk(options);
  while (remaining > 0) {
    day += step;
    if (working(day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days counted from `from` to `to`, `from` excluded and `to`
 * included: the working days after `from` up to `to`, or, when `to` is
 * earlier, minus the working days from `to` up to the day before `from`.
 * So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`, and
 * `workingDaysBetween(a, b) === -workingDaysBetween(b, a)` when `a` and `b`
 * are both working days.
 *
 * @example
 * workingDaysBetween('2025-01-24', '2025-02-03') // 1 (Tết Ất Tỵ in between)
 * workingDaysBetween('2021-01-04', '2021-01-11') // 5
 * workingDaysBetween('2021-01-11', '2021-01-04') // -5
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options?: WorkingCalendarOptions): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  const working = workingDayWalk(options);
  if (b >= a) {
    for (let day = a + 1; day <= b; day++) if (working(day)) count += 1;
    return count;
  }
  for (let day = b; day < a; day++) if (working(day)) count += 1;
  return -count;
}

/**
 * `date` when it is a working day, otherwise the first working day after it.
 * For a period counted in calendar days whose last day falls on a weekend or
 * a holiday, this is the day the period ends (Bộ luật Dân sự 2015 Điều 148).
 *
 * @example
 * workingDayOnOrAfter('2025-04-30') // '2025-05-05' (30/4, 1/5, swapped 2/5, weekend)
 * workingDayOnOrAfter('2025-05-05') // '2025-05-05'
 */
export function workingDayOnOrAfter(date: IsoDate, options?: WorkingCalendarOptions): IsoDate {
  let day = toDayNumber(date);
  const working = workingDayWalk(options);
  while (!working(day)) day += 1;
  return fromDayNumber(day);
}
