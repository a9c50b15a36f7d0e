import { type Confidence, type FindingDraft, type Fraction, type IsoDate, type MeetingPurpose, ONE_HALF, percentOf, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { SourceCitation } from '../sources';
import type { MeetingContext, MeetingRecord } from './context';

/** Parameters of a motion rule (dismissal, removal, cho thôi làm). */
export interface MotionParams {
  /** Votes for the motion must exceed this share of the whole electorate. */
  readonly threshold: Fraction;
  /** The purposes this regime knows. */
  readonly purposes: readonly MeetingPurpose[];
}

/** What a motion rule decides on a counted vote. */
export interface MotionDecision {
  readonly outcome: 'carried' | 'not-carried';
}

function motionRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly SourceCitation[]; confidence: Confidence; summary: string }, params: MotionParams): Rule<MeetingRecord, MotionParams, MeetingContext, MotionDecision> {
  return defineRule<MeetingRecord, MotionParams, MeetingContext, MotionDecision>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.motion.carried', 'procedure.motion.not-carried', 'procedure.purpose.merged-into-cho-thoi-lam', 'procedure.purpose.cho-thoi-lam-before-2023'],
    check: (record, p, context) => {
      if (context.purpose === 'election' || !record.motion) return { status: 'not-applicable' };
      const findings: FindingDraft[] = [];
      if (!p.purposes.includes(context.purpose)) {
        const code = context.purpose === 'cho-thoi-lam' ? 'procedure.purpose.cho-thoi-lam-before-2023' : 'procedure.purpose.merged-into-cho-thoi-lam';
        findings.push({ code, severity: 'warning', params: { purpose: context.purpose } });
      }
      // The votes for the motion are the tally's first option, counted once on this rule's threshold.
      const tally = context.tally;
      const votesFor = tally?.quorumMet ? tally.options[0] : undefined;
      if (!tally || votesFor === undefined) return { status: 'pass', findings };
      const outcome = votesFor.reachesThreshold ? 'carried' : 'not-carried';
      findings.push({
        code: `procedure.motion.${outcome}`,
        severity: 'info',
        params: { votes: votesFor.votes, total: tally.total, percent: votesFor.percent, required: percentOf(p.threshold.numerator, p.threshold.denominator) },
      });
      return { status: 'pass', findings, decision: { outcome } };
    },
  });
}

/**
 * PROC.2008.MOTION: dismissal (miễn nhiệm: health, family or other reasons)
 * and removal (bãi nhiệm: lost the people's trust, not fulfilling duties) go
 * to a meeting of the thôn / tổ dân phố; the motion is carried with **more
 * than 50% of the whole electorate**, the same footing as an election. The
 * threshold and who may initiate were not read (UNCONFIRMED; the domain
 * sheet rates "same majority" as likely). A `cho-thoi-lam` record in this
 * period is evaluated the same way, with a warning.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Mục 2 Chương 2 (as cited by
 * TT 14/2018); threshold UNCONFIRMED.
 *
 * @example
 * // dismissal, 200 of 361 for → 'procedure.motion.carried' (55.4%)
 */
export const motion2008 = motionRule(
  {
    id: 'PROC.2008.MOTION',
    summary: 'Dismissal or removal is carried with more than half of the whole electorate (threshold unconfirmed).',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'Dismissal and removal go to a thôn meeting (ngoisao, luatvietnam summaries); the vote threshold was not read.' }],
    confidence: 'unconfirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { threshold: ONE_HALF, purposes: ['dismissal', 'removal'] },
);

/**
 * PROC.2023.CHOTHOI: dismissal and removal became one procedure, **cho thôi
 * làm**, decided by the community: at the leader's request, or on the
 * proposal of the head of the Ban công tác Mặt trận (misconduct, loss of
 * trust, or a petition of **at least 50%** of households: "ít nhất 50% tổng
 * số hộ gia đình hoặc đại diện hộ gia đình trong thôn, tổ dân phố kiến nghị",
 * Nghị định 59/2023 Điều 9 khoản 1 điểm b). The motion is carried with
 * **more than 50% of all household representatives** in favour, as an
 * election (Luật 10/2022 Điều 21 khoản 1, covering Điều 15 khoản 4 "Bầu,
 * cho thôi làm"). `dismissal` / `removal` records in this period are
 * evaluated as cho thôi làm, with a warning.
 *
 * Legal basis: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 21 khoản 1,
 * Điều 15 khoản 4; Nghị định 59/2023/NĐ-CP Điều 9 (confirmed: pháp điển 44.13).
 *
 * @example
 * // cho-thoi-lam, 190 of 361 households for → 'procedure.motion.carried'
 */
export const choThoiLam2023 = motionRule(
  {
    id: 'PROC.2023.CHOTHOI',
    summary: 'Cho thôi làm is carried with more than half of all household representatives of the unit.',
    citations: [
      { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: '"trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán thành".' },
      { document: '10/2022/QH15', article: '15', clause: '4', confidence: 'confirmed' },
      { document: '59/2023/NĐ-CP', article: '9', clause: '1', confidence: 'confirmed', note: 'Who proposes cho thôi làm; a petition needs at least 50% of households (điểm b).' },
    ],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { threshold: ONE_HALF, purposes: ['cho-thoi-lam'] },
);
