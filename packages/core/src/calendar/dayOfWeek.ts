import { toDayNumber } from './dayNumber';
import type { IsoDate } from './isoDate';

/**
 * Day of the week of a legal date: 0 Sunday (Chủ nhật), 1 Monday (thứ Hai) …
 * 6 Saturday (thứ Bảy). Computed from the day number, so it is the same in
 * every time zone.
 *
 * @example
 * dayOfWeek('2021-01-10') // 0 (a Sunday)
 */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}
