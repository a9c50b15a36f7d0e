import type { Catalogue } from './catalogue';
import { ATTESTATIONS_LABEL, CANDIDATE_FIELDS, CONTEXT_FIELDS } from '../fields/candidate';
import { labelsOf } from '../fields/field';

/** English messages of candidate checks; the same codes as the Vietnamese catalogue (a test enforces it). */
export const en: Catalogue = {
  'input.required': 'Required information is missing: {field}.',
  'input.wrong-type': '{field}: wrong type (expected {expected}).',
  'input.invalid-value': '{field}: invalid value (allowed: {allowed}).',
  'input.too-short': '{field}: too short (at least {minimum} characters).',
  'input.too-long': '{field}: too long (at most {maximum} characters).',
  'input.unknown-field': 'Unsupported field: {field}.',
  'input.invalid-format': '{field}: invalid format.',
  'input.invalid': '{field}: invalid.',
  'input.invalid-date': '{field}: not a valid date (a real day written YYYY-MM-DD is required).',
  'input.citizen-id-format': '{field}: a citizen identity number has exactly 12 digits.',
  'input.citizen-id-province': '{field}: the first three digits are not a province-of-registration code.',
  'input.citizen-id-birth-year': '{field}: the birth-year digits do not match the date of birth.',
  'input.citizen-id-gender': '{field}: the gender digit does not match the stated gender.',
  'input.unknown-province': 'No province "{province}" on {date} (administrative codes changed on 2025-07-01).',
  'input.before-coverage': 'The date {date} is before what this library covers ({from}).',
  'input.birth-after-election': 'The date of birth is after the election date.',
  'input.birth-in-future': 'The date of birth is in the future.',
  'input.unreadable': 'The input could not be read.',
  'law.not-reviewed': 'The rules were reviewed up to {reviewedThrough}; a later text may have changed them. Check the law in force.',
  'engine.rule-error': 'Rule {rule} failed while checking ({reason}); the result is undetermined.',
  'elig.criteria-not-encoded': 'The criteria before 2012-10-15 (Decision 13/2002/QĐ-BNV) are not encoded; no conclusion is possible.',
  'elig.age.under-minimum': 'Under {minAge} on the election date ({age} years old); reaches {minAge} on {reachesOn}.',
  'elig.residence.not-registered': 'No permanent residence registered in the village or residential group.',
  'elig.residence.not-living': 'Does not regularly live in the village or residential group.',
  'elig.judgment.not-met': 'Does not meet the criterion “{criterion}”.',
  'elig.judgment.pending': '{count|criterion still needs|criteria still need} to be assessed and attested.',
  'elig.residence.not-in-commune': 'Does not regularly live in the commune (xã, phường or đặc khu).',
  'elig.sanction.current': 'Under a disciplinary sanction, criminal prosecution, or serving a court sentence or decision.',
  'elig.deputy.no-national-rule': 'Since 2026-05-26 there are no national criteria for a deputy (supporting roles are set by the provincial People\'s Council); no conclusion.',
  'elig.not-a-criterion': '{field}: no longer a criterion since 2026-05-26 (Decree 185/2026/NĐ-CP); no effect on the result.',
  'policy.not-party-member': 'Advice: the candidate is not a Party member (Party policy, not a legal requirement).',
  'policy.party-membership-unknown': 'Party membership of the candidate is not known (statistics only).',
  'policy.secretary-also-leader': 'The Party-cell secretary is also the leader, as Party policy encourages.',
  'policy.not-party-cell-secretary': 'Advice: the candidate is not the Party-cell secretary (secretary-also-leader policy; not a legal requirement).',
  // Input plausibility (checkCandidate: a warning, not an input error)
  'input.birth-year-implausible': 'Date of birth looks mistyped (before {earliestYear} or over {maxAge} on the election day: {age}); check the papers and correct it.',
};

/** English names of the verdicts. */
export const enVerdicts: Catalogue = {
  'verdict.eligible': 'Eligible',
  'verdict.ineligible': 'Not eligible',
  'verdict.undetermined': 'Undetermined',
  'verdict.invalid': 'Invalid input',
};

/** English labels of input fields, by dotted path. */
export const enFields: Catalogue = { ...labelsOf(CANDIDATE_FIELDS, 'en'), attestations: ATTESTATIONS_LABEL.en, ...labelsOf(CONTEXT_FIELDS, 'en') };
