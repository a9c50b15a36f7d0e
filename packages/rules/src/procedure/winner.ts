import { type Citation, type Confidence, defineRule, type Fraction, type FindingDraft, type IsoDate, ONE_HALF, percentOf, type Rule } from '@truongthon/core';
import type { MeetingContext, MeetingRecord } from './context';

/** Parameters of a winning-threshold rule. */
export interface WinParams {
  /** Votes must exceed this share of the base. */
  readonly threshold: Fraction;
  /** The base: the whole electorate of the unit (not those present, not valid ballots). */
  readonly base: 'total-electorate';
}

/** What a winning-threshold rule decides on a counted election. */
export interface WinDecision {
  readonly outcome: 'elected' | 'no-winner';
  /** The one candidate above the threshold, with its share of the whole electorate; `null` when nobody is. */
  readonly winner: { readonly name: string; readonly votes: number; readonly percent: number } | null;
}

function winRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: WinParams): Rule<MeetingRecord, WinParams, MeetingContext, WinDecision> {
  return defineRule<MeetingRecord, WinParams, MeetingContext, WinDecision>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.elected', 'procedure.no-winner', 'tally.multiple-winners', 'tally.tie-at-top'],
    // The count (shares of the whole electorate, who is above the threshold) is the meeting's tally, made once on this rule's threshold.
    check: (record, p, context) => {
      const tally = context.tally;
      if (context.purpose !== 'election' || (record.candidates ?? []).length === 0 || tally === null || !tally.quorumMet) return { status: 'not-applicable' };
      const total = tally.total;
      const above = tally.aboveThreshold.map((i) => tally.options[i]!);
      if (above.length > 1) {
        return { status: 'fail', findings: [{ code: 'tally.multiple-winners', path: 'candidates', params: { names: above.map((c) => c.name).join(', '), count: above.length, total } }] };
      }
      const required = percentOf(p.threshold.numerator, p.threshold.denominator);
      if (above.length === 1) {
        const w = above[0]!;
        return {
          status: 'pass',
          findings: [{ code: 'procedure.elected', severity: 'info', params: { name: w.name, votes: w.votes, total, percent: w.percent, required } }],
          decision: { outcome: 'elected', winner: { name: w.name, votes: w.votes, percent: w.percent } },
        };
      }
      const top = tally.top.map((i) => tally.options[i]!);
      const best = top[0]!;
      const names = top.map((c) => c.name).join(', ');
      const findings: FindingDraft[] = [{ code: 'procedure.no-winner', severity: 'warning', params: { name: names, votes: best.votes, total, percent: best.percent, required } }];
      if (top.length > 1) findings.push({ code: 'tally.tie-at-top', severity: 'info', params: { names, votes: best.votes } });
      return { status: 'pass', findings, decision: { outcome: 'no-winner', winner: null } };
    },
  });
}

/**
 * PROC.2008.WIN: a candidate is elected with **more than 50% of the whole
 * electorate** of the thôn / tổ dân phố (all its voters, or all its
 * household representatives, as the meeting chose), not of those present and
 * not of the valid ballots: "trên 50% số phiếu bầu hợp lệ so với tổng số cử
 * tri hoặc cử tri đại diện hộ gia đình". Worked example (published legal Q&A):
 * 159 of 361 households = 44.04% → no winner. More than one candidate above
 * the threshold means the record is inconsistent.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8 (confirmed: summary
 * and worked case).
 *
 * @example
 * // 181 of 361 households → 'procedure.elected' (50.14%); 159 of 361 → 'procedure.no-winner' (44.04%)
 */
export const win2008 = winRule(
  {
    id: 'PROC.2008.WIN',
    summary: 'A candidate wins with more than half of the whole electorate of the unit.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', confidence: 'confirmed', note: 'Base = all voters or household representatives of the unit (luatvietnam summary; nguoiduatin worked case 159/361).' }],
    confidence: 'confirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { threshold: ONE_HALF, base: 'total-electorate' },
);

/**
 * PROC.2023.WIN: a candidate is elected with **more than 50% of all household
 * representatives of the unit** in favour: "Quyết định của cộng đồng dân cư
 * về nội dung quy định tại các khoản 3, 4, 5 và 6 Điều 15 của Luật này được
 * thông qua khi có trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân
 * phố tán thành" (Luật 10/2022 Điều 21 khoản 1), Điều 15 khoản 4 being "Bầu,
 * cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố". The base is the whole unit,
 * not those present and not the valid ballots, whether the vote was taken at
 * the meeting or by ballots taken to each household.
 *
 * Legal basis: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 21 khoản 1
 * and Điều 15 khoản 4 (confirmed: pháp điển 44.13).
 *
 * @example
 * // 200 of 361 households → 'procedure.elected'
 */
export const win2023 = winRule(
  {
    id: 'PROC.2023.WIN',
    summary: 'A candidate wins with more than half of all household representatives of the unit.',
    citations: [
      { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: '"trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán thành".' },
      { document: '10/2022/QH15', article: '15', clause: '4', confidence: 'confirmed', note: '"Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố" is decided by the community.' },
    ],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { threshold: ONE_HALF, base: 'total-electorate' },
);
