import { type Candidate, constantOutcome, type IsoDate, type RuleOutcome } from '@truongthon/core';

/** What eligibility rules see besides the candidate: the election (reference) date. */
export interface EligibilityContext {
  /** Ngày bầu cử: age and residence are judged on this day. */
  readonly electionDate: IsoDate;
}

export type { Candidate };

/**
 * The `pass` of every candidate rule: one constant outcome (frozen, built
 * once), so that the engine allocates nothing for it and a compiled plan
 * recognises it (see core's `constantOutcome`).
 */
export const PASS: RuleOutcome = constantOutcome({ status: 'pass' });

/**
 * How a yes/no answer counts, for the rules whose outcome depends only on
 * that: 0 given (`true`, or anything neither `false` nor unknown), 1 `false`,
 * 2 unknown (`null` or absent). Two bits, so answers pack into one table key.
 */
export const answer = (value: unknown): number => (value === false ? 1 : value == null ? 2 : 0);
