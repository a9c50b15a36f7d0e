import { daysInMonth, formatIsoDate, type IsoDate, isoDateKey, requireIsoDate } from './isoDate';

/**
 * The date `months` calendar months after `date`. When the target month has no
 * such day (31 → 30, 29 February in a common year) the last day of that month
 * is used, as Bộ luật Dân sự 2015 Điều 148 khoản 3 does for periods counted in
 * months ("nếu tháng kết thúc thời hạn không có ngày tương ứng thì thời hạn
 * kết thúc vào ngày cuối cùng của tháng đó") [secondary: recalled, not read].
 *
 * @example
 * addMonths('2021-01-10', 30) // '2023-07-10'
 * addMonths('2020-08-31', 6)  // '2021-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, got ${months}`);
  const key = isoDateKey(date);
  if (key < 0) requireIsoDate(date); // throws, naming the value
  const year = (key / 10000) | 0;
  const month = ((key / 100) | 0) % 100;
  const day = key % 100;
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}
