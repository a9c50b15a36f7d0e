import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './addDays';
import { addMonths } from './addMonths';
import { dayOfWeek } from './dayOfWeek';
import { differenceInDays } from './differenceInDays';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { isIsoDate, isoDateKey, parseIsoDate } from './isoDate';

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
  it('property: isIsoDate and isoDateKey say yes exactly when parseIsoDate reads the value', () => {
    const digit = fc.constantFrom('0', '1', '2', '3', '9', 'a', '-', ' ', '\u0660');
    const nearDate = fc.tuple(fc.stringMatching(/^\d{4}$/u), digit, fc.stringMatching(/^\d{2}$/u), digit, fc.stringMatching(/^\d{2}$/u)).map(([y, a, m, b, d]) => `${y}${a === '-' ? '-' : a}${m}${b === '-' ? '-' : b}${d}`);
    const value = fc.oneof(nearDate, fc.integer({ min: -800000, max: 3000000 }).map(fromDayNumber), fc.string({ maxLength: 12 }), fc.anything());
    fc.assert(
      fc.property(value, (v) => {
        const parts = typeof v === 'string' ? parseIsoDate(v) : undefined;
        expect(isIsoDate(v)).toBe(parts !== undefined);
        expect(isoDateKey(v)).toBe(parts === undefined ? -1 : parts.year * 10000 + parts.month * 100 + parts.day);
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
