import { type FindingDraft, percentOf } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import type { MeetingContext, MeetingRecord } from './context';
import { MOTION_PURPOSES, MOTION_THRESHOLD } from './parameters';

/** Parameters of the motion rule (dismissal, removal, cho thôi làm): the law parameters it reads. */
export interface MotionParams {
  /** Votes for the motion must exceed the share of the whole electorate this law parameter gives on the meeting date. */
  readonly threshold: 'PROC.MOTION_THRESHOLD';
  /** The motions the law of the meeting date knows. */
  readonly purposes: 'PROC.MOTION_PURPOSES';
}

/** What the motion rule decides on a counted vote. */
export interface MotionDecision {
  readonly outcome: 'carried' | 'not-carried';
}

/**
 * PROC.MOTION: a motion to remove the leader is carried with **more than the
 * share of the whole electorate** that `PROC.MOTION_THRESHOLD` gives on the
 * meeting date, the same footing as an election; which motions there are is
 * `PROC.MOTION_PURPOSES` on that date:
 * - until 30/06/2023, dismissal (miễn nhiệm: health, family or other
 *   reasons) and removal (bãi nhiệm: lost the people's trust, not fulfilling
 *   duties) go to a meeting of the thôn / tổ dân phố and are carried with
 *   more than 50% of the whole electorate (NQLT 09/2008/NQLT-CP-UBTWMTTQVN
 *   Mục 2 Chương 2, as cited by TT 14/2018; the threshold and who may
 *   initiate were not read, UNCONFIRMED; the domain sheet rates "same
 *   majority" as likely); a `cho-thoi-lam` record in this period is
 *   evaluated the same way, with a warning;
 * - from 01/07/2023 the two became one procedure, **cho thôi làm**, decided
 *   by the community: at the leader's request, or on the proposal of the head
 *   of the Ban công tác Mặt trận (misconduct, loss of trust, or a petition of
 *   at least 50% of households; Nghị định 59/2023/NĐ-CP Điều 9 khoản 1 điểm
 *   b), carried with **more than 50% of all household representatives** in
 *   favour, as an election (Luật 10/2022/QH15 Điều 21 khoản 1, covering Điều
 *   15 khoản 4 "Bầu, cho thôi làm"; confirmed); `dismissal` / `removal`
 *   records are evaluated as cho thôi làm, with a warning.
 * The names of the motions changed with the texts, the vote did not: one
 * rule, dated parameters; each finding cites the texts in force on the date.
 *
 * @example
 * // dismissal on 2020-05-10, 200 of 361 for → 'procedure.motion.carried' (55.4%)
 * // cho-thoi-lam on 2024-03-03, 190 of 361 households for → 'procedure.motion.carried'
 */
export const motion = defineRule<MeetingRecord, MotionParams, MeetingContext, MotionDecision>({
  id: 'PROC.MOTION',
  kind: 'legal',
  summary: 'A motion to remove the leader (dismissal or removal until 30/06/2023, threshold unconfirmed; cho thôi làm from 01/07/2023) is carried with more than half of the whole electorate of the unit.',
  citations: [...new Set([...MOTION_THRESHOLD.values, ...MOTION_PURPOSES.values].flatMap((v) => v.citations))],
  confidence: 'unconfirmed',
  from: '2008-04-17',
  to: null,
  params: { threshold: 'PROC.MOTION_THRESHOLD', purposes: 'PROC.MOTION_PURPOSES' },
  codes: ['procedure.motion.carried', 'procedure.motion.not-carried', 'procedure.purpose.merged-into-cho-thoi-lam', 'procedure.purpose.cho-thoi-lam-before-2023'],
  check: (record, _p, context) => {
    const threshold = parameterOn(MOTION_THRESHOLD, context.date);
    const purposes = parameterOn(MOTION_PURPOSES, context.date);
    if (context.purpose === 'election' || !record.motion || !threshold || !purposes) return { status: 'not-applicable' };
    const citations = [...new Set([...threshold.citations, ...purposes.citations])];
    const findings: FindingDraft[] = [];
    if (!purposes.value.includes(context.purpose)) {
      const code = context.purpose === 'cho-thoi-lam' ? 'procedure.purpose.cho-thoi-lam-before-2023' : 'procedure.purpose.merged-into-cho-thoi-lam';
      findings.push({ code, severity: 'warning', params: { purpose: context.purpose } });
    }
    // The votes for the motion are the tally's first option, counted once on this threshold.
    const tally = context.tally;
    const votesFor = tally?.quorumMet ? tally.options[0] : undefined;
    if (!tally || votesFor === undefined) return { status: 'pass', findings, citations };
    const outcome = votesFor.reachesThreshold ? 'carried' : 'not-carried';
    findings.push({
      code: `procedure.motion.${outcome}`,
      severity: 'info',
      params: { votes: votesFor.votes, total: tally.total, percent: votesFor.percent, required: percentOf(threshold.value.numerator, threshold.value.denominator) },
    });
    return { status: 'pass', findings, citations, decision: { outcome } };
  },
});
