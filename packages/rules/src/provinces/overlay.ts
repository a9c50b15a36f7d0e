import type { Citation, IsoDate } from '@truongthon/core';
import type { LegalSource } from '../sources';

/** A parameter value a province sets for a period (OpenFisca-style dated value). */
export interface DatedValue<T> {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly value: T;
  readonly citations: readonly Citation[];
}

/**
 * The part of a province a term record covers when it is not the whole
 * province: the units of a province merged into it on 01/07/2025, named by the
 * code that province had until 30/06/2025 (e.g. Kon Tum `62` inside Quảng
 * Ngãi `51`). A merger moved the units; it did not end their heads' terms.
 */
export interface TermArea {
  readonly formerProvince: string;
}

/**
 * A term (nhiệm kỳ) a province declared, with its conventional label. Dates
 * are the first and last day it ran (inclusive). `end: null`: the term is
 * known to be running but its last day is not known (no later election or
 * decision in the data); look-ups then say so (`term.end-unknown`) rather
 * than invent an end.
 */
export interface DeclaredTerm {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The common election day, where one was set for the whole province or commune. */
  readonly electionDate?: IsoDate;
  /** Only the units of this part of the province (absent: the whole province). */
  readonly area?: TermArea;
  readonly citations: readonly Citation[];
}

/**
 * Who decided an adjustment of terms. From 26/05/2026 (Nghị định 185/2026/NĐ-CP
 * Điều 4 khoản 3) the UBND cấp xã decides up to `TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS`
 * (6 months) and the UBND cấp tỉnh beyond. A provincial decision carried out
 * by the commune chairmen on its instruction (e.g. Cao Bằng 3940/UBND-NC) is
 * the province's.
 */
export type AdjustmentAuthority = 'commune' | 'province';

/**
 * A decision extending sitting heads beyond their term (kéo dài nhiệm kỳ):
 * the terms whose regular last day falls in
 * [`appliesToTermsEndingFrom`, `appliesToTermsEndingTo`] run on to `until`.
 * Look-ups on days before `from` do not know of it.
 */
export interface TermExtension {
  /** Terms ending on or after this date are extended… */
  readonly appliesToTermsEndingFrom: IsoDate;
  /** …and on or before this one (absent or `null`: no upper bound). */
  readonly appliesToTermsEndingTo?: IsoDate | null;
  /** …up to this date (their new last day); `null`: until new rules. */
  readonly until: IsoDate | null;
  /** The day the decision applies from. */
  readonly from: IsoDate;
  readonly decidedBy: AdjustmentAuthority;
  /** Only the units of this part of the province (absent: the whole province). */
  readonly area?: TermArea;
  /** The decision, and any national guidance it implements (cited, not itself an extension). */
  readonly citations: readonly Citation[];
}

/**
 * A decision shortening terms (rút ngắn nhiệm kỳ), e.g. to align them with a
 * rearrangement of thôn and tổ dân phố: the terms whose regular last day falls
 * in [`appliesToTermsEndingFrom`, `appliesToTermsEndingTo`] end on `until`
 * instead, and the next term starts the day after.
 */
export interface TermShortening {
  readonly appliesToTermsEndingFrom: IsoDate;
  readonly appliesToTermsEndingTo: IsoDate;
  /** The new last day of those terms: before `appliesToTermsEndingFrom`. */
  readonly until: IsoDate;
  /** The day the decision applies from: on or before `until`. */
  readonly from: IsoDate;
  readonly decidedBy: AdjustmentAuthority;
  readonly area?: TermArea;
  readonly citations: readonly Citation[];
}

/** The parameters a province may set, by name. */
export interface ProvinceParameters {
  /**
   * Term length in years chosen by the UBND cấp tỉnh: 2.5 or 5 from 01/03/2018
   * to 25/05/2026; from 26/05/2026 the law leaves no choice (5 years,
   * `TERM.LENGTH_YEARS`), so a value then can only be 5.
   */
  readonly 'term.lengthYears'?: readonly DatedValue<number>[];
  /** Working days the UBND cấp xã has to recognise a result, where the province sets it. */
  readonly 'recognition.workingDays'?: readonly DatedValue<number>[];
}

export type ProvinceParameterName = keyof ProvinceParameters;

/**
 * A provincial overlay: data only. Adding a province means adding one such
 * file; two overlays that claim the same parameter for the same date are
 * rejected when the overlays are loaded.
 */
export interface ProvinceOverlay {
  /** Overlay id, e.g. `46-thua-thien-hue`. */
  readonly id: string;
  /** Province code and the period the code is read in. */
  readonly province: { readonly code: string; readonly from: IsoDate; readonly to: IsoDate | null };
  readonly parameters: ProvinceParameters;
  readonly terms?: readonly DeclaredTerm[];
  readonly extensions?: readonly TermExtension[];
  readonly shortenings?: readonly TermShortening[];
  /** Reporting deadlines the province set, as data (e.g. Kon Tum 2881/UBND-KTTH). */
  readonly reportingDeadlines?: readonly { readonly id: string; readonly due: IsoDate; readonly who: string; readonly citations: readonly Citation[] }[];
  /**
   * The documents this overlay cites that the library's `SOURCES` does not
   * list (a province data file's `documents`), by number: `citationText`
   * names them with their kind and issuer as it names SOURCES.
   */
  readonly documents?: Readonly<Record<string, LegalSource>>;
}
