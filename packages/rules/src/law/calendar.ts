import type { DayOff, HolidayCode, LabourCodeId, PublicHoliday, SubstituteDay } from '@truongthon/core';
import type { SourceCitation } from '../sources';

/**
 * The law behind deadlines counted in working days (ngày làm việc), which
 * core's calendar computes: the weekly rest days, the public holidays of each
 * labour code and their substitute days (nghỉ bù), and how a period counted
 * in days starts and ends.
 */
export const WORKING_DAY_CITATIONS = {
  /** Saturday and Sunday are the weekly rest days of public bodies. */
  weeklyRest: {
    document: '188/1999/QĐ-TTg',
    article: '1',
    confidence: 'secondary',
    note: '"chế độ tuần làm việc 40 giờ trong 5 ngày, nghỉ ngày thứ bảy và chủ nhật hàng tuần" for cán bộ, công chức and State bodies; read in a garbled copy of the text (tailieu.vn; signed 17/09/1999).',
  },
  /** A period counted in days starts the day after the event. */
  startDayExcluded: {
    document: '91/2015/QH13',
    article: '147',
    clause: '3',
    confidence: 'confirmed',
    note: 'Bộ luật Dân sự 2015: "ngày xảy ra sự kiện không được tính mà tính từ ngày tiếp theo liền kề" (khoản 2 says the same for a period fixed in days). Applies unless another law says otherwise (Điều 145).',
  },
  /** A period whose last day is a day off ends on the next working day. */
  lastDayOff: {
    document: '91/2015/QH13',
    article: '148',
    clause: '5',
    confidence: 'secondary',
    note: 'Bộ luật Dân sự 2015: when the last day of a period is a weekend or holiday, the period ends at the end of the next working day; clause number inferred from a summary.',
  },
} as const satisfies Record<string, SourceCitation>;

/** The point (điểm) of the holiday article that names each holiday, in the order of Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1. */
const POINT: Record<HolidayCode, string> = {
  'holiday.new-year': 'a',
  'holiday.tet': 'b',
  'holiday.reunification': 'c',
  'holiday.labour': 'd',
  'holiday.national': 'đ',
  'holiday.hung-kings': 'e',
};

/**
 * Where a public holiday is set, by the labour code in force on its day:
 * - 2008 to 30/04/2013: Bộ luật Lao động 1994 Điều 73 as rewritten by Luật
 *   84/2007/QH11 (Tết four days, Giỗ Tổ Hùng Vương added);
 * - 01/05/2013 to 31/12/2020: Bộ luật Lao động 10/2012/QH13 Điều 115 khoản 1;
 * - from 01/01/2021: Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1 (khoản 3:
 *   the Prime Minister picks the Tết days and the day next to 2/9 each year).
 *
 * @example
 * holidayCitation(publicHolidays(2025)[0]) // { document: '45/2019/QH14', article: '112', clause: '1', point: 'a', … }
 */
