import {
  ATTESTATION_KEYS,
  type AttestationKey,
  constantOutcome,
  type FindingDraft,
  type IsoDate,
  isLeapYear,
  isoDateKey,
  type Rule,
  type RuleOutcome,
  ruleOutcome,
} from '@truongthon/core';
import { partyMember } from '../policy/partyMember';
import { secretaryAlsoLeader } from '../policy/secretaryAlsoLeader';
import type { Candidate, EligibilityContext } from './context';
import { criteriaNotEncoded } from './criteriaNotEncoded';
import { judgmentCriteria } from './judgmentCriteria';
import { type MinimumAgeParams, minimumAge } from './minimumAge';
import { residence } from './residence';

/**
 * Faster checks for the candidate rules, used by `evaluateCandidate`'s
 * compiled plans (batches of parsed candidates). Each gives what its rule's
 * `check` gives (the same members; a property test pins every one to it),
 * but returns constant outcomes (frozen, built once) wherever the outcome
 * does not depend on the candidate, so that the engine allocates nothing and
 * remembers the evaluation of a combination of them; and the age check reads
 * the digits of the birth date once. The rules themselves keep the plain
 * checks: they are what is listed, documented and bundled into a form.
 */
type Check = (candidate: Candidate, params: any, context: EligibilityContext) => RuleOutcome;

const PASS = constantOutcome({ status: 'pass' });

// ELIG.RESIDENCE ------------------------------------------------------------

/** How an answer counts: 0 given (`true`, or anything neither `false` nor unknown), 1 `false`, 2 unknown (`null` or absent). */
const answer = (value: unknown): number => (value === false ? 1 : value == null ? 2 : 0);

/** The outcome for each pair of answers (registered × living), built once. */
const RESIDENCE_OUTCOMES: readonly RuleOutcome[] = [true, false, null].flatMap((registered) => [true, false, null].map((living) => residenceOutcome(registered, living)));

function residenceOutcome(registered: boolean | null, living: boolean | null): RuleOutcome {
  const findings: FindingDraft[] = [];
  const missing: string[] = [];
  if (registered === false) findings.push({ code: 'elig.residence.not-registered', path: 'permanentResident' });
  else if (registered == null) missing.push('permanentResident');
  if (living === false) findings.push({ code: 'elig.residence.not-living', path: 'livesInUnit' });
  else if (living == null) missing.push('livesInUnit');
  if (findings.length > 0) return constantOutcome({ status: 'fail', findings });
  if (missing.length > 0) return constantOutcome({ status: 'unknown', missing });
  return PASS;
}

const residenceCheck: Check = (candidate, params) => {
  const registered = params.requirePermanentRegistration ? candidate.permanentResident : true;
  const living = params.requireRegularResidence ? candidate.livesInUnit : true;
  if (registered === true && living === true) return PASS;
  return RESIDENCE_OUTCOMES[answer(registered) * 3 + answer(living)]!;
};

// ELIG.AGE.MIN --------------------------------------------------------------

const ageCheck: Check = (candidate, params: MinimumAgeParams, context) => {
  const dob = candidate.dateOfBirth;
  const election = electionOn(context.electionDate, params.minAgeYears);
  // Real days and whole years: the age from the digits of the birth date, read once (what ageOn says).
  if (election.year > 0 && election.wholeYears) {
    const key = isoDateKey(dob);
    if (key >= 0) return exactAge(dob, key, election, params);
  }
  // Anything else: the rule's own check (ageOn and addMonths throw on a date that is not a real day).
  return minimumAge.check(candidate, params, context);
};

/**
 * The check on a valid birth date (`key` is its YYYYMMDD), for a valid
 * election date and a whole number of years: what `ageOn` says and, on a
 * failure, `addMonths(dob, years × 12)` with 29 February kept on 1 March.
 */
function exactAge(dob: IsoDate, key: number, election: ElectionDay, params: MinimumAgeParams): RuleOutcome {
  const year = (key / 10000) | 0;
  const monthDay = key - year * 10000;
  const leapDay = monthDay === 229;
  // ageOn: the anniversary of 29 February is 28 February in a common year under '02-28'.
  const anniversary = leapDay && !isLeapYear(election.year) && params.leapDayAnniversary === '02-28' ? 228 : monthDay;
  const age = election.year - year - (election.monthDay < anniversary ? 1 : 0);
  if (age >= params.minAgeYears) return PASS;
  // addMonths: whole years keep the month; 29 February becomes 28 February in a common year.
  const reachYear = year + params.minAgeYears;
  const yyyy = String(reachYear).padStart(4, '0');
  let reachesOn = leapDay && !isLeapYear(reachYear) ? `${yyyy}-02-28` : `${yyyy}${dob.slice(4)}`;
  if (leapDay && !reachesOn.endsWith('-02-29') && params.leapDayAnniversary === '03-01') reachesOn = `${reachesOn.slice(0, 4)}-03-01`;
  return ruleOutcome('fail', [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age, minAge: params.minAgeYears, reachesOn } }]);
}

/** What the age check needs of the election date, kept for the last one asked (a batch has one). */
interface ElectionDay {
  readonly date: IsoDate;
  readonly years: number;
  readonly wholeYears: boolean;
  /** The year, and month × 100 + day, of the election date (year 0 when it is not a real day). */
  readonly year: number;
  readonly monthDay: number;
}

let lastElection: ElectionDay | undefined;

