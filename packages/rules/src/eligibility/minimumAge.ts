import { addMonths, ageOn, type LeapDayAnniversary, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, ND185_FROM, ND185_NOTE, leaderOnly, PASS, TT04_CRITERIA_LAST_DAY } from './context';

/** Parameters of the minimum-age rules. */
export interface MinimumAgeParams {
  /** The minimum age, in whole years ("đủ 21 tuổi", "từ 21 tuổi trở lên"). */
  readonly minAgeYears: number;
  readonly leapDayAnniversary: LeapDayAnniversary;
}

/**
 * The candidate is at least `minAgeYears` old on the election date: a person
 * is 21 on their 21st birthday itself. The reference date (election day) is
 * a design choice: no text states it (UNCONFIRMED). A 29 February birthday is
 * kept on 1 March in common years (parameter `leapDayAnniversary`, UNCONFIRMED
 * either way). A failure names the age and the day the minimum is reached.
 */
const checkMinimumAge: Rule<Candidate, MinimumAgeParams, EligibilityContext>['check'] = (candidate, params, context) => {
  const dob = candidate.dateOfBirth;
  const age = ageOn(dob, context.electionDate, params.leapDayAnniversary);
  if (age >= params.minAgeYears) return PASS;
  let reachesOn = addMonths(dob, params.minAgeYears * 12);
  if (dob.endsWith('-02-29') && !reachesOn.endsWith('-02-29') && params.leapDayAnniversary === '03-01') reachesOn = `${reachesOn.slice(0, 4)}-03-01`;
  return { status: 'fail', findings: [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age, minAge: params.minAgeYears, reachesOn } }] };
};

/**
 * ELIG.AGE.MIN: the candidate (leader or deputy) must be "đủ 21 tuổi trở lên"
 * (21 or over), counted on the election date.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 (one paragraph without clauses: the
 * words on age), unchanged by TT 09/2017, 14/2018 and 05/2022 as far as read.
 * A 2023/24 draft proposing 18 was not adopted and is not encoded. Replaced
 * for elections from 26/05/2026 by `minimumAge2026`.
 *
 * @example
 * // election 2021-01-10: born 2000-01-10 → pass; born 2000-01-11 → fail 'elig.age.under-minimum'
 */
export const minimumAge = defineRule<Candidate, MinimumAgeParams, EligibilityContext>({
  id: 'ELIG.AGE.MIN',
  kind: 'legal',
  summary: 'The candidate is 21 or over on the election date.',
  citations: [
    { document: '04/2012/TT-BNV', article: '11', effective: '2012-10-15', confidence: 'confirmed', note: 'Điều 11 has no clauses: the words "đủ 21 tuổi trở lên". Reference date (election day) and the 29 February rule are design choices (UNCONFIRMED).' },
  ],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: TT04_CRITERIA_LAST_DAY,
  params: { minAgeYears: 21, leapDayAnniversary: '03-01' },
  codes: ['elig.age.under-minimum'],
  check: checkMinimumAge,
});

/**
 * ELIG.2026.AGE: the Trưởng thôn / Tổ trưởng tổ dân phố must be "từ 21 tuổi
 * trở lên" (21 or over), counted on the election date; working age is
 * preferred ("ưu tiên người trong độ tuổi lao động"), which is a preference,
 * not a condition, and is not encoded.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 7 khoản 1 (in force 26/05/2026).
 *
 * @example
 * // election 2026-10-18: born 2005-10-18 → pass; born 2005-10-19 → fail 'elig.age.under-minimum'
 */
export const minimumAge2026 = defineRule<Candidate, MinimumAgeParams, EligibilityContext>({
  id: 'ELIG.2026.AGE',
  kind: 'legal',
  summary: 'The candidate is 21 or over on the election date (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '7', clause: '1', effective: ND185_FROM, confidence: 'secondary', note: `${ND185_NOTE} Reference date (election day) and the 29 February rule are design choices (UNCONFIRMED).` }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: { minAgeYears: 21, leapDayAnniversary: '03-01' },
  codes: ['elig.age.under-minimum'],
  check: leaderOnly(checkMinimumAge),
});
