import type { Confidence, IsoDate } from '@truongthon/core';

/**
 * A province-level unit (tỉnh / thành phố trực thuộc trung ương) under one
 * code for one period. Codes were reused from 01/07/2025 (34 provinces), so
 * a code means nothing without a date: `15` is Yên Bái before and Lào Cai after.
 */
export interface Province {
  readonly code: string;
  readonly name: string;
  /** Other spellings people type, e.g. `TP HCM`. */
  readonly aliases?: readonly string[];
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** For the 34 provinces of 2025: codes (as of 30/06/2025) of the provinces merged into it. */
  readonly predecessors?: readonly string[];
  readonly confidence: Confidence;
}