export function holidayCitation(holiday: Pick<PublicHoliday, 'code' | 'labourCode'>): SourceCitation {
  const { code, labourCode } = holiday;
  if (labourCode === 'BLLD1994-2007') {
    return {
      document: 'Bộ luật Lao động 1994',
      article: '73',
      amendedBy: '84/2007/QH11',
      confidence: 'confirmed',
      note: 'Điều 73 as rewritten by Luật 84/2007/QH11 (passed 2 April 2007, in force on promulgation): Tết Âm lịch is four days, "một ngày cuối năm và ba ngày đầu năm âm lịch"; Giỗ Tổ Hùng Vương added. Read in full (antlawyers.vn copy).',
    };
  }
  if (labourCode === 'BLLD2012') {
    const confirmed = code === 'holiday.new-year' || code === 'holiday.hung-kings';
    const note =
      code === 'holiday.tet'
        ? 'Tết Âm lịch 05 ngày (read in secondary sources); the days are set yearly for public servants by the Prime Minister. Default here: see defaultTetDays.'
        : code === 'holiday.national'
          ? 'Quốc khánh 01 ngày (2/9) until 31 December 2020 (read in MoLISA notices quoted by the press).'
          : confirmed
            ? undefined
            : 'Point letters assumed to follow the order of the 2019 Code; content read in secondary sources.';
    return {
      document: '10/2012/QH13',
      article: '115',
      clause: '1',
      point: POINT[code],
      effective: '2013-05-01',
      confidence: confirmed ? 'confirmed' : 'secondary',
      ...(note === undefined ? {} : { note }),
    };
  }
  const note =
    code === 'holiday.tet'
      ? 'Tết Âm lịch 05 ngày; khoản 3: the Prime Minister decides the specific days each year. Default here: see defaultTetDays.'
      : code === 'holiday.national'
        ? 'Quốc khánh 02 ngày: 2/9 "và 01 ngày liền kề trước hoặc sau"; khoản 3: the Prime Minister decides which. Default here: see defaultNationalDayPair.'
        : undefined;
  return { document: '45/2019/QH14', article: '112', clause: '1', point: POINT[code], effective: '2021-01-01', confidence: 'confirmed', ...(note === undefined ? {} : { note }) };
}

/**
 * Where the substitute day (nghỉ bù) of a holiday day on a Saturday or Sunday
 * is set, by the labour code in force on that holiday day: Bộ luật Lao động
 * 1994 Điều 73 (as amended in 2007), 10/2012/QH13 Điều 115 khoản 3,
 * 45/2019/QH14 Điều 111 khoản 3. The law says "the next day"; the practice,
 * followed by core's calendar, is the next working day.
 *
 * @example
 * substituteDayCitation(substituteDays(publicHolidays(2024))[0]) // { document: '45/2019/QH14', article: '111', clause: '3', … }
 */
export function substituteDayCitation(day: Pick<SubstituteDay, 'labourCode'>): SourceCitation {
  if (day.labourCode === 'BLLD1994-2007') {
    return {
      document: 'Bộ luật Lao động 1994',
      article: '73',
      amendedBy: '84/2007/QH11',
      confidence: 'confirmed',
      note: '"Nếu những ngày nghỉ nói trên trùng vào ngày nghỉ hàng tuần thì người lao động được nghỉ bù vào ngày tiếp theo" (last paragraph). Applied as the next working day, as in practice.',
    };
  }
  if (day.labourCode === 'BLLD2012') {
    return {
      document: '10/2012/QH13',
      article: '115',
      clause: '3',
      effective: '2013-05-01',
      confidence: 'confirmed',
      note: '"Nếu những ngày nghỉ theo quy định tại khoản 1 Điều này trùng vào ngày nghỉ hằng tuần, thì người lao động được nghỉ bù vào ngày kế tiếp." Applied as the next working day, as in practice.',
    };
  }
  return {
    document: '45/2019/QH14',
    article: '111',
    clause: '3',
    effective: '2021-01-01',
    confidence: 'secondary',
    note: 'A weekly rest day that coincides with a holiday of Điều 112 khoản 1 is taken on the next working day (ngày làm việc kế tiếp); read in legal Q&A and in MoLISA/MoHA notices quoted by the press.',
  };
}

/**
 * The citation of a day off that core's calendar computed (a holiday day or a
 * substitute day); `undefined` for a day an official calendar lists, which
 * carries its notice in `source` instead.
 *
 * @example
 * dayOffCitation(daysOffInYear(2025)[0])
 */
export function dayOffCitation(day: DayOff): SourceCitation | undefined {
  if (day.labourCode === undefined) return undefined;
  if (day.kind === 'substitute') return substituteDayCitation({ labourCode: day.labourCode });
  if (day.kind === 'holiday' && day.code !== undefined) return holidayCitation({ code: day.code, labourCode: day.labourCode });
  return undefined;
}
