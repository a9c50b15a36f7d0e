import { addDays, type IsoDate } from '@truongthon/core';
import { defineRule } from '../defineRule';

/**
 * The last day on which the rules of this package were checked against the
 * legal sources (the December 2026 audit of the project's legal notes, kept
 * outside this repository). A question
 * about a later day may fall under law made after it: results for such a day
 * carry the finding `law.not-reviewed` (see {@link lawNotReviewed}).
 */
export const LAW_REVIEWED_THROUGH: IsoDate = '2026-12-06';

/**
 * LAW.NOT_REVIEWED: for an election or meeting after
 * {@link LAW_REVIEWED_THROUGH}, the rules may no longer be the law in force:
 * a text issued after that day (a new decree, a provincial decision) could
 * change criteria, term or procedure. The finding is a warning; it does not
 * change the verdict or outcome the encoded rules give.
 *
 * Legal basis: none of its own; it cites the newest text the review read
 * (Nghị định 185/2026/NĐ-CP, in force 26/05/2026).
 *
 * @example
 * // election on 2027-03-01 → finding 'law.not-reviewed' { reviewedThrough: '2026-12-06' }
 */
export const lawNotReviewed = defineRule<unknown, { readonly reviewedThrough: IsoDate }, unknown>({
  id: 'LAW.NOT_REVIEWED',
  kind: 'legal',
  summary: 'The date asked about lies after the day the rules were last checked against the sources.',
  citations: [{ document: '185/2026/NĐ-CP', confidence: 'secondary', note: 'The newest text read in the review that ended on LAW_REVIEWED_THROUGH; later texts were not looked for.' }],
  confidence: 'secondary',
  from: addDays(LAW_REVIEWED_THROUGH, 1),
  to: null,
  params: { reviewedThrough: LAW_REVIEWED_THROUGH },
  codes: ['law.not-reviewed'],
  check: (_input, params) => ({ status: 'advice', findings: [{ code: 'law.not-reviewed', severity: 'warning', params: { reviewedThrough: params.reviewedThrough } }] }),
});
