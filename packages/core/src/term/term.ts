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
 * Legal basis (the length is the caller's, from the law in force when the
 * term starts; `@truongthon/rules` has it as the parameter `TERM.LENGTH_YEARS`):
 * TT 04/2012/TT-BNV Điều 12 khoản 3: 2.5 years (15/10/2012 – 28/02/2018); as
 * amended by TT 09/2017 and TT 14/2018/TT-BNV (khoản 9 Điều 1): 2.5 or 5 years,
 * set by the UBND cấp tỉnh (01/03/2018 – 25/05/2026); Nghị định
 * 185/2026/NĐ-CP Điều 4 khoản 3: 5 years for every province from 26/05/2026
 * (secondary: read in a public copy). A term shortened or extended by a
 * decision is not computed here: its regular end stays `end`.
 *
 * @example
 * termFromStart('2021-01-10', 2.5)
 * // { label: '2021–2023', start: '2021-01-10', end: '2023-07-09', lengthYears: 2.5 }
 * termFromStart('2026-10-18', 5)
 * // { label: '2026–2031', start: '2026-10-18', end: '2031-10-17', lengthYears: 5 }
 */
export function termFromStart(start: IsoDate, lengthYears: number): Term {
  const end = addDays(addMonths(start, termMonths(lengthYears)), -1);
  return { label: termLabel(start, end), start, end, lengthYears };
}
