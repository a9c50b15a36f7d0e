import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, ND185_FROM, ND185_NOTE, NOT_APPLICABLE } from './context';

/**
 * ELIG.2026.DEPUTY: from 26/05/2026 each thôn has a Trưởng thôn and each tổ
 * dân phố a Tổ trưởng; any other role that supports them is decided by the
 * HĐND cấp tỉnh ("Hội đồng nhân dân cấp tỉnh quyết định bố trí các chức danh
 * người tham gia hoạt động ở thôn, tổ dân phố"). No national text sets
 * criteria for a Phó trưởng thôn / Tổ phó any more, so a `role: 'deputy'`
 * candidate gets this finding instead of a verdict on the old criteria: the
 * verdict is `undetermined` until the province's rules are applied.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 4 khoản 1 (in force 26/05/2026).
 *
 * @example
 * // role: 'deputy', election 2026-10-18 → unknown, finding 'elig.deputy.no-national-rule'
 */
export const deputy2026 = defineRule<Candidate, Record<string, never>, EligibilityContext>({
  id: 'ELIG.2026.DEPUTY',
  kind: 'legal',
  summary: 'No national criteria for deputies: supporting roles are set by the HĐND cấp tỉnh (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '4', clause: '1', effective: ND185_FROM, confidence: 'secondary', note: ND185_NOTE }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: {},
  codes: ['elig.deputy.no-national-rule'],
  check: (candidate) =>
    candidate.role === 'deputy' ? { status: 'unknown', findings: [{ code: 'elig.deputy.no-national-rule', severity: 'warning', path: 'role' }] } : NOT_APPLICABLE,
});
