import { addMonths, ageOn, defineRule, type IsoDate, isIsoDate, type LeapDayAnniversary } from '@truongthon/core';
import type { Candidate, EligibilityContext } from './context';

/** Parameters of {@link minimumAge}. */
export interface MinimumAgeParams {
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
    // Fast path: YYYY-MM-DD strings sort as dates, so a valid birth date on or before the election date
    // minAgeYears earlier is old enough (exact for every birthday except 29 February under '02-28').
    if (isIsoDate(dob) && (params.leapDayAnniversary === '03-01' || !dob.endsWith('-02-29')) && dob <= cutoff(context.electionDate, params.minAgeYears)) return PASS;
    const age = ageOn(dob, context.electionDate, params.leapDayAnniversary);
    if (age >= params.minAgeYears) return PASS;
    let reachesOn = addMonths(candidate.dateOfBirth, params.minAgeYears * 12);
    if (candidate.dateOfBirth.endsWith('-02-29') && !reachesOn.endsWith('-02-29') && params.leapDayAnniversary === '03-01') {
      reachesOn = `${reachesOn.slice(0, 4)}-03-01`;
    }
    return {
      status: 'fail',
      findings: [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age, minAge: params.minAgeYears, reachesOn } }],
    };
  },
});

/** Outcomes are read, never changed, by the engine: one shared `pass`. */
const PASS = { status: 'pass' } as const;

let lastCutoff: { readonly date: IsoDate; readonly years: number; readonly cutoff: string } | undefined;

/**
 * The election date `years` earlier, as a string to compare birth dates with
 * (it may name 29 February of a common year: it is only compared). An invalid
 * election date gives '' (no date sorts before it), so the exact path reports it.
 */
function cutoff(electionDate: IsoDate, years: number): string {
  if (lastCutoff?.date !== electionDate || lastCutoff.years !== years) {
    const value = isIsoDate(electionDate) ? `${String(Number(electionDate.slice(0, 4)) - years).padStart(4, '0')}${electionDate.slice(4)}` : '';
    lastCutoff = { date: electionDate, years, cutoff: value };
  }
  return lastCutoff.cutoff;
}
