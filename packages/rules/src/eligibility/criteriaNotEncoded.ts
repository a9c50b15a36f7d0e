import { defineRule } from '../defineRule';
import type { Candidate, EligibilityContext } from './context';

/**
 * ELIG.CRITERIA.PRE2012: before TT 04/2012/TT-BNV took effect (15/10/2012) the
 * criteria came from QĐ 13/2002/QĐ-BNV, which could not be read. Rather than
 * invent them, this rule makes every check in that period `undetermined`.
 *
 * Legal basis: QĐ 13/2002/QĐ-BNV (in force until 14/10/2012; its criteria
 * articles not read, UNCONFIRMED).
 *
 * @example
 * // election on 2010-06-01 → verdict 'undetermined', finding 'elig.criteria-not-encoded'
 */
export const criteriaNotEncoded = defineRule<Candidate, { readonly until: string }, EligibilityContext>({
  id: 'ELIG.CRITERIA.PRE2012',
  kind: 'legal',
  summary: 'Candidate criteria before 15/10/2012 (QĐ 13/2002/QĐ-BNV) are not encoded.',
  citations: [{ document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: 'Criteria articles not read.' }],
  confidence: 'unconfirmed',
  from: '2005-05-12',
  to: '2012-10-14',
  params: { until: '2012-10-14' },
  codes: ['elig.criteria-not-encoded'],
  check: (_candidate, params) => ({ status: 'unknown', findings: [{ code: 'elig.criteria-not-encoded', severity: 'warning', params: { until: params.until } }] }),
});
