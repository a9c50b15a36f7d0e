import type { IsoDate } from '@truongthon/core';
import type { SourceCitation } from '../sources';

/** Identifiers of the legal regimes, named after the year their texts took effect. */
export type RegimeId = 'R2005' | 'R2008' | 'R2017' | 'R2018' | 'R2023' | 'R2025' | 'R2026';

/**
 * A legal regime: the period in which one set of texts governs the election
 * of Trưởng thôn / Tổ trưởng tổ dân phố. Regimes partition time without gaps
 * from 12/05/2005; the regime of an election is chosen by its meeting date.
 */
export interface Regime {
  readonly id: RegimeId;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** Vietnamese then English name. */
  readonly name: { readonly vi: string; readonly en: string };
  /** Texts that govern the candidate criteria in this period. */
  readonly criteria: readonly SourceCitation[];
  /** Texts that govern the term (nhiệm kỳ). */
  readonly term: readonly SourceCitation[];
  /** Texts that govern the election procedure. */
  readonly procedure: readonly SourceCitation[];
  /** What is uncertain about this regime, in English. */
  readonly notes: readonly string[];
}
