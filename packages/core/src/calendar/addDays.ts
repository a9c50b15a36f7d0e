import { fromDayNumber, toDayNumber } from './dayNumber';
import type { IsoDate } from './isoDate';

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * Legal basis: deadlines "ít nhất N ngày trước" (at least N days before) in
 * NQLT 09/2008 Điều 6 and Nghị định 59/2023 Điều 6 are calendar days.
 *
 * @example
 * addDays('2021-01-10', -20) // '2020-12-21'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}
