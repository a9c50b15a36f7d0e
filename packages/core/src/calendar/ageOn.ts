import { type IsoDate, isLeapYear, isoDateKey, requireIsoDate } from './isoDate';

/**
 * How a birthday on 29 February is kept in a common year.
 * - `'03-01'`: the person completes the year when 28 February has ended, so
 *   the anniversary is 1 March (the default; no day is counted that has not
 *   been fully lived).
 * - `'02-28'`: the anniversary is the last day of February.
 *
 * Vietnamese texts on "đủ N tuổi" do not settle this (UNCONFIRMED); the choice
 * is a parameter of the age rule so a province or a court reading can change it.
 */
export type LeapDayAnniversary = '03-01' | '02-28';

/**
 * Age in completed years ("tuổi tròn") on a date: the number of birthday
 * anniversaries from `birthDate` up to and including `onDate`. A person has
 * "đủ 21 tuổi" on their 21st birthday itself.
 *
 * Throws a `RangeError` when either date is not a real `YYYY-MM-DD` day;
 * returns a negative number when `onDate` is before the birth date.
 *
 * @example
 * ageOn('2000-01-10', '2021-01-10') // 21 (the 21st birthday counts)
 * ageOn('2000-01-11', '2021-01-10') // 20
 * ageOn('2000-02-29', '2021-02-28') // 20 (anniversary on 1 March by default)
 * ageOn('2000-02-29', '2021-02-28', '02-28') // 21
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate, leapDay: LeapDayAnniversary = '03-01'): number {
  // The dates as YYYYMMDD numbers.
  const birth = isoDateKey(birthDate);
  if (birth < 0) requireIsoDate(birthDate, 'birthDate');
  const on = isoDateKey(onDate);
  if (on < 0) requireIsoDate(onDate, 'onDate');
  const onYear = (on / 10000) | 0;
  let anniversary = birth % 10000; // month × 100 + day
  if (anniversary === 229 && leapDay === '02-28' && !isLeapYear(onYear)) anniversary = 228;
  return onYear - ((birth / 10000) | 0) - (on % 10000 < anniversary ? 1 : 0);
}
