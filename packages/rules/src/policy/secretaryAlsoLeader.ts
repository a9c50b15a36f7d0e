import { defineRule } from '@truongthon/core';
import type { Candidate, EligibilityContext } from '../eligibility/context';

/**
 * POLICY.SECRETARY_HEAD: "bí thư chi bộ kiêm trưởng thôn, tổ trưởng tổ dân
 * phố": Party guidance encourages the Party-cell secretary to be the leader
 * too. Advice only; applies to the leader, not the deputy.
 *
 * Basis: Nghị quyết 18-NQ/TW (25/10/2017) as implemented by provinces;
 * Kết luận 38-KL/TW (13/11/2018); UBND tỉnh Kon Tum 2881/UBND-KTTH
 * (16/08/2021). No national numeric target is encoded (UNCONFIRMED).
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
    { document: '38-KL/TW', confidence: 'secondary' },
    { document: '2881/UBND-KTTH', article: '1', point: 'a', confidence: 'confirmed' },
  ],
  confidence: 'secondary',
  from: '2017-10-25',
  to: null,
  params: { nationalTarget: null },
  codes: ['policy.secretary-also-leader', 'policy.not-party-cell-secretary'],
  check: (candidate) => {
    if ((candidate.role ?? 'leader') !== 'leader') return { status: 'not-applicable' };
    if (candidate.partyCellSecretary === true) return { status: 'advice', findings: [{ code: 'policy.secretary-also-leader', severity: 'info', path: 'partyCellSecretary' }] };
    if (candidate.partyCellSecretary === false) return { status: 'advice', findings: [{ code: 'policy.not-party-cell-secretary', severity: 'info', path: 'partyCellSecretary' }] };
    return { status: 'not-applicable' };
  },
});
