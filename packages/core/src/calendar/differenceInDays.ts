import { toDayNumber } from './dayNumber';
import type { IsoDate } from './isoDate';

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * differenceInDays('2020-12-21', '2021-01-10') // 20
 */
export function differenceInDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
