import { type Citation, type Confidence, defineRule, exceedsFraction, type FindingDraft, type Fraction, type IsoDate, ONE_HALF, percentOf, type Rule } from '@truongthon/core';
import type { MeetingContext, MeetingRecord } from './context';

/** Parameters of a quorum rule. */
export interface QuorumParams {
  /** Attendance must exceed this share of the whole electorate of the unit. */
  readonly share: Fraction;
  /** What practice does when the quorum is not reached (`null`: nothing encoded). */
  readonly fallback: 'ballot_per_household' | null;
}

function quorumRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: QuorumParams): Rule<MeetingRecord, QuorumParams, MeetingContext> {
  return defineRule<MeetingRecord, QuorumParams, MeetingContext>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.quorum.not-met', ...(params.fallback ? ['procedure.quorum.household-ballot-fallback'] : [])],
    check: (record, p) => {
      if (exceedsFraction(record.present, record.totalElectorate, p.share)) return { status: 'pass' };
      const findings: FindingDraft[] = [
        {
          code: 'procedure.quorum.not-met',
          path: 'present',
          params: { present: record.present, total: record.totalElectorate, percent: percentOf(record.present, record.totalElectorate), required: percentOf(p.share.numerator, p.share.denominator) },
        },
      ];
      if (p.fallback) findings.push({ code: 'procedure.quorum.household-ballot-fallback', severity: 'info' });
      return { status: 'fail', findings };
    },
  });
}

/**
 * PROC.2008.QUORUM: the meeting proceeds only when **more than 50%** of the
 * voters or household representatives of the thôn / tổ dân phố are present.
 * At 50% exactly it cannot decide (outcome `invalid-meeting`, with the
 * figures).
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8 khoản 1 (confirmed).
 *
 * @example
 * // 180 present of 360 → 'procedure.quorum.not-met' { present: 180, total: 360, percent: 50, required: 50 }
 */
export const quorum2008 = quorumRule(
  {
    id: 'PROC.2008.QUORUM',
    summary: 'The meeting needs more than half of the unit\'s voters or household representatives present.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', clause: '1', confidence: 'confirmed' }],
    confidence: 'confirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { share: ONE_HALF, fallback: null },
);

/**
 * PROC.2023.QUORUM: a community meeting needs **more than 50%** of the
 * household representatives of the unit; where it is not reached,
 * localities take ballots to each household instead (practice).
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 3 as summarised, and the
 * practice of Hải Dương (2024); the article that sets the attendance rule
 * for election meetings was not read (secondary). The household-ballot
 * fallback is reported as practice and by analogy with Nghị định 61/2023
 * Điều 10 (hương ước): shown as information only, not computed.
 *
 * @example
 * // 150 present of 361 households → 'procedure.quorum.not-met', 'procedure.quorum.household-ballot-fallback'
 */
export const quorum2023 = quorumRule(
  {
    id: 'PROC.2023.QUORUM',
    summary: 'The meeting needs more than half of the unit\'s household representatives present; otherwise ballots go to each household (practice).',
    citations: [
      { document: '59/2023/NĐ-CP', article: '3', confidence: 'secondary', note: 'Attendance > 50% of household representatives: practice (Hải Dương 2024) and summaries; the exact clause was not read.' },
    ],
    confidence: 'secondary',
    from: '2023-07-01',
    to: null,
  },
  { share: ONE_HALF, fallback: 'ballot_per_household' },
);
