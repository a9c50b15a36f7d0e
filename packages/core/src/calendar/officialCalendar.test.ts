import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './dayOfWeek';
import { daysOffInYear } from './daysOff';
import { OFFICIAL_CALENDARS, validateOfficialCalendar } from './officialCalendar';

const weekdays = (dates: readonly string[]): string[] => dates.filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);

describe('official calendars', () => {
  it('are well formed, one per year, with a source', () => {
    const years = OFFICIAL_CALENDARS.map((c) => c.year);
    expect(new Set(years).size).toBe(years.length);
    for (const c of OFFICIAL_CALENDARS) {
      expect(validateOfficialCalendar(c), String(c.year)).toEqual([]);
      expect(c.confidence).toBe('secondary');
    }
  });

  it('agree with the computed defaults except for the announced swaps', () => {
    // The defaults reproduce the Tết and Quốc khánh days chosen in 2019–2026; the
    // only differences are weekdays swapped against a Saturday worked (làm bù).
    const swaps: Record<number, string[]> = {
      2019: ['2019-04-29'], // and 2018-12-31, in the previous year
      2020: [],
      2021: [],
      2022: [],
      2023: [],
      2024: ['2024-04-29'],
      2025: ['2025-05-02'],
      2026: ['2026-01-02', '2026-08-31'],
    };
    for (const c of OFFICIAL_CALENDARS) {
      const official = weekdays(daysOffInYear(c.year).map((d) => d.date));
      const computed = weekdays(daysOffInYear(c.year, { officialCalendars: [] }).map((d) => d.date));
      expect(official.filter((d) => !computed.includes(d)), String(c.year)).toEqual(swaps[c.year]);
      expect(computed.filter((d) => !official.includes(d)), String(c.year)).toEqual([]);
      // Every weekday the notice gives off beyond the computed days is paid back by a Saturday worked.
      const swappedOff = weekdays(c.daysOff).filter((d) => {
        const year = Number(d.slice(0, 4));
        return !daysOffInYear(year, { officialCalendars: [] }).some((x) => x.date === d);
      });
      expect(swappedOff.length, String(c.year)).toBe((c.workingDays ?? []).length);
    }
  });

  it('reports malformed data with stable codes', () => {
    expect(
      validateOfficialCalendar({
        year: 2024,
        daysOff: ['2024-02-30', '2020-01-01', '2024-05-04'],
        workingDays: ['2024-05-06', '2024-05-04'],
        covers: ['holiday.easter' as never],
        source: ' ',
      }).map((i) => `${i.code} ${i.value ?? ''}`.trim()),
    ).toEqual([
      'official.missing-source',
      'official.invalid-date 2024-02-30',
      'official.far-from-year 2020-01-01',
      'official.working-day-not-weekend 2024-05-06',
      'official.off-and-working 2024-05-04',
      'official.unknown-holiday holiday.easter',
    ]);
  });
});
