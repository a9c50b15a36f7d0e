/**
 * The law behind core's working-day calendar, kept with the rules (issue 14,
 * item 5): core computes the days and names the labour code in force; the
 * citations of each code's holiday and nghỉ bù articles, and of the weekly
 * rest and period-counting rules, are here, each naming a document of SOURCES.
 */
import { daysOffInYear, publicHolidays, substituteDays } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { dayOffCitation, holidayCitation, type SourceCitation, SOURCES, substituteDayCitation, WORKING_DAY_CITATIONS } from '../src/index';

describe('holiday and working-day citations', () => {
  it('cites Bộ luật Lao động 2019 Điều 112 khoản 1 for the holidays of 2025, point by point', () => {
    const h = publicHolidays(2025).map(holidayCitation);
    expect(h[0]).toMatchObject({ document: '45/2019/QH14', article: '112', clause: '1', point: 'a', confidence: 'confirmed' });
    expect(h[1]).toMatchObject({ point: 'b' });
    expect(h[2]).toMatchObject({ point: 'e' });
    expect(h[5]).toMatchObject({ point: 'đ' });
  });

  it('cites the code in force on the holiday: 10/2012/QH13 Điều 115 until 2020, the 1994 Code as amended in 2007 before 1 May 2013', () => {
    expect(holidayCitation(publicHolidays(2020).find((h) => h.code === 'holiday.national')!)).toMatchObject({ document: '10/2012/QH13', article: '115' });
    const in2013 = publicHolidays(2013);
    expect(holidayCitation(in2013.find((h) => h.code === 'holiday.tet')!)).toMatchObject({ document: 'Bộ luật Lao động 1994', article: '73', amendedBy: '84/2007/QH11' });
    expect(holidayCitation(in2013.find((h) => h.code === 'holiday.labour')!)).toMatchObject({ document: '10/2012/QH13' });
    expect(holidayCitation(in2013.find((h) => h.code === 'holiday.reunification')!)).toMatchObject({ amendedBy: '84/2007/QH11' });
  });

  it('cites the nghỉ bù article of the code in force on the holiday day it replaces', () => {
    const [s2026] = substituteDays(publicHolidays(2026));
    expect(s2026).toMatchObject({ for: '2026-04-26', code: 'holiday.hung-kings' });
    expect(substituteDayCitation(s2026!)).toMatchObject({ document: '45/2019/QH14', article: '111', clause: '3' });
    const [s2019] = substituteDays(publicHolidays(2019));
    expect(substituteDayCitation(s2019!)).toMatchObject({ document: '10/2012/QH13', article: '115', clause: '3' });
  });

  it('cites computed days off and leaves official ones to their notice', () => {
    const computed = daysOffInYear(2024, { officialCalendars: [] });
    expect(computed.map(dayOffCitation).every((c) => c !== undefined)).toBe(true);
    expect(dayOffCitation(computed.find((d) => d.kind === 'substitute')!)).toMatchObject({ article: '111', clause: '3' });
    const official = daysOffInYear(2025).find((d) => d.kind === 'official')!;
    expect(official.source).toBeTruthy();
    expect(dayOffCitation(official)).toBeUndefined();
  });

  it('cites the Civil Code for counting periods and Quyết định 188/1999 for the weekly rest', () => {
    expect(WORKING_DAY_CITATIONS.startDayExcluded).toMatchObject({ document: '91/2015/QH13', article: '147' });
    expect(WORKING_DAY_CITATIONS.weeklyRest).toMatchObject({ document: '188/1999/QĐ-TTg', article: '1' });
  });

  it('every document cited is in SOURCES with its issuer', () => {
    const cited: SourceCitation[] = [
      ...[2012, 2013, 2020, 2021, 2025].flatMap((y) => publicHolidays(y).map(holidayCitation)),
      ...[2012, 2019, 2026].flatMap((y) => substituteDays(publicHolidays(y)).map(substituteDayCitation)),
      ...Object.values(WORKING_DAY_CITATIONS),
    ];
    for (const c of cited) {
      expect(SOURCES[c.document].issuer, c.document).toBeTruthy();
      if (c.amendedBy) expect(SOURCES[c.amendedBy].number).toBe(c.amendedBy);
    }
  });
});
