import { type AttestationKey, type FindingDraft, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, leaderOnly, ND185_FROM, ND185_NOTE, PASS, TT04_CRITERIA_LAST_DAY } from './context';

/** Parameters of the judgment rules: the attested criteria the law requires. */
export interface JudgmentParams {
  readonly criteria: readonly AttestationKey[];
}

/**
 * Criteria that only people can judge enter as attestations: `false` makes
 * the candidate ineligible, a missing one makes the verdict `undetermined`,
 * never `eligible`. No threshold exists for any of them (no minimum education).
 */
const checkJudgment: Rule<Candidate, JudgmentParams, EligibilityContext>['check'] = (candidate, params) => {
  const attestations = candidate.attestations ?? {};
  const findings: FindingDraft[] = [];
  const missing: string[] = [];
  for (const key of params.criteria) {
    const value = attestations[key];
    if (value === false) findings.push({ code: 'elig.judgment.not-met', path: `attestations.${key}`, params: { criterion: key } });
    else if (value == null) missing.push(`attestations.${key}`);
  }
  if (findings.length > 0) return { status: 'fail', findings };
  if (missing.length > 0) return { status: 'unknown', findings: [{ code: 'elig.judgment.pending', severity: 'warning', params: { count: missing.length } }], missing };
  return PASS;
};

/**
 * ELIG.JUDGMENT: the criteria of TT 04/2012/TT-BNV Điều 11 that only people
 * can judge: health ("có sức khỏe"); enthusiasm and responsibility ("nhiệt
 * tình và có tinh thần trách nhiệm"); political and moral qualities and the
 * people's trust; an exemplary self and family; education, capacity and
 * experience in mobilising people.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 (one paragraph without clauses).
 * Replaced for elections from 26/05/2026 by `judgmentCriteria2026`.
 *
 * @example
 * // attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true } (capacity missing)
 * // → 'unknown', missing ['attestations.capacity']
 */
export const judgmentCriteria = defineRule<Candidate, JudgmentParams, EligibilityContext>({
  id: 'ELIG.JUDGMENT',
  kind: 'legal',
  summary: 'Judgment criteria (health, dedication, moral quality and trust, exemplary family, capacity) are attested.',
  citations: [{ document: '04/2012/TT-BNV', article: '11', effective: '2012-10-15', confidence: 'confirmed', note: 'Điều 11 has no clauses: the words after the age, from "có sức khỏe" to "phương pháp vận động quần chúng".' }],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: TT04_CRITERIA_LAST_DAY,
  params: { criteria: ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity'] },
  codes: ['elig.judgment.not-met', 'elig.judgment.pending'],
  check: checkJudgment,
});

/**
 * ELIG.2026.JUDGMENT: the criteria of Nghị định 185/2026/NĐ-CP Điều 7 that
 * only people can judge:
 * - khoản 1: health enough for the duties ("có đủ sức khỏe") → `health`;
 * - khoản 2: good moral quality, exemplary, prestige in the community, trusted
 *   by the people → `moralQuality`; self and family exemplary in morals and
 *   way of life, abiding by the Party's line and the law → `exemplaryFamily`;
 * - khoản 3: education, capacity, experience and method to mobilise and
 *   organise people → `capacity` (relevant expertise is encouraged, not required);
 * - khoản 4: able to use information technology as the duties require, and to
 *   plan, compile, count and report → `digitalSkills`.
 * "Nhiệt tình và có tinh thần trách nhiệm" (`dedication`) is no longer a criterion.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 7 khoản 1–4 (in force 26/05/2026).
 *
 * @example
 * // election 2026-10-18, attestations without digitalSkills → 'unknown', missing ['attestations.digitalSkills']
 */
export const judgmentCriteria2026 = defineRule<Candidate, JudgmentParams, EligibilityContext>({
  id: 'ELIG.2026.JUDGMENT',
  kind: 'legal',
  summary: 'Judgment criteria (health, moral quality and trust, exemplary family, capacity, IT and reporting skills) are attested (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '7', clause: '1–4', effective: ND185_FROM, confidence: 'secondary', note: ND185_NOTE }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: { criteria: ['health', 'moralQuality', 'exemplaryFamily', 'capacity', 'digitalSkills'] },
  codes: ['elig.judgment.not-met', 'elig.judgment.pending'],
  check: leaderOnly(checkJudgment),
});
