import { ATTESTATION_KEYS, type AttestationKey, defineRule } from '@truongthon/core';
import type { Candidate, EligibilityContext } from './context';

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
    const attestations = candidate.attestations;
    let findings: { code: string; path: string; params: { criterion: AttestationKey } }[] | undefined;
    let missing: string[] | undefined;
    for (const key of params.criteria) {
      const value = attestations?.[key];
      if (value === false) (findings ??= []).push({ code: 'elig.judgment.not-met', path: `attestations.${key}`, params: { criterion: key } });
      else if (value == null) (missing ??= []).push(`attestations.${key}`);
    }
    if (findings) return { status: 'fail', findings };
    if (missing) {
      return { status: 'unknown', missing, findings: [{ code: 'elig.judgment.pending', severity: 'warning', params: { count: missing.length } }] };
    }
    return PASS;
  },
});

/** Outcomes are read, never changed, by the engine: one shared `pass`. */
const PASS = { status: 'pass' } as const;
