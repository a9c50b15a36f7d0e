import { type RuleOutcome } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, PASS } from '../eligibility/context';

/**
 * POLICY.PARTY_MEMBER: Party guidance prefers leaders who are Party members
 * (đảng viên). This is advice, never a legal criterion: a non-member is not
 * ineligible (luatvietnam; TT 04/2012 Điều 11 has no such criterion).
 *
 * Basis: Đảng ủy phường Hương Xuân 13-CV/ĐU: "khắc phục dần tổ trưởng tổ
 * dân phố không phải là đảng viên" (confirmed, one ward); UBND tỉnh Kon Tum
 * 2881/UBND-KTTH (one province). The national basis is UNCONFIRMED: Nghị
 * quyết 18-NQ/TW (25/10/2017) is the policy context but its clause was not
 * read, and Kết luận 38-KL/TW (13/11/2018), said to ask that Party members
 * be chosen as leaders, was found in no text or summary. The rule applies
 * nationally, so it is `unconfirmed` as a whole. No national numeric target
 * is encoded.
 *
 * @example
 * // partyMember: false → advice 'policy.not-party-member' (verdict unchanged)
 */
export const partyMember = defineRule<Candidate, { readonly legallyRequired: false }, EligibilityContext>({
  id: 'POLICY.PARTY_MEMBER',
  kind: 'policy',
  summary: 'Party guidance: the leader should be a Party member (advice only).',
  citations: [
    { document: '18-NQ/TW', confidence: 'unconfirmed', note: 'Exact clause not read.' },
    { document: '38-KL/TW', confidence: 'unconfirmed', note: 'No text or summary of this Kết luận was found (December 2026 audit); its content is as reported, not read.' },
    { document: '13-CV/ĐU', article: '2', confidence: 'confirmed' },
  ],
  confidence: 'unconfirmed',
  from: '2017-10-25',
  to: null,
  params: { legallyRequired: false },
  codes: ['policy.not-party-member', 'policy.party-membership-unknown'],
  check: (candidate) => {
    const member = candidate.partyMember;
    return member === true ? PASS : member === false ? NOT_MEMBER : MEMBERSHIP_UNKNOWN;
  },
});

const NOT_MEMBER: RuleOutcome = { status: 'advice', findings: [{ code: 'policy.not-party-member', severity: 'warning', path: 'partyMember' }] };
const MEMBERSHIP_UNKNOWN: RuleOutcome = { status: 'advice', findings: [{ code: 'policy.party-membership-unknown', severity: 'info', path: 'partyMember' }] };
