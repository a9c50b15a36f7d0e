import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../src/commands/common';

/** The date in Asia/Ho_Chi_Minh as the tz database (through Intl) gives it. */
const intlDate = (now: Date): string => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};

describe('todayInVietnam', () => {
  it('turns at midnight in Vietnam, 17:00 UTC the day before', () => {
    expect(todayInVietnam(new Date('2026-12-03T16:59:59.999Z'))).toBe('2026-12-03');
    expect(todayInVietnam(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });

  it('property: agrees with the tz database for any instant from 1976 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const now = new Date(ms);
        expect(todayInVietnam(now)).toBe(intlDate(now));
      }),
      { numRuns: 2000 },
    );
  });
});
