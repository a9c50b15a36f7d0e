import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, displayCount, displayDate, displayNumber, displayPercent, formatMessage } from '../src/index';

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

describe('dateInWords', () => {
  it('writes a date as administrative documents do (NĐ 30/2020: a leading zero for days below 10 and months 1, 2), and in English words', () => {
    expect(dateInWords('1975-06-15')).toBe('ngày 15 tháng 6 năm 1975');
    expect(dateInWords('2005-01-05')).toBe('ngày 05 tháng 01 năm 2005');
    expect(dateInWords('2005-02-28')).toBe('ngày 28 tháng 02 năm 2005');
    expect(dateInWords('2005-12-31')).toBe('ngày 31 tháng 12 năm 2005');
    expect(dateInWords('2005-06-05', 'en')).toBe('5 June 2005');
    expect(dateInWords('31/02/2000')).toBe('31/02/2000');
  });

  it('names the day it was given (property: the words read back to the date)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [, day, month, year] = /^ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(dateInWords(iso))!;
        expect(`${year}-${month!.padStart(2, '0')}-${day}`).toBe(iso);
        expect(dateInWords(iso, 'en')).toBe(`${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`);
      }),
    );
  });
});

describe('displayNumber', () => {
  it('marks thousands from five digits on and writes the decimal mark of the language', () => {
    expect(displayNumber(100000)).toBe('100.000');
    expect(displayNumber(12345)).toBe('12.345');
    expect(displayNumber(2021)).toBe('2021');
    expect(displayNumber(2.5)).toBe('2,5');
    expect(displayNumber(-1234567.25)).toBe('-1.234.567,25');
    expect(displayNumber(12345.5, 'en')).toBe('12,345.5');
    expect(displayNumber(66.67, 'en')).toBe('66.67');
    expect([displayCount(1250), displayCount(361), displayCount(1250, 'en'), displayCount(2021)]).toEqual(['1.250', '361', '1,250', '2.021']);
    expect([displayPercent(60.94), displayPercent(60.94, 'en'), displayPercent(50)]).toEqual(['60,94%', '60.94%', '50%']);
    expect(formatMessage('elig.age.under-minimum', { age: 20, minAge: 21, reachesOn: '2021-01-11' })).toContain('(20 tuổi)');
  });

  it('reads back to the number it was given (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 100) / 100)), (n) => {
        expect(Number(displayNumber(n).replaceAll('.', '').replace(',', '.'))).toBe(n === 0 ? 0 : n);
        expect(Number(displayNumber(n, 'en').replaceAll(',', ''))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
