import { addMonths, ageOn, defineRule, type LeapDayAnniversary, ruleOutcome } from '@truongthon/core';
import { type Candidate, type EligibilityContext, PASS } from './context';

/** Parameters of {@link minimumAge}. */
export interface MinimumAgeParams {
  /** The minimum age, in whole years ("đủ 21 tuổi"). */
  readonly minAgeYears: number;
  readonly leapDayAnniversary: LeapDayAnniversary;
}

/**
 * ELIG.AGE.MIN: the candidate (leader or deputy) must be "đủ 21 tuổi trở lên"
 * (21 or over), counted on the election date: a person is 21 on their 21st
 * birthday itself.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 (khoản 2 as enumerated in the
 * quotations), unchanged by TT 09/2017, 14/2018 and 05/2022 as far as read.
 * The reference date (election day) is a design choice: no source states it
 * (UNCONFIRMED). A 29 February birthday is kept on 1 March in common years
 * (parameter `leapDayAnniversary`, UNCONFIRMED either way). A 2023/24 draft
 * proposing 18 was not adopted and is not encoded.
 *
 * A pass does not depend on who passes: it is one constant outcome (frozen,
 * built once), so nothing is allocated for it and a compiled plan shares it
 * and remembers the combinations it is part of. A failure names the
 * candidate's age and the day they reach the minimum, so it is a fresh
 * outcome (the plan stamps only its finding). `ageOn` throws on a date that
 * is not a real day; the engine reports that as `engine.rule-error`.
 *
 * @example
 * // election 2021-01-10: born 2000-01-10 → pass; born 2000-01-11 → fail 'elig.age.under-minimum'
 */
export const minimumAge = defineRule<Candidate, MinimumAgeParams, EligibilityContext>({
  id: 'ELIG.AGE.MIN',
  kind: 'legal',
  summary: 'The candidate is 21 or over on the election date.',
  citations: [
    { document: '04/2012/TT-BNV', article: '11', clause: '2', effective: '2012-10-15', confidence: 'confirmed', note: 'Reference date (election day) and the 29 February rule are design choices (UNCONFIRMED).' },
  ],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: null,
  params: { minAgeYears: 21, leapDayAnniversary: '03-01' },
  codes: ['elig.age.under-minimum'],
  check: (candidate, params, context) => {
    const dob = candidate.dateOfBirth;
    const age = ageOn(dob, context.electionDate, params.leapDayAnniversary);
    if (age >= params.minAgeYears) return PASS;
    let reachesOn = addMonths(dob, params.minAgeYears * 12);
    if (dob.endsWith('-02-29') && !reachesOn.endsWith('-02-29') && params.leapDayAnniversary === '03-01') reachesOn = `${reachesOn.slice(0, 4)}-03-01`;
    return ruleOutcome('fail', [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age, minAge: params.minAgeYears, reachesOn } }]);
  },
});
