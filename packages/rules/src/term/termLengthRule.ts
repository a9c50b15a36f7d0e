import { type Citation, type Confidence, isIsoDate, type IsoDate } from '@truongthon/core';
import { parameterOn, type ParameterValue } from '../law/parameter';
import { TERM_LENGTH_YEARS, type TermLengthValue } from './parameters';

/** The term lengths national law allows on a date, and whether the province chooses. */
export interface TermLengthLaw {
  /** `TERM.LEN.<year the period starts>`, e.g. `TERM.LEN.2026`. */
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly allowedYears: readonly number[];
  /** The length when the law leaves no choice (`null`: the UBND cấp tỉnh chooses). */
  readonly defaultYears: number | null;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

function toLaw(value: ParameterValue<TermLengthValue>): TermLengthLaw {
  return {
    id: `TERM.LEN.${value.from.slice(0, 4)}`,
    from: value.from,
    to: value.to,
    allowedYears: value.value.allowedYears,
    defaultYears: value.value.defaultYears,
    citations: value.citations,
    confidence: value.confidence,
  };
}

/**
 * TERM.LEN: the periods of the law parameter `TERM.LENGTH_YEARS` (see
 * `term/parameters.ts`), one per period, named by the year the period starts:
 * TERM.LEN.2005 (2.5, unconfirmed), TERM.LEN.2012 (2.5 only, TT 04/2012 Điều 12
 * khoản 3), TERM.LEN.2018 (2.5 or 5, the UBND cấp tỉnh chooses), TERM.LEN.2026
 * (5 for every province, NĐ 185/2026/NĐ-CP Điều 4 khoản 3). A read-only view
 * of the parameter: the parameter is the one place the law is written.
 */
export const TERM_LENGTH_LAW: readonly TermLengthLaw[] = /* @__PURE__ */ TERM_LENGTH_YEARS.values.map(toLaw);

/**
 * The national term-length law for a term starting on `date`, or `undefined`
 * outside coverage or when `date` is not a real `YYYY-MM-DD` day (never
 * throws).
 *
 * @example
 * termLengthLawOn('2021-01-10')?.allowedYears // [2.5, 5]
 * termLengthLawOn('2026-05-26')?.defaultYears // 5
 */
export function termLengthLawOn(date: IsoDate): TermLengthLaw | undefined {
  if (!isIsoDate(date)) return undefined;
  const value = parameterOn(TERM_LENGTH_YEARS, date);
  return value ? toLaw(value) : undefined;
}
