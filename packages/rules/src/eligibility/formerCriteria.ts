import { type FindingDraft } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, leaderOnly, ND185_FROM, ND185_NOTE, NOT_APPLICABLE } from './context';

/**
 * ELIG.2026.FORMER_CRITERIA: two conditions of TT 04/2012/TT-BNV Điều 11 are
 * not in Nghị định 185/2026/NĐ-CP Điều 7: registered permanent residence in
 * the unit ("hộ khẩu thường trú", `permanentResident`) and "nhiệt tình và có
 * tinh thần trách nhiệm" (`attestations.dedication`). When either is given as
 * `false` for an election from 26/05/2026, this says that it is no longer a
 * criterion, so that nobody reads the old rule into the result; it never
 * makes the candidate ineligible.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 7 (in force 26/05/2026), read
 * against TT 04/2012/TT-BNV Điều 11.
 *
 * @example
 * // permanentResident: false → advice 'elig.not-a-criterion' { field: 'permanentResident' }
 */
export const formerCriteria2026 = defineRule<Candidate, { readonly fields: readonly ('permanentResident' | 'attestations.dedication')[] }, EligibilityContext>({
  id: 'ELIG.2026.FORMER_CRITERIA',
  kind: 'legal',
  summary: 'Registered residence in the unit and "dedication" are no longer criteria (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '7', effective: ND185_FROM, confidence: 'secondary', note: ND185_NOTE }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: { fields: ['permanentResident', 'attestations.dedication'] },
  codes: ['elig.not-a-criterion'],
  check: leaderOnly((candidate, params) => {
    const findings: FindingDraft[] = [];
    for (const field of params.fields) {
      const value = field === 'permanentResident' ? candidate.permanentResident : candidate.attestations?.dedication;
      if (value === false) findings.push({ code: 'elig.not-a-criterion', severity: 'info', path: field, params: { field } });
    }
    return findings.length > 0 ? { status: 'advice', findings } : NOT_APPLICABLE;
  }),
});
