import type { Candidate, IsoDate } from '@truongthon/core';

/** What eligibility rules see besides the candidate: the election (reference) date. */
export interface EligibilityContext {
  /** Ngày bầu cử: age and residence are judged on this day. */
  readonly electionDate: IsoDate;
}

export type { Candidate };
