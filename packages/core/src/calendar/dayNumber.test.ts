import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './addDays';
import { addMonths } from './addMonths';
import { dayOfWeek } from './dayOfWeek';
import { differenceInDays } from './differenceInDays';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { formatIsoDate, isIsoDate, isoDateKey, parseIsoDate } from './isoDate';

describe('legal dates', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(parseIsoDate('2021-01-10')).toEqual({ year: 2021, month: 1, day: 10 });
    for (const bad of ['2021-02-29', '2021-02-31', '2021-13-01', '2021-00-10', '2021-1-10', '10/01/2021', '', '2021-01-10T00:00:00Z']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('property: parseIsoDate, isIsoDate and isoDateKey read exactly the real days, as an independent reading (a RegExp and the UTC calendar of JavaScript) does', () => {
    /** The reference: four, two and two ASCII digits, and a day the JavaScript calendar does not roll over. */
    const reference = (v: string): { year: number; month: number; day: number } | undefined => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
      if (!m) return undefined;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
    };
    const digit = fc.constantFrom('0', '1', '2', '3', '9', 'a', '-', ' ', '\u0660');
    const nearDate = fc.tuple(fc.stringMatching(/^\d{4}$/u), digit, fc.stringMatching(/^\d{2}$/u), digit, fc.stringMatching(/^\d{2}$/u)).map(([y, a, m, b, d]) => `${y}${a === '-' ? '-' : a}${m}${b === '-' ? '-' : b}${d}`);
    const value = fc.oneof(nearDate, fc.integer({ min: -800000, max: 3000000 }).map(fromDayNumber), fc.string({ maxLength: 12 }), fc.anything());
    fc.assert(
      fc.property(value, (v) => {
        const parts = typeof v === 'string' ? reference(v) : undefined;
        if (typeof v === 'string') expect(parseIsoDate(v)).toEqual(parts);
        expect(isIsoDate(v)).toBe(parts !== undefined);
        expect(isoDateKey(v)).toBe(parts === undefined ? -1 : parts.year * 10000 + parts.month * 100 + parts.day);
      }),
      { numRuns: 2000 },
    );
  });
  it('property: formatIsoDate writes what parseIsoDate reads, zero-padded (years before 1000 too)', () => {
    expect(formatIsoDate({ year: 5, month: 3, day: 9 })).toBe('0005-03-09');
    expect(formatIsoDate({ year: 2021, month: 12, day: 31 })).toBe('2021-12-31');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const text = formatIsoDate({ year, month, day });
        expect(text).toBe(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        expect(parseIsoDate(text)).toEqual({ year, month, day });
      }),
      { numRuns: 2000 },
    );
  });
  it('agrees with the UTC calendar of the JavaScript engine (independent of TZ)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });
  it('knows the weekday of the Hương Xuân election (Sunday 10/01/2021)', () => {
    expect(dayOfWeek('2021-01-10')).toBe(0);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });
  it('counts calendar days before a meeting (NQLT 09/2008 Điều 6: ≥ 20 days)', () => {
    expect(addDays('2021-01-10', -20)).toBe('2020-12-21');
    expect(differenceInDays('2020-12-21', '2021-01-10')).toBe(20);
    expect(() => addDays('2021-01-10', 0.5)).toThrow(RangeError);
  });
  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2021-01-10', 30)).toBe('2023-07-10');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
  });
  it('property: addDays and differenceInDays are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 50000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(differenceInDays(d, addDays(d, k))).toBe(k);
      }),
    );
  });
});
