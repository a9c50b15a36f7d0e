import type { Citation, IsoDate } from '@truongthon/core';

/** A parameter value a province sets for a period (OpenFisca-style dated value). */
export interface DatedValue<T> {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly value: T;
  readonly citations: readonly Citation[];
}

/**
 * A term (nhiệm kỳ) a province declared, with its conventional label. Dates
 * are the first and last day it ran (inclusive).
 */
export interface DeclaredTerm {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The common election day, where one was set for the whole province or commune. */
  readonly electionDate?: IsoDate;
  readonly citations: readonly Citation[];
}

/** A decision extending sitting leaders beyond their term (kéo dài nhiệm kỳ). */
export interface TermExtension {
  /** Terms ending on or after this date are extended… */
  readonly appliesToTermsEndingFrom: IsoDate;
  /** …up to this date; `null`: until new rules. */
  readonly until: IsoDate | null;
  readonly from: IsoDate;
  readonly citations: readonly Citation[];
}

/** The parameters a province may set, by name. */
export interface ProvinceParameters {
  /** Term length in years chosen by the UBND cấp tỉnh (2.5 or 5 since 01/03/2018). */
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
  /** Reporting deadlines the province set, as data (e.g. Kon Tum 2881/UBND-KTTH). */
  readonly reportingDeadlines?: readonly { readonly id: string; readonly due: IsoDate; readonly who: string; readonly citations: readonly Citation[] }[];
}
