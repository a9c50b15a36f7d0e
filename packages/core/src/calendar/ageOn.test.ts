import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './addDays';
import { addMonths } from './addMonths';
import { ageOn } from './ageOn';
import { fromDayNumber } from './dayNumber';

describe('ageOn', () => {
  it('counts the birthday itself as the completed year (đủ 21 tuổi on the 21st birthday)', () => {
    expect(ageOn('2000-01-10', '2021-01-10')).toBe(21);
    expect(ageOn('2000-01-11', '2021-01-10')).toBe(20);
    expect(ageOn('2000-01-09', '2021-01-10')).toBe(21);
  });
  it('keeps a 29 February birthday on 1 March in common years by default', () => {
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
  });
  it('can keep it on 28 February instead', () => {
    expect(ageOn('2000-02-29', '2021-02-28', '02-28')).toBe(21);
    expect(ageOn('2000-02-29', '2021-02-27', '02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2024-02-28', '02-28')).toBe(23);
  });
  it('is negative before birth and rejects impossible dates', () => {
    expect(ageOn('2000-01-10', '1999-01-10')).toBe(-1);
    expect(() => ageOn('2000-02-30', '2021-01-10')).toThrow(RangeError);
    expect(() => ageOn('2000-01-10', '10/01/2021')).toThrow(/onDate/);
  });
  it('property: age increases by exactly one on each anniversary (non-leap-day births)', () => {
    const day = fc.integer({ min: -25000, max: 40000 }).map(fromDayNumber).filter((d) => !d.endsWith('-02-29'));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (birth, years) => {
        const anniversary = addMonths(birth, years * 12);
        expect(ageOn(birth, anniversary)).toBe(years);
        if (years > 0) expect(ageOn(birth, addDays(anniversary, -1))).toBe(years - 1);
      }),
    );
  });
});
