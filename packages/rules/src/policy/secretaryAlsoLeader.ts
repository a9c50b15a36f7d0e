import { type RuleOutcome } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { Candidate, EligibilityContext } from '../eligibility/context';

/**
 * POLICY.SECRETARY_HEAD: "bí thư chi bộ kiêm trưởng thôn, tổ trưởng tổ dân
 * phố": Party guidance encourages the Party-cell secretary to be the leader
 * too. Advice only; applies to the leader, not the deputy.
 *
 * Basis: UBND tỉnh Kon Tum 2881/UBND-KTTH (16/08/2021: "bố trí bí thư chi bộ
 * kiêm thôn trưởng, tổ trưởng tổ dân phố", confirmed, one province). The
 * national basis is UNCONFIRMED: Nghị quyết 18-NQ/TW (25/10/2017) is the
 * policy context but its clause was not read, and Kết luận 38-KL/TW
 * (13/11/2018), said to ask that the cell be arranged so that the secretary
 * is also the leader, was found in no text or summary. The rule applies
 * nationally, so it is `unconfirmed` as a whole. No national numeric target
 * is encoded.
 *
 * @example
 * // role 'leader', partyCellSecretary: true → info 'policy.secretary-also-leader'
 */
export const secretaryAlsoLeader = defineRule<Candidate, { readonly nationalTarget: null }, EligibilityContext>({
  id: 'POLICY.SECRETARY_HEAD',
  kind: 'policy',
  summary: 'Party guidance: the Party-cell secretary should also be the leader (advice only).',
  citations: [
    { document: '18-NQ/TW', confidence: 'unconfirmed', note: 'Exact clause and any numeric target not read.' },
    { document: '38-KL/TW', confidence: 'unconfirmed', note: 'No text or summary of this Kết luận was found (December 2026 audit); its content is as reported, not read.' },
    { document: '2881/UBND-KTTH', article: '1', point: 'a', confidence: 'confirmed' },
  ],
  confidence: 'unconfirmed',
  from: '2017-10-25',
  to: null,
  params: { nationalTarget: null },
  codes: ['policy.secretary-also-leader', 'policy.not-party-cell-secretary'],
  check: (candidate) => {
    if ((candidate.role ?? 'leader') !== 'leader') return NOT_APPLICABLE;
    const secretary = candidate.partyCellSecretary;
    return secretary === true ? SECRETARY : secretary === false ? NOT_SECRETARY : NOT_APPLICABLE;
  },
});

const NOT_APPLICABLE: RuleOutcome = { status: 'not-applicable' };
const SECRETARY: RuleOutcome = { status: 'advice', findings: [{ code: 'policy.secretary-also-leader', severity: 'info', path: 'partyCellSecretary' }] };
const NOT_SECRETARY: RuleOutcome = { status: 'advice', findings: [{ code: 'policy.not-party-cell-secretary', severity: 'info', path: 'partyCellSecretary' }] };
