import type { Citation, IsoDate } from '@truongthon/core';

/** The term lengths national law allows on a date, and whether the province chooses. */
export interface TermLengthLaw {
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly allowedYears: readonly number[];
  /** The length when the law leaves no choice. */
  readonly defaultYears: number | null;
  readonly citations: readonly Citation[];
}

/**
 * TERM.LEN: the term of a Trưởng thôn / Tổ trưởng tổ dân phố, as dated data.
 * - before 15/10/2012: 2.5 years, the usual understanding (UNCONFIRMED);
 * - TT 04/2012/TT-BNV (15/10/2012 – 28/02/2018): 2.5 years only (secondary);
 * - TT 09/2017/TT-BNV then TT 14/2018/TT-BNV (khoản 9 Điều 1, rewriting TT
 *   04/2012 Điều 12): 2.5 or 5 years, set uniformly by the UBND cấp tỉnh. No
 *   national default: without a provincial overlay the length is unknown.
 */
export const TERM_LENGTH_LAW: readonly TermLengthLaw[] = [
  {
    id: 'TERM.LEN.2005', from: '2005-05-12', to: '2012-10-14', allowedYears: [2.5], defaultYears: 2.5,
    citations: [{ document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: '2.5 years is the usual understanding; not read.' }],
  },
  {
    id: 'TERM.LEN.2012', from: '2012-10-15', to: '2018-02-28', allowedYears: [2.5], defaultYears: 2.5,
    citations: [{ document: '04/2012/TT-BNV', article: '12', confidence: 'secondary', note: '"chỉ cho phép nhiệm kỳ 02 năm rưỡi" (trongtaivietnam summary).' }],
  },
  {
    id: 'TERM.LEN.2018', from: '2018-03-01', to: null, allowedYears: [2.5, 5], defaultYears: null,
    citations: [
      { document: '04/2012/TT-BNV', article: '12', amendedBy: '09/2017/TT-BNV', effective: '2018-03-01', confidence: 'secondary' },
      { document: '04/2012/TT-BNV', article: '12', amendedBy: '14/2018/TT-BNV', effective: '2019-01-20', confidence: 'confirmed', note: 'khoản 9 Điều 1 TT 14/2018; the resulting clause is cited as khoản 2 or khoản 3 by different sources.' },
    ],
  },
];

/** The national term-length law on a date, or `undefined` outside coverage. */
export function termLengthLawOn(date: IsoDate): TermLengthLaw | undefined {
  return TERM_LENGTH_LAW.find((law) => date >= law.from && (law.to === null || date <= law.to));
}
