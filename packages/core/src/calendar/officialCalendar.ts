import type { Confidence } from '../engine/citation';
import { dayOfWeek } from './dayOfWeek';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { HOLIDAY_CODES, type HolidayCode } from './holidays';
import { type IsoDate, isIsoDate } from './isoDate';

/**
 * The days off actually decided for one year, as announced for cán bộ, công
 * chức, viên chức (public servants and employees of State bodies) by the
 * Prime Minister's office and the labour / home-affairs ministry (Thông báo,
 * Công văn). It overrides truongthon's computed defaults for the holidays it
 * `covers`.
 *
 * How to add a year: read the notice (or a press report quoting it), then
 * - list in `daysOff` every day it gives off (holiday days, nghỉ bù and
 *   weekdays swapped off); Saturdays and Sundays may be listed or left out,
 *   they are not working days anyway; a day in the previous or next year may
 *   be listed (the New Year 2019 break began on 2018-12-31);
 * - list in `workingDays` every Saturday or Sunday declared a working day in
 *   exchange (ngày làm bù);
 * - set `covers` to the holidays the notice settles; holidays it does not
 *   mention keep their computed days (and computed nghỉ bù);
 * - cite the notice in `source`, and run {@link validateOfficialCalendar}.
 * Never add days that you have not read in a notice or a report of one.
 *
 * Businesses may follow other schedules: this calendar is the public-sector
 * one, which is what administrative deadlines counted in working days use.
 */
export interface OfficialYearCalendar {
  readonly year: number;
  readonly daysOff: readonly IsoDate[];
  readonly workingDays?: readonly IsoDate[];
  /** Holidays whose days this calendar settles; all of them when omitted. */
  readonly covers?: readonly HolidayCode[];
  /** The notice(s), with number and date, and where they were read. */
  readonly source: string;
  readonly confidence?: Confidence;
}

/** A problem found in an {@link OfficialYearCalendar}, as a stable code and the offending value. */
export interface OfficialCalendarIssue {
  readonly code:
    | 'official.invalid-date'
    | 'official.far-from-year'
    | 'official.working-day-not-weekend'
    | 'official.off-and-working'
    | 'official.unknown-holiday'
    | 'official.missing-source'
    | 'official.invalid-year';
  readonly value?: string;
}

/**
 * Checks an official calendar before use: real dates, within a year of
 * `year`, `workingDays` only on Saturdays and Sundays, no day both off and
 * working, known holiday codes, a source. Returns the problems (empty when
 * none).
 *
 * @example
 * validateOfficialCalendar({ year: 2024, daysOff: ['2024-04-29'], workingDays: ['2024-05-06'], source: 'x' })
 * // [{ code: 'official.working-day-not-weekend', value: '2024-05-06' }]
 */
export function validateOfficialCalendar(calendar: OfficialYearCalendar): OfficialCalendarIssue[] {
  const issues: OfficialCalendarIssue[] = [];
  if (!Number.isInteger(calendar.year)) issues.push({ code: 'official.invalid-year', value: String(calendar.year) });
  if (!calendar.source || calendar.source.trim() === '') issues.push({ code: 'official.missing-source' });
  const near = (d: IsoDate): boolean => {
    const y = Number(d.slice(0, 4));
    return y >= calendar.year - 1 && y <= calendar.year + 1;
  };
  const off = new Set<IsoDate>();
  for (const d of calendar.daysOff) {
    if (!isIsoDate(d)) issues.push({ code: 'official.invalid-date', value: String(d) });
    else {
      if (!near(d)) issues.push({ code: 'official.far-from-year', value: d });
      off.add(d);
    }
  }
  for (const d of calendar.workingDays ?? []) {
    if (!isIsoDate(d)) {
      issues.push({ code: 'official.invalid-date', value: String(d) });
      continue;
    }
    if (!near(d)) issues.push({ code: 'official.far-from-year', value: d });
    const w = dayOfWeek(d);
    if (w !== 0 && w !== 6) issues.push({ code: 'official.working-day-not-weekend', value: d });
    if (off.has(d)) issues.push({ code: 'official.off-and-working', value: d });
  }
  for (const c of calendar.covers ?? []) {
    if (!HOLIDAY_CODES.includes(c)) issues.push({ code: 'official.unknown-holiday', value: String(c) });
  }
  return issues;
}

/** Every day from `from` to `to`, both included (a helper for the data below). */
function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) days.push(fromDayNumber(d));
  return days;
}

/**
 * Official public-sector calendars that truongthon has checked, 2019–2026.
 * Each was read in press reports quoting the notice (hence `secondary`), not
 * in the notice itself. Holidays a calendar does not cover keep their
 * computed days, which for those years agree with the reports found.
 *
 * Used by default by `isWorkingDay`, `addWorkingDays` and `daysOffInYear`.
 */
