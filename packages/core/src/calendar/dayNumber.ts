import { type DateParts, type IsoDate, formatIsoDate, requireIsoDate } from './isoDate';

/**
 * The day number of a date: days since 1970-01-01 in the proleptic Gregorian
 * calendar (negative before it). Pure integer arithmetic (Howard Hinnant's
 * `days_from_civil`), so it never touches `Date` or the machine's time zone.
 *
 * @example
 * toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: IsoDate | DateParts): number {
  const { year, month, day } = typeof date === 'string' ? requireIsoDate(date) : date;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  return formatIsoDate(dayNumberToParts(dayNumber));
}

/** The parts of the date of a day number. */
export function dayNumberToParts(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
