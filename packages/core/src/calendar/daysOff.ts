import {
  HOLIDAY_CODES,
  HOLIDAYS_MAX_YEAR,
  HOLIDAYS_MIN_YEAR,
  type HolidayBasis,
  type HolidayCode,
  type LabourCodeId,
  publicHolidays,
  substituteDays,
} from './holidays';
import type { IsoDate } from './isoDate';
import { OFFICIAL_CALENDARS, type OfficialYearCalendar } from './officialCalendar';

/** Options of the working-day functions. */
export interface WorkingCalendarOptions {
  /**
   * Official year calendars to apply. Defaults to {@link OFFICIAL_CALENDARS}
   * (the checked public-sector calendars 2019–2026); pass `[]` to use the
   * computed defaults only, or `[...OFFICIAL_CALENDARS, mine]` to add years.
   * Treat the array as immutable: results are cached per array.
   */
  readonly officialCalendars?: readonly OfficialYearCalendar[];
}

/**
 * A day off other than an ordinary Saturday or Sunday.
 * - `holiday`: a day of a public holiday (it may itself be a Saturday or Sunday);
 * - `substitute`: nghỉ bù for a holiday day on a Saturday or Sunday;
 * - `official`: a day listed by an official calendar (holiday, nghỉ bù or a
 *   weekday swapped off); such entries carry the calendar's `source`.
 */
export interface DayOff {
  readonly date: IsoDate;
  readonly kind: 'holiday' | 'substitute' | 'official';
  /** The holiday, for computed entries. */
  readonly code?: HolidayCode;
  readonly basis: HolidayBasis | 'official';
  /** The labour code that sets it, for computed entries. */
  readonly labourCode?: LabourCodeId;
  readonly source?: string;
}

/** The resolved calendar of one Gregorian year (internal; see {@link daysOffInYear}). */
export interface YearCalendar {
  readonly daysOff: ReadonlyMap<IsoDate, DayOff>;
  /** Saturdays and Sundays declared working days. */
  readonly workingWeekendDays: ReadonlySet<IsoDate>;
}

function resolveYear(year: number, calendars: readonly OfficialYearCalendar[]): YearCalendar {
  const daysOff = new Map<IsoDate, DayOff>();
  const workingWeekendDays = new Set<IsoDate>();
  const inYear = (d: IsoDate): boolean => d.startsWith(`${String(year).padStart(4, '0')}-`);

  // Official entries that fall in this year, whichever year's notice lists them.
  const officialOff = new Set<IsoDate>();
  for (const c of calendars) {
    for (const d of c.daysOff) {
      if (!inYear(d)) continue;
      officialOff.add(d);
      if (!daysOff.has(d)) daysOff.set(d, { date: d, kind: 'official', basis: 'official', source: c.source });
    }
    for (const d of c.workingDays ?? []) if (inYear(d)) workingWeekendDays.add(d);
  }

  // Holidays of this year that no official calendar for this year covers.
  const own = calendars.filter((c) => c.year === year);
  const covered = new Set<HolidayCode>(own.flatMap((c) => c.covers ?? HOLIDAY_CODES));
  if (covered.size < HOLIDAY_CODES.length) {
    if (year < HOLIDAYS_MIN_YEAR || year > HOLIDAYS_MAX_YEAR) {
      throw new RangeError(
        `public holidays are computed for ${HOLIDAYS_MIN_YEAR}–${HOLIDAYS_MAX_YEAR}, got ${year}; pass an official calendar covering every holiday of that year`,
      );
    }
    const computed = publicHolidays(year).filter((h) => !covered.has(h.code));
    for (const h of computed) {
      for (const d of h.dates) {
        if (!daysOff.has(d)) daysOff.set(d, { date: d, kind: 'holiday', code: h.code, basis: h.basis, labourCode: h.labourCode });
      }
    }
    for (const s of substituteDays(computed, officialOff)) {
      if (!daysOff.has(s.date)) daysOff.set(s.date, { date: s.date, kind: 'substitute', code: s.code, basis: s.basis, labourCode: s.labourCode });
    }
  }
  return { daysOff, workingWeekendDays };
}

/**
 * The resolved calendar of a year: its days off and its Saturdays or Sundays
 * declared working days. Used by the working-day functions, which resolve
 * each year they walk through once per call; not exported from the package.
 */
export function yearCalendar(year: number, options?: WorkingCalendarOptions): YearCalendar {
  return resolveYear(year, options?.officialCalendars ?? OFFICIAL_CALENDARS);
}

/**
 * Every day off of a Gregorian year other than ordinary weekends: public
 * holidays, substitute days (nghỉ bù) and the days of official calendars,
 * sorted by date. For holidays covered by an official calendar of that year
 * the official days replace the computed ones.
 *
 * Saturdays and Sundays declared working days (làm bù) are not listed here;
 * `isWorkingDay` accounts for them.
 *
 * Throws a `RangeError` for a year whose holidays cannot be computed
 * (before 2008 or after 2198) unless official calendars cover all of them.
 *
 * @example
 * daysOffInYear(2024, { officialCalendars: [] }).map((d) => d.date)
 * // ['2024-01-01', '2024-02-08', …, '2024-02-14', '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03']
 */
export function daysOffInYear(year: number, options?: WorkingCalendarOptions): DayOff[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, got ${year}`);
  return [...yearCalendar(year, options).daysOff.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
