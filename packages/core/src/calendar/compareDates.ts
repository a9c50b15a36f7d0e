import type { IsoDate } from './isoDate';

/**
 * Orders two legal dates: negative when `a` is earlier, 0 when equal, positive
 * when later. `YYYY-MM-DD` strings order the same way as the days they name,
 * so this is a string comparison; use it as an `Array.prototype.sort` callback.
 *
 * @example
 * ['2021-01-10', '2020-12-21'].sort(compareDates) // ['2020-12-21', '2021-01-10']
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `date` lies within `[from, to]`, both inclusive; `to: null` is open-ended. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return date >= from && (to === null || date <= to);
}
