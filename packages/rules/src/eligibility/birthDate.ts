import { ageOn, type IsoDate } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, ND185_FROM, ND185_NOTE, PASS, TT04_CRITERIA_LAST_DAY } from './context';
import { COVERAGE_START } from '../regimes/index';

/** The bounds of a plausible date of birth: born in `earliestYear` or later, at most `maxAge` years old on the election day. */
export interface BirthDateParams {
  readonly earliestYear: number;
  readonly maxAge: number;
}

/**
 * INPUT.BIRTH_DATE: a date of birth before 1900, or one that makes the person
 * older than 120 on the election day, is surely mistyped (0099 or 0001 for
 * 1999 or 2001, 1800 for 1980). The law sets a minimum age and no maximum
 * (TT 04/2012/TT-BNV Điều 11: "đủ 21 tuổi trở lên"; Nghị định 185/2026/NĐ-CP
 * Điều 7 khoản 1), so such a date passes every age criterion: an `eligible`
 * verdict would rest on a day no candidate was born on. The check therefore
 * warns on `dateOfBirth` (with the age it gives) and leaves the date to be
 * settled: a verdict that would be `eligible` is `undetermined` with
 * `dateOfBirth` missing, and `ineligible` stays (another criterion failed,
 * whatever the true date). It is not an input error: every criterion still
 * runs.
 *
 * Legal basis: none of its own; it guards the age criteria cited below.
 *
 * @example
 * // dateOfBirth '0099-05-01', election 2021-01-10 → unknown, warning 'input.birth-year-implausible' { age: 1921, maxAge: 120, earliestYear: 1900 }
 */
export const birthDatePlausible = defineRule<Candidate, BirthDateParams, EligibilityContext>({
  id: 'INPUT.BIRTH_DATE',
  kind: 'legal',
  summary: 'A date of birth before 1900, or an age over 120 on the election day, is taken for a typing error and left to be settled.',
  citations: [
    { document: '04/2012/TT-BNV', article: '11', effective: '2012-10-15', confidence: 'confirmed', note: `A minimum age ("đủ 21 tuổi trở lên") and no maximum, until ${TT04_CRITERIA_LAST_DAY}. The bounds of this check (born in 1900 or later, at most 120 years old) are not law: they catch a mistyped year.` },
    { document: '185/2026/NĐ-CP', article: '7', clause: '1', effective: ND185_FROM, confidence: 'secondary', note: `${ND185_NOTE} A minimum age and no maximum. The bounds of this check are not law: they catch a mistyped year.` },
  ],
  confidence: 'secondary',
  from: COVERAGE_START,
  to: null,
  params: { earliestYear: 1900, maxAge: 120 },
  codes: ['input.birth-year-implausible'],
  check: (candidate, params, context) => {
    const age = ageOn(candidate.dateOfBirth, context.electionDate);
    if (candidate.dateOfBirth >= (`${params.earliestYear}-01-01` as IsoDate) && age <= params.maxAge) return PASS;
    return {
      status: 'unknown',
      missing: ['dateOfBirth'],
      findings: [{ code: 'input.birth-year-implausible', severity: 'warning', params: { age, maxAge: params.maxAge, earliestYear: params.earliestYear }, path: 'dateOfBirth' }],
    };
  },
});
