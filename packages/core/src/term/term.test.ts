import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/addDays';
import { fromDayNumber } from '../calendar/dayNumber';
import { termFromStart, termLabel, termMonths } from './term';

describe('terms', () => {
  it('computes the Hương Xuân term 2021–2023 from the election of 10/01/2021', () => {
    expect(termFromStart('2021-01-10', 2.5)).toEqual({ label: '2021–2023', start: '2021-01-10', end: '2023-07-09', lengthYears: 2.5 });
  });
  it('computes a five-year term (e.g. Yên Lạc, Vĩnh Phúc: 2020–2025)', () => {
    expect(termFromStart('2020-06-15', 5).label).toBe('2020–2025');
  });
  it('computes the five-year term of NĐ 185/2026 from an election on 18/10/2026', () => {
    expect(termFromStart('2026-10-18', 5)).toEqual({ label: '2026–2031', start: '2026-10-18', end: '2031-10-17', lengthYears: 5 });
  });
  it('rejects lengths that are not whole months', () => {
    expect(termMonths(2.5)).toBe(30);
    expect(() => termMonths(2.3)).toThrow(RangeError);
    expect(() => termMonths(0)).toThrow(RangeError);
  });
  it('property: consecutive terms tile time without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.constantFrom(2.5, 5), (n, years) => {
        const first = termFromStart(fromDayNumber(n), years);
        const next = termFromStart(addDays(first.end, 1), years);
        expect(next.start > first.end).toBe(true);
        expect(addDays(first.end, 1)).toBe(next.start);
        expect(termLabel(first.start, first.end)).toBe(first.label);
      }),
    );
  });
});
