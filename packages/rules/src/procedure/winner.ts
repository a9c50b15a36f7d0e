import { type FindingDraft, percentOf } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import type { MeetingContext, MeetingRecord } from './context';
import { WIN_THRESHOLD } from './parameters';

/** Parameters of the winning-threshold rule: which law parameter sets the share, and of what base. */
export interface WinParams {
  /** Votes must exceed the share of the base this law parameter gives on the meeting date. */
  readonly threshold: 'PROC.WIN_THRESHOLD';
  /** The base: the whole electorate of the unit (not those present, not valid ballots). */
  readonly base: 'total-electorate';
}

/** What a winning-threshold rule decides on a counted election. */
export interface WinDecision {
  readonly outcome: 'elected' | 'no-winner';
  /** The one candidate above the threshold, with its share of the whole electorate; `null` when nobody is. */
  readonly winner: { readonly name: string; readonly votes: number; readonly percent: number } | null;
}

/**
 * PROC.WIN: a candidate is elected with **more than the share of the whole
 * electorate** of the thôn / tổ dân phố that the law parameter
 * `PROC.WIN_THRESHOLD` gives on the meeting date (all its voters, or all its
 * household representatives, as the meeting chose), not of those present and
 * not of the valid ballots: one half under NQLT 09/2008/NQLT-CP-UBTWMTTQVN
 * Điều 8 ("trên 50% số phiếu bầu hợp lệ so với tổng số cử tri hoặc cử tri
 * đại diện hộ gia đình") and from 01/07/2023 under Luật 10/2022/QH15 Điều 21
 * khoản 1 ("trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán
 * thành", Điều 15 khoản 4 being the election), whether the vote was taken at
 * the meeting or by ballots taken to each household. The texts changed, the
 * test did not: one rule, one dated parameter; each finding cites the text in
 * force on the date. Worked example (published legal Q&A): 159 of 361
 * households = 44.04% → no winner. More than one candidate above the
 * threshold means the record is inconsistent.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8; Luật 10/2022/QH15
 * Điều 21 khoản 1 and Điều 15 khoản 4 (both confirmed).
 *
 * @example
 * // 181 of 361 households → 'procedure.elected' (50.14%); 159 of 361 → 'procedure.no-winner' (44.04%)
 */
export const win = defineRule<MeetingRecord, WinParams, MeetingContext, WinDecision>({
  id: 'PROC.WIN',
  kind: 'legal',
  summary: 'A candidate wins with more than half of the whole electorate of the unit.',
  citations: WIN_THRESHOLD.values.flatMap((v) => v.citations),
  confidence: 'confirmed',
  from: '2008-04-17',
  to: null,
  params: { threshold: 'PROC.WIN_THRESHOLD', base: 'total-electorate' },
  codes: ['procedure.elected', 'procedure.no-winner', 'tally.multiple-winners', 'tally.tie-at-top'],
  // The count (shares of the whole electorate, who is above the threshold) is the meeting's tally, made once on this threshold.
  check: (record, _p, context) => {
    const tally = context.tally;
    const threshold = parameterOn(WIN_THRESHOLD, context.date);
    if (context.purpose !== 'election' || (record.candidates ?? []).length === 0 || tally === null || !tally.quorumMet || !threshold) return { status: 'not-applicable' };
    const citations = threshold.citations;
    const total = tally.total;
    const above = tally.aboveThreshold.map((i) => tally.options[i]!);
    if (above.length > 1) {
      return { status: 'fail', citations, findings: [{ code: 'tally.multiple-winners', path: 'candidates', params: { names: above.map((c) => c.name).join(', '), count: above.length, total } }] };
    }
    const required = percentOf(threshold.value.numerator, threshold.value.denominator);
    if (above.length === 1) {
      const w = above[0]!;
      return {
        status: 'pass',
        citations,
        findings: [{ code: 'procedure.elected', severity: 'info', params: { name: w.name, votes: w.votes, total, percent: w.percent, required } }],
        decision: { outcome: 'elected', winner: { name: w.name, votes: w.votes, percent: w.percent } },
      };
    }
    const top = tally.top.map((i) => tally.options[i]!);
    const best = top[0]!;
    const names = top.map((c) => c.name).join(', ');
    const findings: FindingDraft[] = [{ code: 'procedure.no-winner', severity: 'warning', params: { name: names, votes: best.votes, total, percent: best.percent, required } }];
    if (top.length > 1) findings.push({ code: 'tally.tie-at-top', severity: 'info', params: { names, votes: best.votes } });
    return { status: 'pass', citations, findings, decision: { outcome: 'no-winner', winner: null } };
  },
});
