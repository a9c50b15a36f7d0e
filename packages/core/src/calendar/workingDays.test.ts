import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { daysOffInYear } from './daysOff';
import type { OfficialYearCalendar } from './officialCalendar';
import { OFFICIAL_CALENDARS } from './officialCalendar';
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDaysBetween } from './workingDays';

const computedOnly = { officialCalendars: [] as const };

describe('working days', () => {
  it('excludes weekends, holidays and nghỉ bù', () => {
    expect(isWorkingDay('2021-01-08')).toBe(true); // Friday
    expect(isWorkingDay('2021-01-09')).toBe(false); // Saturday
    expect(isWorkingDay('2021-01-10')).toBe(false); // Sunday (Hương Xuân election day)
    expect(isWorkingDay('2025-01-01')).toBe(false); // Tết Dương lịch
    expect(isWorkingDay('2025-01-31')).toBe(false); // mùng 3 Tết Ất Tỵ
    expect(isWorkingDay('2025-02-03')).toBe(true);
    expect(isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù for Giỗ Tổ on Sunday 26/4
    expect(isWorkingDay('2023-05-03')).toBe(false); // nghỉ bù for 30/4 on a Sunday
    expect(isWorkingDay('2023-09-04')).toBe(false); // nghỉ bù for 2/9 on a Saturday
  });

  it('follows the official calendars: swapped weekdays off and Saturdays worked', () => {
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-04-26')).toBe(true); // Saturday làm bù
    expect(isWorkingDay('2025-05-02', computedOnly)).toBe(true);
    expect(isWorkingDay('2025-04-26', computedOnly)).toBe(false);
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false); // listed by the 2019 calendar
    expect(isWorkingDay('2019-01-05')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-08-31')).toBe(false);
    expect(isWorkingDay('2026-08-22')).toBe(true);
  });

  it('counts "within N working days of receipt" from the next day', () => {
    expect(addWorkingDays('2021-01-04', 5)).toBe('2021-01-11'); // Monday → next Monday
    expect(addWorkingDays('2021-01-09', 1)).toBe('2021-01-11'); // received on a Saturday
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03'); // across Tết Ất Tỵ
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26'); // the Saturday worked
    expect(addWorkingDays('2025-04-25', 1, computedOnly)).toBe('2025-04-28');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(addWorkingDays('2025-04-29', 1, computedOnly)).toBe('2025-05-02');
    expect(addWorkingDays('2025-01-01', 0)).toBe('2025-01-01');
    expect(addWorkingDays('2021-01-11', -5)).toBe('2021-01-04');
    expect(addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(() => addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(workingDaysBetween('2021-01-04', '2021-01-11')).toBe(5);
    expect(workingDaysBetween('2021-01-11', '2021-01-04')).toBe(-5);
    expect(workingDaysBetween('2021-01-04', '2021-01-04')).toBe(0);
  });

  it('moves a deadline that ends on a day off to the next working day', () => {
    expect(workingDayOnOrAfter('2025-04-30')).toBe('2025-05-05');
    expect(workingDayOnOrAfter('2025-04-30', computedOnly)).toBe('2025-05-02');
    expect(workingDayOnOrAfter('2025-05-05')).toBe('2025-05-05');
    expect(workingDayOnOrAfter('2021-01-10')).toBe('2021-01-11');
  });

  it('lists the days off of a year, official or computed', () => {
    const y2024 = daysOffInYear(2024, computedOnly).map((d) => d.date);
    expect(y2024).toEqual([
      '2024-01-01',
      '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03',
    ]);
    const official = daysOffInYear(2024);
    expect(official.find((d) => d.date === '2024-04-29')).toMatchObject({ kind: 'official', basis: 'official' });
    expect(official.find((d) => d.date === '2024-04-18')).toMatchObject({ kind: 'holiday', code: 'holiday.hung-kings', basis: 'statute' });
    expect(daysOffInYear(2024, computedOnly).find((d) => d.date === '2024-02-13')).toMatchObject({ kind: 'substitute', code: 'holiday.tet' });
    expect(() => daysOffInYear(2007)).toThrow(RangeError);
  });

  it('lets callers add or replace official calendars', () => {
    // A hypothetical 2027 notice choosing different Tết days and a swap.
    const tet2027: OfficialYearCalendar = {
      year: 2027,
      daysOff: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      workingDays: ['2027-02-20'],
      covers: ['holiday.tet'],
      source: 'test fixture, not a real notice',
    };
    const options = { officialCalendars: [...OFFICIAL_CALENDARS, tet2027] };
    expect(isWorkingDay('2027-02-04')).toBe(false); // computed default: 2 days before mùng 1 (Saturday 6/2)
    expect(isWorkingDay('2027-02-04', options)).toBe(true);
    expect(isWorkingDay('2027-02-11', options)).toBe(false);
    expect(isWorkingDay('2027-02-20', options)).toBe(true);
    expect(isWorkingDay('2027-04-16', options)).toBe(false); // Giỗ Tổ still computed
    // A year outside the computed range works when a calendar covers every holiday.
    const y2005: OfficialYearCalendar = { year: 2005, daysOff: ['2005-01-01'], source: 'test fixture' };
    expect(isWorkingDay('2005-01-03', { officialCalendars: [y2005] })).toBe(true);
    expect(() => isWorkingDay('2005-01-03')).toThrow(RangeError);
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('2025/01/01', 1)).toThrow(RangeError);
  });

  it('property: workingDaysBetween(d, addWorkingDays(d, n)) === n, and the result is a working day', () => {
    const min = toDayNumber('2008-04-01'); // n ≥ -60 stays within the computed years
    const max = toDayNumber('2030-12-31');
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min: -60, max: 60 }), fc.boolean(), (start, n, official) => {
        const options = official ? undefined : computedOnly;
        const date = fromDayNumber(start);
        const end = addWorkingDays(date, n, options);
        expect(workingDaysBetween(date, end, options)).toBe(n);
        if (n !== 0) expect(isWorkingDay(end, options)).toBe(true);
        if (n > 0) expect(end > date).toBe(true);
        if (n < 0) expect(end < date).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a 7-day window has at most 5 working days, except around làm bù', () => {
    const min = toDayNumber('2008-01-01');
    const max = toDayNumber('2030-12-24');
    fc.assert(
      fc.property(fc.integer({ min, max }), (start) => {
        const count = workingDaysBetween(fromDayNumber(start), fromDayNumber(start + 7), computedOnly);
        expect(count).toBeLessThanOrEqual(5);
        expect(count).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
