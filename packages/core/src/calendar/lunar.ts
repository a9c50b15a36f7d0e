import { fromDayNumber, toDayNumber } from './dayNumber';
import { type IsoDate, requireIsoDate } from './isoDate';
import {
  JDN_OF_DAY_ZERO,
  MEAN_NEW_MOON_1900,
  SYNODIC_MONTH,
  leapMonthOffset,
  lunarMonth11Start,
  newMoonDay,
} from './lunarAstronomy';

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * `year` is the lunar year numbered by the Gregorian year in which its first
 * day (Tết Nguyên đán) falls: 30 tháng Chạp năm Giáp Thìn is
 * `{ year: 2024, month: 12, day: 30 }` although it is 2025-01-28. A leap month
 * (tháng nhuận) repeats the number of the month before it and has
 * `leapMonth: true`.
 */
export interface LunarDate {
  readonly year: number;
  /** 1 (tháng Giêng) … 12 (tháng Chạp). */
  readonly month: number;
  /** 1 … 29 or 30. */
  readonly day: number;
  readonly leapMonth: boolean;
}

/**
 * Options of the lunar conversions.
 *
 * `timeZoneHours` is the meridian on which new moons and solar terms are
 * dated. It defaults to {@link VIETNAM_LUNAR_TIME_ZONE} (UTC+7), the basis of
 * the official Vietnamese calendar. UTC+8 gives the Chinese calendar, which
 * differs in some years (Tết 1985: 1985-01-21 in Vietnam, 1985-02-20 in
 * China; Tết 2007: 17 February against 18 February). It is offered for
 * comparison and for pre-1968 dates (see {@link VIETNAM_LUNAR_TIME_ZONE});
 * it is not guaranteed to match the Chinese almanac, which uses a full
 * ephemeris and conventions of its own.
 */
export interface LunarOptions {
  readonly timeZoneHours?: number;
}

/**
 * Hours east of UTC on which the Vietnamese lunar calendar is computed:
 * 7 (the meridian 105° E), the basis of the calendar in use since the
 * reform of 1967–1968. Earlier almanacs followed the Chinese reckoning:
 * Hồ Ngọc Đức's tables agree day for day with `timeZoneHours: 8` for
 * 1929–1967 and with UTC+7 from 1968 (checked for truongthon). Dates before
 * 1968 converted with the default are therefore the proleptic UTC+7
 * calendar, not necessarily the one printed at the time.
 */
export const VIETNAM_LUNAR_TIME_ZONE = 7;

/**
 * First and last Gregorian years for which conversions are offered. Results
 * were checked against Hồ Ngọc Đức's tables for 1968–2198 (see `lunar.test.ts`);
 * earlier years are computed by the same rules without a reference.
 */
export const LUNAR_MIN_YEAR = 1800;
/** See {@link LUNAR_MIN_YEAR}. */
export const LUNAR_MAX_YEAR = 2199;

function zoneOf(options: LunarOptions | undefined): number {
  const tz = options?.timeZoneHours ?? VIETNAM_LUNAR_TIME_ZONE;
  if (!Number.isFinite(tz) || tz < -12 || tz > 14) throw new RangeError(`timeZoneHours must be between -12 and 14, got ${tz}`);
  return tz;
}

function checkYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`${what} must be a whole year from ${LUNAR_MIN_YEAR} to ${LUNAR_MAX_YEAR}, got ${year}`);
  }
}

/**
 * The lunar date of a Gregorian date, in the Vietnamese lunar calendar
 * (UTC+7 unless `options.timeZoneHours` says otherwise).
 *
 * The month starts on the local day of the astronomical new moon; month 11
 * is the month containing the December solstice; a lunar year with 13 months
 * (between two months 11) makes the first month without a major solar term
 * its leap month. These are the rules set out by Hồ Ngọc Đức for the
 * Vietnamese calendar and used by the calendars published in Vietnam.
 *
 * Legal basis: Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1 points b and e
 * date Tết Âm lịch and Giỗ Tổ Hùng Vương (10/3) in this calendar.
 *
 * Throws a `RangeError` for a date that is not a real `YYYY-MM-DD` day or
 * whose year is outside {@link LUNAR_MIN_YEAR}–{@link LUNAR_MAX_YEAR}.
 *
 * @example
 * toLunarDate('2025-01-29') // { year: 2025, month: 1, day: 1, leapMonth: false } (Tết Ất Tỵ)
 * toLunarDate('2023-04-19') // { year: 2023, month: 2, day: 29, leapMonth: true } (last day of tháng 2 nhuận Quý Mão)
 * toLunarDate('2025-01-28') // { year: 2024, month: 12, day: 29, leapMonth: false } (the eve of Tết)
 */
export function toLunarDate(date: IsoDate, options?: LunarOptions): LunarDate {
  const { year } = requireIsoDate(date);
  checkYear(year, 'year of date');
  const tz = zoneOf(options);
  const jdn = toDayNumber(date) + JDN_OF_DAY_ZERO;

  // Start of the lunar month containing the day: the last new-moon day ≤ jdn.
  let k = Math.floor((jdn - MEAN_NEW_MOON_1900) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k, tz);
  while (monthStart > jdn) {
    k -= 1;
    monthStart = newMoonDay(k, tz);
  }

  // The two months 11 around it, and the lunar year number.
  let a11 = lunarMonth11Start(year, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11Start(year - 1, tz);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11Start(year + 1, tz);
  }

  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let month = diff + 11;
  let leapMonth = false;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    if (diff >= leapOff) {
      month = diff + 10;
      leapMonth = diff === leapOff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leapMonth };
}

