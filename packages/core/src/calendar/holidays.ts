import { addDays } from './addDays';
import { dayOfWeek } from './dayOfWeek';
import { type IsoDate, formatIsoDate } from './isoDate';
import { LUNAR_MAX_YEAR, fromLunarDate, lunarNewYear } from './lunar';

/**
 * Stable codes of Vietnam's public holidays (ngày nghỉ lễ, tết), in the order
 * of Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1 … except that Giỗ Tổ
 * Hùng Vương is listed in calendar order.
 */
export type HolidayCode =
  | 'holiday.new-year' // Tết Dương lịch, 1/1
  | 'holiday.tet' // Tết Âm lịch (Tết Nguyên đán)
  | 'holiday.hung-kings' // Giỗ Tổ Hùng Vương, 10/3 âm lịch
  | 'holiday.reunification' // Ngày Chiến thắng, 30/4
  | 'holiday.labour' // Ngày Quốc tế lao động, 1/5
  | 'holiday.national'; // Quốc khánh, 2/9 (and one adjacent day from 2021)

/** All holiday codes, in calendar order. */
export const HOLIDAY_CODES: readonly HolidayCode[] = [
  'holiday.new-year',
  'holiday.tet',
  'holiday.hung-kings',
  'holiday.reunification',
  'holiday.labour',
  'holiday.national',
];

/**
 * Where a holiday's dates come from:
 * - `statute`: the law fixes the day (1/1, 30/4, 1/5, 2/9, 10/3 âm lịch; and
 *   the 4 Tết days before 1 May 2013);
 * - `computed-default`: the law leaves the choice to the Prime Minister each
 *   year (the 5 Tết days; the day next to 2/9 from 2021) and these dates are
 *   truongthon's default guess, not an official decision. Pass an official
 *   calendar (see `officialCalendar.ts`) to replace them.
 */
export type HolidayBasis = 'statute' | 'computed-default';

/** One public holiday of a year, before substitute days (nghỉ bù). */
export interface PublicHoliday {
  readonly code: HolidayCode;
  /** Gregorian year in which the holiday falls. */
  readonly year: number;
  /** The holiday days, in order (1 day; 4 or 5 for Tết; 2 for Quốc khánh from 2021). */
  readonly dates: readonly IsoDate[];
  readonly basis: HolidayBasis;
  /** The labour code that sets it (its citation: `holidayCitation` in `@truongthon/rules`). */
  readonly labourCode: LabourCodeId;
}

/** A day off in lieu (nghỉ bù) of a holiday day that fell on a Saturday or Sunday. */
export interface SubstituteDay {
  readonly date: IsoDate;
  /** The holiday day it replaces. */
  readonly for: IsoDate;
  readonly code: HolidayCode;
  readonly basis: HolidayBasis;
  /** The labour code in force on the holiday day it replaces (its citation: `substituteDayCitation` in `@truongthon/rules`). */
  readonly labourCode: LabourCodeId;
}

/** First year whose holidays truongthon can compute (Luật 84/2007/QH11 was in force all year). */
export const HOLIDAYS_MIN_YEAR = 2008;
/** Last year whose holidays can be computed (limit of the lunar calendar). */
export const HOLIDAYS_MAX_YEAR = LUNAR_MAX_YEAR - 1;

/**
 * The labour code whose holiday article sets a holiday's days, chosen by the
 * holiday's date: `BLLD1994-2007` (the 1994 Code as amended in 2007, modelled
 * from 2008), `BLLD2012` (from 1 May 2013), `BLLD2019` (from 1 January 2021).
 * The citation of each (document, article, clause) is legal data and lives
 * with the rules (`holidayCitation` in `@truongthon/rules`).
 */
export type LabourCodeId = 'BLLD1994-2007' | 'BLLD2012' | 'BLLD2019';

/** A labour code's holiday arithmetic: from when it applies, how many Tết and Quốc khánh days. */
interface Regime {
  readonly id: LabourCodeId;
  readonly from: IsoDate;
  readonly tetDays: 4 | 5;
  readonly nationalDays: 1 | 2;
}

const REGIMES: readonly Regime[] = [
  // In force on promulgation in April 2007 (exact day not checked); modelled from 2008.
  { id: 'BLLD1994-2007', from: '2008-01-01', tetDays: 4, nationalDays: 1 },
  { id: 'BLLD2012', from: '2013-05-01', tetDays: 5, nationalDays: 1 },
  { id: 'BLLD2019', from: '2021-01-01', tetDays: 5, nationalDays: 2 },
];

