import type { IsoDate } from '@truongthon/core';
import type { SourceCitation } from '../sources';

/** Identifiers of the legal regimes, named after the year their texts took effect. */
export type RegimeId = 'R2005' | 'R2008' | 'R2017' | 'R2018' | 'R2023' | 'R2025' | 'R2026';

/**
 * A regime's period and name: all that choosing the regime of a date, and
 * the `regime` of a result, need.
 */
export interface RegimePeriod {
  readonly id: RegimeId;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** Vietnamese then English name. */
  readonly name: { readonly vi: string; readonly en: string };
}

/**
 * A regime's texts: which documents govern it and what is uncertain about it.
 * Kept apart from its period so that code which only resolves dates (the
 * checks, the browser builds) does not carry them; `REGIMES` joins the two.
 */
export interface RegimeTexts {
  /** Texts that govern the candidate criteria in this period. */
  readonly criteria: readonly SourceCitation[];
  /** Texts that govern the term (nhiệm kỳ). */
  readonly term: readonly SourceCitation[];
  /** Texts that govern the election procedure. */
  readonly procedure: readonly SourceCitation[];
  /** What is uncertain about this regime, in English. */
  readonly notes: readonly string[];
}

/**
 * A legal regime: the period in which one set of texts governs the election
 * of Trưởng thôn / Tổ trưởng tổ dân phố. Regimes partition time without gaps
 * from 12/05/2005; the regime of an election is chosen by its meeting date.
 */
export interface Regime extends RegimePeriod, RegimeTexts {}