/** JDN of the first day of a lunar month, and of the month after it. */
function lunarMonthBounds(year: number, month: number, leapMonth: boolean, tz: number): [number, number] {
  const a11 = month < 11 ? lunarMonth11Start(year - 1, tz) : lunarMonth11Start(year, tz);
  const b11 = month < 11 ? lunarMonth11Start(year, tz) : lunarMonth11Start(year + 1, tz);
  const k = Math.floor(0.5 + (a11 - MEAN_NEW_MOON_1900) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    const leapMonthNumber = ((leapOff + 9) % 12) + 1; // the month the leap month repeats
    if (leapMonth && month !== leapMonthNumber) {
      throw new RangeError(`lunar year ${year} has no leap month ${month} (its leap month is ${leapMonthNumber})`);
    }
    if (leapMonth || off >= leapOff) off += 1;
  } else if (leapMonth) {
    throw new RangeError(`lunar year ${year} has no leap month ${month} between these months 11`);
  }
  return [newMoonDay(k + off, tz), newMoonDay(k + off + 1, tz)];
}

/**
 * The Gregorian date of a Vietnamese lunar date (inverse of
 * {@link toLunarDate}).
 *
 * Throws a `RangeError` when the lunar date does not exist: a month outside
 * 1–12, day 30 of a 29-day month, or `leapMonth: true` for a month that is
 * not that year's leap month.
 *
 * Legal basis: Giỗ Tổ Hùng Vương is "ngày 10 tháng 3 âm lịch" (Bộ luật Lao
 * động 45/2019/QH14 Điều 112 khoản 1 điểm e).
 *
 * @example
 * fromLunarDate(2025, 3, 10)       // '2025-04-07' (Giỗ Tổ Hùng Vương 2025)
 * fromLunarDate(2023, 2, 1, true)  // '2023-03-22' (mùng 1 tháng 2 nhuận Quý Mão)
 */
export function fromLunarDate(year: number, month: number, day: number, leapMonth = false, options?: LunarOptions): IsoDate {
  checkYear(year, 'lunar year');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`lunar month must be 1–12, got ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`lunar day must be 1–30, got ${day}`);
  const tz = zoneOf(options);
  const [start, next] = lunarMonthBounds(year, month, leapMonth, tz);
  if (day > next - start) {
    throw new RangeError(`lunar month ${month}${leapMonth ? ' (leap)' : ''} of ${year} has ${next - start} days, got day ${day}`);
  }
  return fromDayNumber(start + day - 1 - JDN_OF_DAY_ZERO);
}

/**
 * Number of days (29 or 30) of a lunar month.
 *
 * @example
 * daysInLunarMonth(2024, 12) // 29 (Giáp Thìn's tháng Chạp ends on 2025-01-28)
 * daysInLunarMonth(2023, 12) // 30 (Quý Mão's ends with a 30 Tết, 2024-02-09)
 */
export function daysInLunarMonth(year: number, month: number, leapMonth = false, options?: LunarOptions): number {
  checkYear(year, 'lunar year');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`lunar month must be 1–12, got ${month}`);
  const [start, next] = lunarMonthBounds(year, month, leapMonth, zoneOf(options));
  return next - start;
}

/**
 * The leap month (tháng nhuận) of a lunar year: the number of the month it
 * repeats, or `undefined` in a common year of 12 months.
 *
 * @example
 * lunarLeapMonth(2023) // 2 (Quý Mão has a second month 2)
 * lunarLeapMonth(2024) // undefined
 */
export function lunarLeapMonth(year: number, options?: LunarOptions): number | undefined {
  checkYear(year, 'lunar year');
  const tz = zoneOf(options);
  // A leap month lies between month 11 of year-1 and month 11 of year (months 11, 12, 1 … 10),
  // or between month 11 of year and month 1 of year+1 (a leap month 11 or 12).
  const a11 = lunarMonth11Start(year - 1, tz);
  const b11 = lunarMonth11Start(year, tz);
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    const month = ((leapOff + 9) % 12) + 1;
    if (month < 11) return month;
  }
  const c11 = lunarMonth11Start(year + 1, tz);
  if (c11 - b11 > 365) {
    const leapOff = leapMonthOffset(b11, tz);
    const month = ((leapOff + 9) % 12) + 1;
    if (month >= 11) return month;
  }
  return undefined;
}

/**
 * The first day of lunar year `year` (mùng 1 Tết Nguyên đán), as a
 * Gregorian date.
 *
 * @example
 * lunarNewYear(2026) // '2026-02-17' (Tết Bính Ngọ)
 * lunarNewYear(1985) // '1985-01-21' (in China the Spring Festival was 1985-02-20)
 */
export function lunarNewYear(year: number, options?: LunarOptions): IsoDate {
  return fromLunarDate(year, 1, 1, false, options);
}
