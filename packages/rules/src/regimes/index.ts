import { compareDates, isIsoDate, type IsoDate } from '@truongthon/core';
import { R2005 } from './R2005';
import { R2008 } from './R2008';
import { R2017 } from './R2017';
import { R2018 } from './R2018';
import { R2023 } from './R2023';
import { R2025 } from './R2025';
import { R2026 } from './R2026';
import type { Regime } from './regime';

export type { Regime, RegimeId } from './regime';

/** Every regime, oldest first. They partition time from 12/05/2005 without gaps or overlaps. */
export const REGIMES: readonly Regime[] = [R2005, R2008, R2017, R2018, R2023, R2025, R2026];

/** The first date truongthon covers. */
export const COVERAGE_START: IsoDate = R2005.from;

/**
 * The regime that governs an election held on `date`, or `undefined` before
 * 12/05/2005 (not covered) or when `date` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * resolveRegime('2021-01-10')?.id // 'R2018'
 * resolveRegime('2023-07-01')?.id // 'R2023'
 * resolveRegime('2026-10-18')?.id // 'R2026'
 */
export function resolveRegime(date: IsoDate): Regime | undefined {
  if (!isIsoDate(date)) return undefined;
  return REGIMES.find((r) => compareDates(date, r.from) >= 0 && (r.to === null || compareDates(date, r.to) <= 0));
}
