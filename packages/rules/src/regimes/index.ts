import { compareDates, isIsoDate, type IsoDate } from '@truongthon/core';
import { R2005, R2005_TEXTS } from './R2005';
import { R2008, R2008_TEXTS } from './R2008';
import { R2017, R2017_TEXTS } from './R2017';
import { R2018, R2018_TEXTS } from './R2018';
import { R2023, R2023_TEXTS } from './R2023';
import { R2025, R2025_TEXTS } from './R2025';
import { R2026, R2026_TEXTS } from './R2026';
import type { Regime, RegimePeriod, RegimeTexts } from './regime';

export type { Regime, RegimeId, RegimePeriod } from './regime';

/** The periods of the regimes, oldest first: what resolving a date reads. */
const PERIODS: readonly RegimePeriod[] = [R2005, R2008, R2017, R2018, R2023, R2025, R2026];

const withTexts = (period: RegimePeriod, texts: RegimeTexts): Regime => ({ ...period, ...texts });

/**
 * Every regime, oldest first, with the texts governing its criteria, term and
 * procedure. They partition time from 12/05/2005 without gaps or overlaps.
 * (Built from the periods and the texts, marked pure so that a bundle that
 * only resolves dates leaves the texts out.)
 */
export const REGIMES: readonly Regime[] = [
  /* @__PURE__ */ withTexts(R2005, R2005_TEXTS),
  /* @__PURE__ */ withTexts(R2008, R2008_TEXTS),
  /* @__PURE__ */ withTexts(R2017, R2017_TEXTS),
  /* @__PURE__ */ withTexts(R2018, R2018_TEXTS),
  /* @__PURE__ */ withTexts(R2023, R2023_TEXTS),
  /* @__PURE__ */ withTexts(R2025, R2025_TEXTS),
  /* @__PURE__ */ withTexts(R2026, R2026_TEXTS),
];

/** The first date truongthon covers. */
export const COVERAGE_START: IsoDate = R2005.from;

/**
 * The period and name of the regime of `date` (what a result's `regime`
 * holds), or `undefined` as `resolveRegime` returns it.
 */
export function regimePeriodOn(date: IsoDate): RegimePeriod | undefined {
  if (!isIsoDate(date)) return undefined;
  return PERIODS.find((r) => compareDates(date, r.from) >= 0 && (r.to === null || compareDates(date, r.to) <= 0));
}

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
  const period = regimePeriodOn(date);
  return period && REGIMES.find((r) => r.id === period.id);
}
