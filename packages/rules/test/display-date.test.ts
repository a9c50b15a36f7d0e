import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayDate, formatMessage } from '../src/index';

describe('displayDate', () => {
  it('reorders a legal date for Vietnamese readers and keeps ISO in English', () => {
    expect(displayDate('2021-01-11')).toBe('11/01/2021');
    expect(displayDate('2021-01-11', 'en')).toBe('2021-01-11');
    expect(displayDate('Thôn 1')).toBe('Thôn 1');
    expect(displayDate('2021-1-11')).toBe('2021-1-11');
  });

  it('is the day it was given, read back (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [day, month, year] = displayDate(iso).split('/');
        expect(`${year}-${month}-${day}`).toBe(iso);
      }),
    );
  });

  it('no Vietnamese message shows a date parameter in ISO (issue 15)', () => {
    const text = formatMessage('elig.age.under-minimum', { age: 20, minAge: 21, reachesOn: '2021-01-11' });
    expect(text).toContain('đủ 21 tuổi từ ngày 11/01/2021');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    expect(formatMessage('elig.age.under-minimum', { age: 20, minAge: 21, reachesOn: '2021-01-11' }, 'en')).toContain('2021-01-11');
  });

  it("never reorders the caller's own text that happens to look like a date", () => {
    expect(formatMessage('input.unknown-province', { province: '2021-01-10', date: '2021-01-10' })).toMatch(/2021-01-10.*10\/01\/2021/u);
  });
});
