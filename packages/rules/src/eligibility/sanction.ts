import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, leaderOnly, ND185_FROM, ND185_NOTE, PASS } from './context';

/**
 * ELIG.2026.SANCTION: the candidate must "không trong thời gian bị xử lý kỷ
 * luật, bị truy cứu trách nhiệm hình sự hoặc đang chấp hành bản án, quyết
 * định của Tòa án": not within a period of disciplinary sanction, not being
 * criminally prosecuted, not serving a court sentence or decision
 * (`underSanction`). `true` makes the candidate ineligible; unknown makes the
 * verdict undetermined.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 7 khoản 5 (in force 26/05/2026).
 *
 * @example
 * // underSanction: true → fail 'elig.sanction.current'; absent → unknown, missing ['underSanction']
 */
export const sanction2026 = defineRule<Candidate, Record<string, never>, EligibilityContext>({
  id: 'ELIG.2026.SANCTION',
  kind: 'legal',
  summary: 'Not under a disciplinary sanction, criminal prosecution or court sentence (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '7', clause: '5', effective: ND185_FROM, confidence: 'secondary', note: ND185_NOTE }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: {},
  codes: ['elig.sanction.current'],
  check: leaderOnly((candidate) => {
    if (candidate.underSanction === false) return PASS;
    if (candidate.underSanction === true) return { status: 'fail', findings: [{ code: 'elig.sanction.current', path: 'underSanction' }] };
    return { status: 'unknown', missing: ['underSanction'] };
  }),
});
