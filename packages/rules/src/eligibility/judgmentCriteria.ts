import { ATTESTATION_KEYS, type AttestationKey, type Attestations, constantOutcome, defineRule, type FindingDraft, type RuleOutcome, ruleOutcome } from '@truongthon/core';
import { answer, type Candidate, type EligibilityContext, PASS } from './context';

/**
 * ELIG.JUDGMENT: the criteria of TT 04/2012/TT-BNV Điều 11 that only people
 * can judge (health; enthusiasm and responsibility; political and moral
 * qualities and the people's trust; an exemplary family; education, capacity
 * and experience). They enter as attestations: `false` makes the candidate
 * ineligible, a missing one makes the verdict `undetermined`, never `eligible`.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 khoản 2–5 (as enumerated in the
 * quotations). No threshold exists for any of them (no minimum education).
 *
 * With the five criteria of the law (the default parameter), the outcome
 * depends only on which are `false` and which are missing, not on who the
 * candidate is, so the check returns constant outcomes (frozen, each built
 * when first needed): nothing is allocated per candidate, and a compiled plan
 * shares their findings and remembers the combinations of outcomes it has
 * seen. Other criteria (a caller's parameter) give fresh outcomes.
 *
 * @example
 * // attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true } (capacity missing)
 * // → 'unknown', missing ['attestations.capacity']
 */
export const judgmentCriteria = defineRule<Candidate, { readonly criteria: readonly AttestationKey[] }, EligibilityContext>({
  id: 'ELIG.JUDGMENT',
  kind: 'legal',
  summary: 'Judgment criteria (health, dedication, moral quality and trust, exemplary family, capacity) are attested.',
  citations: [{ document: '04/2012/TT-BNV', article: '11', clause: '2–5', effective: '2012-10-15', confidence: 'confirmed' }],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: null,
  params: { criteria: ATTESTATION_KEYS },
  codes: ['elig.judgment.not-met', 'elig.judgment.pending'],
  check: (candidate, params) => {
    const attestations = candidate.attestations ?? NONE;
    if (params.criteria !== ATTESTATION_KEYS) return judge(params.criteria, attestations);
    // The law's five criteria, read by name, as two bits each (see answer).
    const key =
      answer(attestations.health) |
      (answer(attestations.dedication) << 2) |
      (answer(attestations.moralQuality) << 4) |
      (answer(attestations.exemplaryFamily) << 6) |
      (answer(attestations.capacity) << 8);
    return key === 0 ? PASS : (OUTCOMES[key] ??= constantOutcome(judge(ATTESTATION_KEYS, attestations)));
  },
});

/** No attestations: every criterion missing. */
const NONE: Attestations = {};

/** The outcomes with the law's criteria, by how the five answers count, built when first needed (242 at most). */
const OUTCOMES: RuleOutcome[] = [];

/** The outcome for some criteria and attestations, made afresh (`PASS` when every one is met). */
function judge(criteria: readonly AttestationKey[], attestations: Attestations): RuleOutcome {
  let findings: FindingDraft[] | undefined;
  let missing: string[] | undefined;
  for (const key of criteria) {
    const value = attestations[key];
    if (value === false) (findings ??= []).push({ code: 'elig.judgment.not-met', path: `attestations.${key}`, params: { criterion: key } });
    else if (value == null) (missing ??= []).push(`attestations.${key}`);
  }
  if (findings) return ruleOutcome('fail', findings);
  if (missing) return ruleOutcome('unknown', [{ code: 'elig.judgment.pending', severity: 'warning', params: { count: missing.length } }], missing);
  return PASS;
}