function electionOn(date: IsoDate, years: number): ElectionDay {
  if (lastElection === undefined || lastElection.date !== date || lastElection.years !== years) {
    const key = isoDateKey(date);
    lastElection = { date, years, wholeYears: Number.isInteger(years), year: key >= 0 ? (key / 10000) | 0 : 0, monthDay: key >= 0 ? key % 10000 : 0 };
  }
  return lastElection;
}

// ELIG.JUDGMENT -------------------------------------------------------------

/** The outcomes of the rule's own criteria by bit set of ATTESTATION_KEYS, built when first needed (31 of each at most). */
const JUDGMENT_FAILS: RuleOutcome[] = [];
const JUDGMENT_PENDING: RuleOutcome[] = [];
const ALL = (1 << ATTESTATION_KEYS.length) - 1;
const keysOf = (bits: number): AttestationKey[] => ATTESTATION_KEYS.filter((_, i) => (bits & (1 << i)) !== 0);

const judgmentCheck: Check = (candidate, params, context) => {
  if (params.criteria !== ATTESTATION_KEYS) return judgmentCriteria.check(candidate, params, context);
  const attestations = candidate.attestations;
  if (attestations == null) return pending(ALL);
  // The five criteria read by name, in ATTESTATION_KEYS order, as bit sets: false → not met, null/absent → missing.
  let notMet = 0;
  let missing = 0;
  const a = attestations as Partial<Record<AttestationKey, unknown>>;
  let v = a.health;
  if (v === false) notMet |= 1;
  else if (v == null) missing |= 1;
  v = a.dedication;
  if (v === false) notMet |= 2;
  else if (v == null) missing |= 2;
  v = a.moralQuality;
  if (v === false) notMet |= 4;
  else if (v == null) missing |= 4;
  v = a.exemplaryFamily;
  if (v === false) notMet |= 8;
  else if (v == null) missing |= 8;
  v = a.capacity;
  if (v === false) notMet |= 16;
  else if (v == null) missing |= 16;
  if (notMet !== 0) {
    return (JUDGMENT_FAILS[notMet] ??= constantOutcome({
      status: 'fail',
      findings: keysOf(notMet).map((key) => ({ code: 'elig.judgment.not-met', path: `attestations.${key}`, params: { criterion: key } })),
    }));
  }
  return missing !== 0 ? pending(missing) : PASS;
};

function pending(bits: number): RuleOutcome {
  const missing = keysOf(bits).map((key) => `attestations.${key}`);
  return (JUDGMENT_PENDING[bits] ??= constantOutcome({ status: 'unknown', missing, findings: [{ code: 'elig.judgment.pending', severity: 'warning', params: { count: missing.length } }] }));
}

// ELIG.CRITERIA.PRE2012 -----------------------------------------------------

let lastNotEncoded: { readonly until: unknown; readonly outcome: RuleOutcome } | undefined;

const notEncodedCheck: Check = (candidate, params, context) => {
  if (lastNotEncoded === undefined || lastNotEncoded.until !== params.until) lastNotEncoded = { until: params.until, outcome: constantOutcome(criteriaNotEncoded.check(candidate, params, context)) };
  return lastNotEncoded.outcome;
};

// POLICY.PARTY_MEMBER, POLICY.SECRETARY_HEAD --------------------------------

const NOT_MEMBER = constantOutcome({ status: 'advice', findings: [{ code: 'policy.not-party-member', severity: 'warning', path: 'partyMember' }] });
const MEMBERSHIP_UNKNOWN = constantOutcome({ status: 'advice', findings: [{ code: 'policy.party-membership-unknown', severity: 'info', path: 'partyMember' }] });

const partyMemberCheck: Check = (candidate) => {
  const member = candidate.partyMember;
  return member === true ? PASS : member === false ? NOT_MEMBER : MEMBERSHIP_UNKNOWN;
};

const NOT_APPLICABLE = constantOutcome({ status: 'not-applicable' });
const SECRETARY = constantOutcome({ status: 'advice', findings: [{ code: 'policy.secretary-also-leader', severity: 'info', path: 'partyCellSecretary' }] });
const NOT_SECRETARY = constantOutcome({ status: 'advice', findings: [{ code: 'policy.not-party-cell-secretary', severity: 'info', path: 'partyCellSecretary' }] });

const secretaryCheck: Check = (candidate) => {
  if ((candidate.role ?? 'leader') !== 'leader') return NOT_APPLICABLE;
  const secretary = candidate.partyCellSecretary;
  return secretary === true ? SECRETARY : secretary === false ? NOT_SECRETARY : NOT_APPLICABLE;
};

/** The fast check of each candidate rule. */
export const FAST_CHECKS: ReadonlyMap<Rule<Candidate, any, EligibilityContext>, Check> = new Map<Rule<Candidate, any, EligibilityContext>, Check>([
  [criteriaNotEncoded, notEncodedCheck],
  [residence, residenceCheck],
  [minimumAge, ageCheck],
  [judgmentCriteria, judgmentCheck],
  [partyMember, partyMemberCheck],
  [secretaryAlsoLeader, secretaryCheck],
]);

/** A rule with its fast check, if it has one (the same rule otherwise). */
export function withFastCheck<R extends Rule<Candidate, any, EligibilityContext>>(rule: R): R {
  const check = FAST_CHECKS.get(rule);
  return check === undefined ? rule : { ...rule, check };
}