function regimeOn(date: IsoDate): Regime {
  let found: Regime | undefined;
  for (const r of REGIMES) if (date >= r.from) found = r;
  if (!found) throw new RangeError(`public holidays before ${REGIMES[0]!.from} are not modelled, got ${date}`);
  return found;
}

function checkHolidayYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAYS_MIN_YEAR || year > HOLIDAYS_MAX_YEAR) {
    throw new RangeError(
      `public holidays are computed for ${HOLIDAYS_MIN_YEAR}–${HOLIDAYS_MAX_YEAR}, got ${year}; supply an official calendar covering every holiday for other years`,
    );
  }
}

function dayRange(first: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/**
 * The default 5 Tết days of lunar year `year` (the year whose mùng 1 falls in
 * Gregorian `year`), used where no official calendar says otherwise.
 *
 * The law only says "Tết Âm lịch: 05 ngày"; the Prime Minister picks the days
 * every year for public servants. This default reproduces every decision
 * for 2019–2026, checked against press reports of the notices: when mùng 1
 * falls on a Monday or a Tuesday, the last day of the old year and mùng 1–4
 * (2019, 2022, 2026); otherwise the last two days of the old year and
 * mùng 1–3 (2020, 2021, 2023, 2024, 2025; also 2018, reported as "two days
 * before Tết"). It is a guess for any other year.
 *
 * Before 1 May 2013 Tết had 4 statutory days, the last day of the old year
 * and mùng 1–3 (Luật 84/2007/QH11); that case is handled by
 * {@link publicHolidays}, not here.
 *
 * @example
 * defaultTetDays(2025) // ['2025-01-27', …, '2025-01-31'] (28 Chạp – mùng 3)
 * defaultTetDays(2026) // ['2026-02-16', …, '2026-02-20'] (29 Chạp – mùng 4)
 */
export function defaultTetDays(year: number): IsoDate[] {
  const tet = lunarNewYear(year);
  const weekday = dayOfWeek(tet);
  const daysBefore = weekday === 1 || weekday === 2 ? 1 : 2;
  return dayRange(addDays(tet, -daysBefore), 5);
}

/**
 * The default two Quốc khánh days of `year` from 2021: 2 September and the
 * adjacent day (1 or 3 September) that the Prime Minister chooses each year.
 *
 * Default: 3 September when 2 September is a Monday or a Thursday (it then
 * joins the weekend or makes a 4-day break: 2021, 2024), otherwise
 * 1 September (2022, 2023, 2025, 2026). This matches the decisions of 2021
 * and 2023–2026 as reported in the press, and an employer's calendar for
 * 2022; it is a guess for other years. When
 * 2 September is a Sunday either choice gives the same days off once nghỉ bù
 * is added.
 *
 * @example
 * defaultNationalDayPair(2024) // ['2024-09-02', '2024-09-03']
 * defaultNationalDayPair(2025) // ['2025-09-01', '2025-09-02']
 */
export function defaultNationalDayPair(year: number): IsoDate[] {
  const second = formatIsoDate({ year, month: 9, day: 2 });
  const weekday = dayOfWeek(second);
  return weekday === 1 || weekday === 4 ? [second, addDays(second, 1)] : [addDays(second, -1), second];
}

/**
 * Vietnam's public holidays (ngày nghỉ lễ, tết, hưởng nguyên lương) of a
 * Gregorian year, as the labour code in force on each holiday sets them,
 * before substitute days and without the official yearly decisions.
 *
 * - From 2021-01-01: Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1: 1/1;
 *   Tết 5 days; 10/3 âm lịch; 30/4; 1/5; 2/9 plus one adjacent day.
 * - 2013-05-01 to 2020-12-31: Bộ luật Lao động 10/2012/QH13 Điều 115: the
 *   same with Tết 5 days and 2/9 alone.
 * - 2008 to 2013-04-30: Bộ luật Lao động 1994 Điều 73 as amended by Luật
 *   84/2007/QH11: Tết 4 statutory days (last day of the old year and mùng 1–3);
 *   Giỗ Tổ Hùng Vương is a holiday since that amendment.
 *
 * The regime is chosen by the holiday's own date (for Tết, by mùng 1), so in
 * 2013 Tết has 4 days and 1/5 falls under the 2012 Code. Days that the Prime
 * Minister chooses are computed defaults ({@link defaultTetDays},
 * {@link defaultNationalDayPair}); use `daysOffInYear` with official calendars
 * for the days actually decided.
 *
 * Not modelled: a new holiday for Ngày Văn hóa Việt Nam (24/11) was announced
 * in 2026 (Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP tasks amending Điều 112
 * khoản 1) but was not law when this was written; add it here with its
 * effective date once the amendment passes.
 *
 * Throws a `RangeError` outside {@link HOLIDAYS_MIN_YEAR}–{@link HOLIDAYS_MAX_YEAR}.
 *
 * @example
 * publicHolidays(2025).map((h) => [h.code, h.dates])
 * // [['holiday.new-year', ['2025-01-01']],
 * //  ['holiday.tet', ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
 * //  ['holiday.hung-kings', ['2025-04-07']], ['holiday.reunification', ['2025-04-30']],
 * //  ['holiday.labour', ['2025-05-01']], ['holiday.national', ['2025-09-01', '2025-09-02']]]
 */
export function publicHolidays(year: number): PublicHoliday[] {
  checkHolidayYear(year);
  const fixed = (code: HolidayCode, month: number, day: number): PublicHoliday => {
    const date = formatIsoDate({ year, month, day });
    return { code, year, dates: [date], basis: 'statute', labourCode: regimeOn(date).id };
  };

  const tetFirst = lunarNewYear(year);
  const tetRegime = regimeOn(tetFirst);
  const tet: PublicHoliday =
    tetRegime.tetDays === 4
      ? { code: 'holiday.tet', year, dates: dayRange(addDays(tetFirst, -1), 4), basis: 'statute', labourCode: tetRegime.id }
      : { code: 'holiday.tet', year, dates: defaultTetDays(year), basis: 'computed-default', labourCode: tetRegime.id };

  const hungKingsDate = fromLunarDate(year, 3, 10);
  const hungKings: PublicHoliday = {
    code: 'holiday.hung-kings',
    year,
    dates: [hungKingsDate],
    basis: 'statute',
    labourCode: regimeOn(hungKingsDate).id,
  };

  const nationalDate = formatIsoDate({ year, month: 9, day: 2 });
  const nationalRegime = regimeOn(nationalDate);
  const national: PublicHoliday =
    nationalRegime.nationalDays === 1
      ? fixed('holiday.national', 9, 2)
      : {
          code: 'holiday.national',
          year,
          dates: defaultNationalDayPair(year),
          basis: 'computed-default',
          labourCode: nationalRegime.id,
        };

  return [fixed('holiday.new-year', 1, 1), tet, hungKings, fixed('holiday.reunification', 4, 30), fixed('holiday.labour', 5, 1), national];
}

/**
 * Substitute days off (nghỉ bù) for holiday days that fall on a Saturday or a
 * Sunday: each such day is replaced by the next working day, i.e. the next
 * day that is not a Saturday, a Sunday, a holiday day, an entry of
 * `alsoOff`, or an earlier substitute. Holiday days are processed in date
 * order, so the 2023 Giỗ Tổ (Saturday 29/4) and Ngày Chiến thắng (Sunday
 * 30/4) give Tuesday 2/5 and Wednesday 3/5 after the Monday 1/5 holiday, as
 * the 2023 notices did.
 *
 * Legal basis: Bộ luật Lao động 45/2019/QH14 Điều 111 khoản 3 (from 2021);
 * 10/2012/QH13 Điều 115 khoản 3; 1994 Code Điều 73 as amended in 2007. The
 * weekly rest days are Saturday and Sunday for public bodies (Quyết định
 * 188/1999/QĐ-TTg Điều 1).
 *
 * @example
 * substituteDays(publicHolidays(2024)).map((s) => s.date) // ['2024-02-13', '2024-02-14']
 */
export function substituteDays(holidays: readonly PublicHoliday[], alsoOff: Iterable<IsoDate> = []): SubstituteDay[] {
  const off = new Set<IsoDate>(alsoOff);
  const days: Array<{ date: IsoDate; holiday: PublicHoliday }> = [];
  for (const h of holidays) {
    for (const date of h.dates) {
      off.add(date);
      days.push({ date, holiday: h });
    }
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result: SubstituteDay[] = [];
  for (const { date, holiday } of days) {
    const weekday = dayOfWeek(date);
    if (weekday !== 0 && weekday !== 6) continue;
    let next = addDays(date, 1);
    for (;;) {
      const w = dayOfWeek(next);
      if (w !== 0 && w !== 6 && !off.has(next)) break;
      next = addDays(next, 1);
    }
    off.add(next);
    result.push({ date: next, for: date, code: holiday.code, basis: holiday.basis, labourCode: regimeOn(date).id });
  }
  return result;
}