export const OFFICIAL_CALENDARS: readonly OfficialYearCalendar[] = [
  {
    year: 2019,
    daysOff: [
      '2018-12-31', // swapped with Saturday 2019-01-05
      '2019-01-01',
      ...range('2019-02-04', '2019-02-08'),
      '2019-04-15', // nghỉ bù: Giỗ Tổ on Sunday 2019-04-14
      '2019-04-29', // swapped with Saturday 2019-05-04
      '2019-04-30',
      '2019-05-01',
      '2019-09-02',
    ],
    workingDays: ['2019-01-05', '2019-05-04'],
    source:
      'Thông báo 3238/TB-LĐTBXH (2018) on the 2019 holidays, as reported by Báo Nghệ An (baonghean.vn, 11/09/2018) and Người Lao Động (nld.com.vn, 07/01/2019); Giỗ Tổ 13–15/4 and 30/4–1/5: SGGP "Holiday schedule of 2019 announced"; Quốc khánh 31/8–2/9: Nhân Dân (en.nhandan.vn).',
    confidence: 'secondary',
  },
  {
    year: 2020,
    daysOff: range('2020-01-23', '2020-01-29'),
    covers: ['holiday.tet'],
    source:
      'Decision on Tết Canh Tý signed by the Minister of Labour, Invalids and Social Affairs: Thursday 23/1 to Wednesday 29/1/2020, 28–29/1 being nghỉ bù for mùng 1–2 on the weekend (VietNamNet/Dtinews; SGGP 31/12/2019; Sở Công Thương Đắk Lắk 07/01/2020).',
    confidence: 'secondary',
  },
  {
    year: 2021,
    daysOff: [...range('2021-02-10', '2021-02-16'), '2021-09-02', '2021-09-03'],
    covers: ['holiday.tet', 'holiday.national'],
    source:
      'Prime Minister Nguyễn Xuân Phúc approved MoLISA\'s proposal (November 2020): Tết 10–16/2/2021 (15–16/2 nghỉ bù for 13–14/2), Quốc khánh 2–5/9/2021 (VietnamPlus "2021 Lunar New Year holiday to last for seven days"; SGGP via TalkVietnam 27/11/2020).',
    confidence: 'secondary',
  },
  {
    year: 2022,
    daysOff: range('2022-01-31', '2022-02-04'),
    covers: ['holiday.tet'],
    source:
      'Công văn 245 of the Government Office (11/01/2022): Deputy Prime Minister Vũ Đức Đam agreed to 5 Tết days plus the weekends before and after, i.e. 29/1–6/2/2022 with Tết 31/1–4/2 (Kinh tế & Môi trường 12/01/2022; SGGP 05/12/2021 and 13/10/2021).',
    confidence: 'secondary',
  },
  {
    year: 2023,
    daysOff: [...range('2023-01-20', '2023-01-26'), ...range('2023-09-01', '2023-09-04')],
    covers: ['holiday.tet', 'holiday.national'],
    source:
      'Government Office dispatch (late November 2022), Deputy Prime Minister Vũ Đức Đam agreeing with MoLISA: Tết 20–26/1/2023 (two days nghỉ bù under Labour Code Article 111(3)), Quốc khánh 1–4/9/2023 (VietnamPlus 01/12/2022; SGGP 08/12/2022).',
    confidence: 'secondary',
  },
  {
    year: 2024,
    daysOff: [...range('2024-02-08', '2024-02-14'), '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03'],
    workingDays: ['2024-05-04'],
    covers: ['holiday.tet', 'holiday.reunification', 'holiday.labour', 'holiday.national'],
    source:
      'Prime Minister Phạm Minh Chính approved MoLISA\'s plan: Tết 8–14/2/2024, Quốc khánh 31/8–3/9/2024 (Việt Nam News 05/11/2023; VietnamPlus); 30/4–1/5: Government Office document 2450 (12/04/2024), Monday 29/4 off, Saturday 4/5 worked (SGGP 12/04/2024; Thời báo Tài chính 15/04/2024).',
    confidence: 'secondary',
  },
  {
    year: 2025,
    daysOff: [...range('2025-01-27', '2025-01-31'), '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    workingDays: ['2025-04-26'],
    covers: ['holiday.tet', 'holiday.reunification', 'holiday.labour', 'holiday.national'],
    source:
      'Tết 27–31/1/2025 (28 Chạp – mùng 3), approved by Prime Minister Phạm Minh Chính (SGGP 27/11/2024); 30/4–1/5: Friday 2/5 swapped with Saturday 26/4 (VietnamPlus, post1033115); Quốc khánh 1–2/9/2025 announced by the Ministry of Home Affairs (Việt Nam News 04/08/2025; SGGP 03/08/2025).',
    confidence: 'secondary',
  },
  {
    year: 2026,
    daysOff: ['2026-01-01', '2026-01-02', ...range('2026-02-16', '2026-02-20'), '2026-08-31', '2026-09-01', '2026-09-02'],
    workingDays: ['2026-01-10', '2026-08-22'],
    covers: ['holiday.new-year', 'holiday.tet', 'holiday.national'],
    source:
      'Văn bản 12729/VPCP-KGVX (25/12/2025): New Year 1–4/1/2026, Friday 2/1 swapped with Saturday 10/1 (VietNamNet 26/12/2025); Thông báo 9441/TB-BNV (16/10/2025): Tết 16–20/2/2026 (29 Chạp – mùng 4), Quốc khánh 1–2/9/2026 plus Monday 31/8 swapped with Saturday 22/8 (Báo Hải Phòng via vietnam.vn; SGGP 14/10/2025; Việt Nam News 03/10/2025).',
    confidence: 'secondary',
  },
];
