import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './addDays';
import { dayOfWeek } from './dayOfWeek';
import {
  HOLIDAYS_MAX_YEAR,
  HOLIDAYS_MIN_YEAR,
  type HolidayCode,
  defaultNationalDayPair,
  defaultTetDays,
  publicHolidays,
  substituteDays,
} from './holidays';
import { lunarNewYear, toLunarDate } from './lunar';

const datesOf = (year: number, code: HolidayCode): readonly string[] =>
  publicHolidays(year).find((h) => h.code === code)!.dates;

describe('public holidays', () => {
  it('lists the six holidays of 2025 with codes, dates and the labour code that sets them', () => {
    const h = publicHolidays(2025);
    expect(h.map((x) => [x.code, x.dates, x.basis])).toEqual([
      ['holiday.new-year', ['2025-01-01'], 'statute'],
      ['holiday.tet', ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'computed-default'],
      ['holiday.hung-kings', ['2025-04-07'], 'statute'],
      ['holiday.reunification', ['2025-04-30'], 'statute'],
      ['holiday.labour', ['2025-05-01'], 'statute'],
      ['holiday.national', ['2025-09-01', '2025-09-02'], 'computed-default'],
    ]);
    expect(h.map((x) => x.labourCode)).toEqual(Array(6).fill('BLLD2019'));
  });

  it('computes Tết 2019–2026 as the days the Prime Minister actually chose', () => {
    const tet: Record<number, [string, string]> = {
      2019: ['2019-02-04', '2019-02-08'], // 30 Tết – mùng 4 (Thông báo 3238/TB-LĐTBXH)
      2020: ['2020-01-23', '2020-01-27'], // 29 Chạp – mùng 3, nghỉ bù 28–29/1
      2021: ['2021-02-10', '2021-02-14'],
      2022: ['2022-01-31', '2022-02-04'],
      2023: ['2023-01-20', '2023-01-24'],
      2024: ['2024-02-08', '2024-02-12'],
      2025: ['2025-01-27', '2025-01-31'],
      2026: ['2026-02-16', '2026-02-20'], // 29 Chạp – mùng 4 (Thông báo 9441/TB-BNV)
    };
    for (const [year, [first, last]] of Object.entries(tet)) {
      const days = datesOf(Number(year), 'holiday.tet');
      expect([days[0], days[4], days.length], year).toEqual([first, last, 5]);
      expect(days, year).toContain(lunarNewYear(Number(year)));
    }
  });

  it('gives Quốc khánh one day until 2020 and two from 2021, with the default adjacent day', () => {
    expect(datesOf(2019, 'holiday.national')).toEqual(['2019-09-02']);
    expect(datesOf(2020, 'holiday.national')).toEqual(['2020-09-02']);
    expect(datesOf(2021, 'holiday.national')).toEqual(['2021-09-02', '2021-09-03']); // Thursday → Friday
    expect(datesOf(2022, 'holiday.national')).toEqual(['2022-09-01', '2022-09-02']);
    expect(datesOf(2023, 'holiday.national')).toEqual(['2023-09-01', '2023-09-02']);
    expect(datesOf(2024, 'holiday.national')).toEqual(['2024-09-02', '2024-09-03']); // Monday → Tuesday
    expect(datesOf(2025, 'holiday.national')).toEqual(['2025-09-01', '2025-09-02']);
    expect(datesOf(2026, 'holiday.national')).toEqual(['2026-09-01', '2026-09-02']);
    expect(defaultNationalDayPair(2029)).toEqual(['2029-09-01', '2029-09-02']); // a Sunday
    const h2020 = publicHolidays(2020).find((h) => h.code === 'holiday.national')!;
    expect(h2020.labourCode).toBe('BLLD2012');
    expect(h2020.basis).toBe('statute');
  });

  it('dates Giỗ Tổ Hùng Vương on 10/3 âm lịch', () => {
    for (let year = 2019; year <= 2026; year++) {
      const [day] = datesOf(year, 'holiday.hung-kings');
      expect(toLunarDate(day!)).toEqual({ year, month: 3, day: 10, leapMonth: false });
    }
  });

  it('gives nghỉ bù for holiday days on a weekend, 2019–2026', () => {
    const subs = (year: number) => substituteDays(publicHolidays(year)).map((s) => s.date);
    expect(subs(2019)).toEqual(['2019-04-15']); // Giỗ Tổ on Sunday 14/4
    expect(subs(2020)).toEqual(['2020-01-28', '2020-01-29']);
    expect(subs(2021)).toEqual(['2021-02-15', '2021-02-16', '2021-05-03']);
    expect(subs(2022)).toEqual(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']);
    expect(subs(2023)).toEqual(['2023-01-02', '2023-01-25', '2023-01-26', '2023-05-02', '2023-05-03', '2023-09-04']);
    expect(subs(2024)).toEqual(['2024-02-13', '2024-02-14']);
    expect(subs(2025)).toEqual([]);
    expect(subs(2026)).toEqual(['2026-04-27']); // Giỗ Tổ on Sunday 26/4
    const [s] = substituteDays(publicHolidays(2026));
    expect(s).toMatchObject({ for: '2026-04-26', code: 'holiday.hung-kings', labourCode: 'BLLD2019' });
    const [s2019] = substituteDays(publicHolidays(2019));
    expect(s2019!.labourCode).toBe('BLLD2012');
  });

  it('skips days already off when placing nghỉ bù', () => {
    const holidays = publicHolidays(2026);
    expect(substituteDays(holidays, ['2026-04-27']).map((s) => s.date)).toEqual(['2026-04-28']);
  });

  it('applies the 1994 Code as amended in 2007 before 1 May 2013: Tết is 4 fixed days', () => {
    const tet2013 = publicHolidays(2013).find((h) => h.code === 'holiday.tet')!;
    expect(tet2013.dates).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']);
    expect(tet2013.basis).toBe('statute');
    expect(tet2013.labourCode).toBe('BLLD1994-2007');
    expect(publicHolidays(2013).find((h) => h.code === 'holiday.labour')!.labourCode).toBe('BLLD2012');
    expect(publicHolidays(2013).find((h) => h.code === 'holiday.reunification')!.labourCode).toBe('BLLD1994-2007');
    const tet2014 = publicHolidays(2014).find((h) => h.code === 'holiday.tet')!;
    expect(tet2014.dates).toHaveLength(5);
    expect(publicHolidays(2008).find((h) => h.code === 'holiday.hung-kings')!.dates).toEqual(['2008-04-15']);
  });

  it('refuses years it cannot compute', () => {
    expect(() => publicHolidays(HOLIDAYS_MIN_YEAR - 1)).toThrow(RangeError);
    expect(() => publicHolidays(HOLIDAYS_MAX_YEAR + 1)).toThrow(RangeError);
    expect(() => publicHolidays(2025.5)).toThrow(RangeError);
  });

  it('property: every year has six holidays and well-formed Tết and nghỉ bù', () => {
    fc.assert(
      fc.property(fc.integer({ min: HOLIDAYS_MIN_YEAR, max: HOLIDAYS_MAX_YEAR }), (year) => {
        const holidays = publicHolidays(year);
        expect(holidays).toHaveLength(6);
        for (const h of holidays) for (const d of h.dates) expect(d.startsWith(`${year}-`)).toBe(true);
        const tet = holidays.find((h) => h.code === 'holiday.tet')!.dates;
        const first = lunarNewYear(year);
        expect(tet).toContain(first);
        expect(tet.every((d, i) => i === 0 || d === addDays(tet[i - 1]!, 1))).toBe(true);
        expect(toLunarDate(tet[0]!).year).toBe(year - 1); // at least one day of the old year
        if (year >= 2014) expect(tet).toEqual(defaultTetDays(year));
        const all = new Set(holidays.flatMap((h) => h.dates));
        const subs = substituteDays(holidays);
        const weekendDays = [...all].filter((d) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6);
        expect(subs).toHaveLength(weekendDays.length);
        const subDates = subs.map((s) => s.date);
        expect(new Set(subDates).size).toBe(subDates.length);
        for (const s of subs) {
          expect([0, 6]).not.toContain(dayOfWeek(s.date));
          expect(all.has(s.date)).toBe(false);
          expect(s.date > s.for).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
