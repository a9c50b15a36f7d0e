import type { Candidate, IsoDate, Rule, RuleOutcome } from '@truongthon/core';

/** What eligibility rules see besides the candidate: the election (reference) date. */
export interface EligibilityContext {
  /** Ngày bầu cử: age and residence are judged on this day. */
  readonly electionDate: IsoDate;
}

export type { Candidate };

/** The last day the criteria of TT 04/2012/TT-BNV Điều 11 govern an election: Nghị định 185/2026/NĐ-CP is in force from 26/05/2026 (its Điều 20 khoản 1). */
export const TT04_CRITERIA_LAST_DAY: IsoDate = '2026-05-25';

/** The first day the criteria of Nghị định 185/2026/NĐ-CP Điều 7 govern an election. */
export const ND185_FROM: IsoDate = '2026-05-26';

/** The note every citation of Nghị định 185/2026/NĐ-CP carries. */
export const ND185_NOTE = 'Read in a public copy of the full text (luatvietnam.vn 435528 via a GitHub mirror); to be checked against Công báo.';

/** The outcome of a rule whose condition holds. */
export const PASS: RuleOutcome = Object.freeze({ status: 'pass' });

/** The outcome of a rule that does not concern this candidate. */
export const NOT_APPLICABLE: RuleOutcome = Object.freeze({ status: 'not-applicable' });

/**
 * A check that applies to candidates for Trưởng thôn / Tổ trưởng only: from
 * 26/05/2026 no national text sets criteria for a deputy (Nghị định
 * 185/2026/NĐ-CP Điều 4 khoản 1 leaves supporting roles to the HĐND cấp tỉnh),
 * so for `role: 'deputy'` the check does not apply.
 */
export function leaderOnly<P>(check: Rule<Candidate, P, EligibilityContext>['check']): Rule<Candidate, P, EligibilityContext>['check'] {
  return (candidate, params, context) => (candidate.role === 'deputy' ? NOT_APPLICABLE : check(candidate, params, context));
}
