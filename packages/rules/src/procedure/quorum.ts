import { type Confidence, type Fraction, type IsoDate, ONE_HALF, percentOf, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { SourceCitation } from '../sources';
import type { MeetingContext, MeetingRecord, ProcedureStep } from './context';

/** Parameters of a quorum rule. */
export interface QuorumParams {
  /** Attendance must exceed this share of the whole electorate of the unit. */
  readonly share: Fraction;
  /**
   * What the law provides when attendance does not exceed it: `null`, the
   * meeting is not valid (`invalid-meeting`); `ballot_per_household`, ballots
   * go to each household instead (`household-ballot-required`).
   */
  readonly fallback: 'ballot_per_household' | null;
}

/** What a quorum rule decides on a meeting (not on a ballot taken to each household, which has no attendance condition). */
export interface QuorumDecision {
  readonly present: number;
  readonly total: number;
  /** `present` as a percentage of `total`, 2 decimals. */
  readonly percent: number;
  /** Attendance must exceed this percentage of the whole electorate. */
  readonly requiredPercent: number;
  readonly met: boolean;
  /** When not met: what the law makes of the meeting (`invalid-meeting` or `household-ballot-required`); `null` when met. */
  readonly outcome: 'invalid-meeting' | 'household-ballot-required' | null;
  /** When not met and the law sends ballots to each household: that step; otherwise `null`. */
  readonly next: ProcedureStep | null;
}

function quorumRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly SourceCitation[]; confidence: Confidence; summary: string }, params: QuorumParams): Rule<MeetingRecord, QuorumParams, MeetingContext, QuorumDecision> {
  const code = params.fallback ? 'procedure.household-ballot.required' : 'procedure.quorum.not-met';
  const rule: Rule<MeetingRecord, QuorumParams, MeetingContext, QuorumDecision> = defineRule<MeetingRecord, QuorumParams, MeetingContext, QuorumDecision>({
    ...meta,
    kind: 'legal',
    params,
    codes: [code],
    // Attendance is the meeting's tally, counted once on this rule's share.
    check: (record, p, context) => {
      const tally = context.tally;
      // A ballot taken to each household has no attendance condition.
      if (record.votingMode === 'household_ballot' || tally === null) return { status: 'not-applicable' };
      const figures = { present: tally.present, total: tally.total, percent: tally.presentPercent, requiredPercent: percentOf(p.share.numerator, p.share.denominator) as number };
      if (tally.quorumMet) return { status: 'pass', decision: { ...figures, met: true, outcome: null, next: null } };
      return {
        status: 'fail',
        findings: [{ code, path: 'present', severity: p.fallback ? 'warning' : 'error', params: { present: figures.present, total: figures.total, percent: figures.percent, required: figures.requiredPercent } }],
        decision: {
          ...figures,
          met: false,
          outcome: p.fallback ? 'household-ballot-required' : 'invalid-meeting',
          next: p.fallback ? householdBallotStep(rule) : null,
        },
      };
    },
  });
  return rule;
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
 * PROC.2023.QUORUM: there is **no separate quorum** from 01/07/2023. The
 * election (and cho thôi làm) passes only with **more than 50% of all
 * household representatives of the unit** in favour (Luật 10/2022 Điều 21
 * khoản 1), and must be decided at a community meeting "trừ trường hợp quy
 * định tại điểm b khoản 1 Điều 19" (Điều 17 khoản 2): when a meeting was held
 * "mà không có đủ đại diện của số hộ gia đình tham dự để có thể đạt tỷ lệ
 * biểu quyết tán thành tối thiểu", ballots go to each household (phát phiếu
 * lấy ý kiến; Điều 19 khoản 1 điểm b; Nghị định 59/2023 Điều 4 khoản 1 điểm
 * b). So a meeting that **no more than 50%** attend cannot decide, and the
 * outcome is `household-ballot-required` (not an invalid meeting), with that
 * next step. A record of the household ballot itself (`votingMode:
 * 'household_ballot'`) has no attendance condition.
 *
 * Legal basis: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 17 khoản 2,
 * Điều 19 khoản 1 điểm b, Điều 21 khoản 1; Nghị định 59/2023/NĐ-CP Điều 4
 * khoản 1 điểm b (confirmed: pháp điển 44.13).
 *
 * @example
 * // 40 present of 100 households (2024) → 'procedure.household-ballot.required' { present: 40, total: 100, percent: 40, required: 50 }
 */
export const quorum2023 = quorumRule(
  {
    id: 'PROC.2023.QUORUM',
    summary: 'A meeting no more than half of the household representatives attend cannot reach the threshold: ballots then go to each household.',
    citations: [
      { document: '10/2022/QH15', article: '17', clause: '2', confidence: 'confirmed', note: 'Electing and cho thôi làm are decided at a community meeting, except under Điều 19 khoản 1 điểm b.' },
      { document: '10/2022/QH15', article: '19', clause: '1', point: 'b', confidence: 'confirmed', note: 'A meeting without enough household representatives to reach the threshold: ballots to each household.' },
      { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: 'Passed with more than 50% of all household representatives of the unit in favour.' },
      { document: '59/2023/NĐ-CP', article: '4', clause: '1', point: 'b', confidence: 'confirmed' },
    ],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { share: ONE_HALF, fallback: 'ballot_per_household' },
);

/**
 * The step that follows a meeting too few attended, where the law provides a
 * ballot to each household (`fallback: 'ballot_per_household'`): the ballots
 * (phát phiếu lấy ý kiến tới từng hộ gia đình), counted on all households of
 * the unit. No text read sets when (`date: null`).
 *
 * @example
 * householdBallotStep(quorum2023) // { id: 'household-ballot', date: null, basis: { kind: 'not-set' }, condition: 'quorum-not-met', … }
 */
export function householdBallotStep(rule: Pick<Rule<MeetingRecord, QuorumParams, MeetingContext, QuorumDecision>, 'id' | 'citations' | 'confidence'>): ProcedureStep {
  return {
    id: 'household-ballot',
    date: null,
    basis: { kind: 'not-set' },
    condition: 'quorum-not-met',
    ruleId: rule.id,
    citations: rule.citations,
    confidence: rule.confidence,
  };
}
