import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isoDateKey } from './isoDate';

/** The definition, written as the pattern it is: `YYYY-MM-DD`, ASCII digits, a real calendar day. */
function byPattern(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return -1;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? -1 : year * 10000 + month * 100 + day;
}

describe('isoDateKey', () => {
  it('reads real days and refuses the rest', () => {
    expect(isoDateKey('2021-01-10')).toBe(20210110);
    expect(isoDateKey('2000-02-29')).toBe(20000229);
    for (const bad of ['2021-02-29', '2021-13-01', '0000-01-01', '2021-1-10', '2021/01/10', '２０２１-01-10', '2021-01-10 ', 20210110, null]) expect(isoDateKey(bad)).toBe(-1);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('property: is the pattern it is documented as, on any ten characters of digits, dashes and look-alikes', () => {
    const char = fc.constantFrom(...'0123456789-/ ٣０x');
    fc.assert(
      fc.property(fc.array(char, { minLength: 10, maxLength: 10 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (chars, y, m, d) => {
        const random = chars.join('');
        expect(isoDateKey(random)).toBe(byPattern(random));
        const shaped = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isoDateKey(shaped)).toBe(byPattern(shaped));
      }),
      { numRuns: 20_000 },
    );
  });
});
