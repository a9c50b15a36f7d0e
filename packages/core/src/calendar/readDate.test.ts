import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from './dayNumber';
import { daysInMonth } from './isoDate';
import { readDate } from './readDate';

const RUNS = { numRuns: 1000 };
/** Any day from 1900 to 2100, as `YYYY-MM-DD`. */
const day = fc.integer({ min: -25567, max: 47482 }).map(fromDayNumber);

describe('readDate', () => {
  it('reads day first, as written in Vietnam, and the ISO form', () => {
    expect(readDate('05/06/2005')).toEqual({ ok: true, date: '2005-06-05' });
    expect(readDate('5/6/2005')).toEqual({ ok: true, date: '2005-06-05' });
    expect(readDate('05-06-2005')).toEqual({ ok: true, date: '2005-06-05' });
    expect(readDate('05.06.2005')).toEqual({ ok: true, date: '2005-06-05' });
    expect(readDate('2005-06-05')).toEqual({ ok: true, date: '2005-06-05' });
    expect(readDate('2005/6/5')).toEqual({ ok: true, date: '2005-06-05' });
  });

  it('ignores what a paste brings along: spaces, a zero-width space, a byte-order mark', () => {
    expect(readDate(' 15/06/1975 ')).toEqual({ ok: true, date: '1975-06-15' });
    expect(readDate('\u200b15/06/1975\ufeff')).toEqual({ ok: true, date: '1975-06-15' });
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(readDate('31/02/2000')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDate('29/02/2021')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDate('29/02/2000')).toEqual({ ok: true, date: '2000-02-29' });
    expect(readDate('29/02/1900')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDate('2021-13-01')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDate('00/01/2021')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('never guesses a two-digit year or reads what is not a date', () => {
    expect(readDate('05/06/05')).toEqual({ ok: false, reason: 'two-digit-year' });
    for (const text of ['', 'hôm qua', '2005', '05/2005', '2005-06-05T10:00', '05/06/2005 10:00', '１５/06/1975', '5/6/20050']) {
      expect(readDate(text)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('property: every day reads back from its ISO, dd/MM/yyyy and d/M/yyyy forms', () => {
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(readDate(iso)).toEqual({ ok: true, date: iso });
        expect(readDate(`${d}/${m}/${y}`)).toEqual({ ok: true, date: iso });
        expect(readDate(`${Number(d)}/${Number(m)}/${y}`)).toEqual({ ok: true, date: iso });
      }),
      RUNS,
    );
  });

  it('property: a day past the end of its month is impossible, in either order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, past) => {
        const dayOfMonth = daysInMonth(year, month) + past;
        if (dayOfMonth > 99) return;
        expect(readDate(`${dayOfMonth}/${month}/${year}`)).toEqual({ ok: false, reason: 'impossible' });
        expect(readDate(`${year}-${month}-${dayOfMonth}`)).toEqual({ ok: false, reason: 'impossible' });
      }),
      RUNS,
    );
  });
});
