import { addDays } from '../calendar/addDays';
import { addMonths } from '../calendar/addMonths';
import type { IsoDate } from '../calendar/isoDate';

/**
 * A term of office (nhiệm kỳ) of a Trưởng thôn / Tổ trưởng tổ dân phố.
 * `start` and `end` are inclusive; `label` is the conventional `YYYY–YYYY`
 * span (with an en dash), e.g. `2021–2023`.
 */
export interface Term {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly lengthYears: number;
}

/**
 * The conventional label of a term: the year it starts and the year it ends,
 * joined by an en dash.
 *
 * @example
 * termLabel('2021-01-10', '2023-07-09') // '2021–2023'
 */
export function termLabel(start: IsoDate, end: IsoDate): string {
  return `${start.slice(0, 4)}–${end.slice(0, 4)}`;
}

/**
 * The months in a term of `lengthYears` (2.5 → 30, 5 → 60). Throws when the
 * length is not a whole number of months or not positive.
 */
export function termMonths(lengthYears: number): number {
  const months = lengthYears * 12;
  if (!(months > 0) || !Number.isInteger(months)) {
    throw new RangeError(`a term length must be a positive whole number of months, got ${lengthYears} years`);
  }
  return months;
}

/**
 * The term that starts on `start` and lasts `lengthYears`: it ends the day
 * before the same calendar day `lengthYears` later (a 2.5-year term from
 * 10/01/2021 runs to 09/07/2023 inclusive).
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 12 as amended by TT 14/2018/TT-BNV
 * (khoản 9 Điều 1): the term is 2.5 or 5 years, set by the UBND cấp tỉnh.
 *
 * @example
 * termFromStart('2021-01-10', 2.5)
 * // { label: '2021–2023', start: '2021-01-10', end: '2023-07-09', lengthYears: 2.5 }
 */
export function termFromStart(start: IsoDate, lengthYears: number): Term {
  const end = addDays(addMonths(start, termMonths(lengthYears)), -1);
  return { label: termLabel(start, end), start, end, lengthYears };
}
