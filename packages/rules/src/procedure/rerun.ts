import { addDays, type Citation, type Confidence, defineRule, type FindingDraft, type IsoDate, type Rule } from '@truongthon/core';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/** Parameters of a re-run rule. */
export interface RerunParams {
  /** The re-run must be held within this many calendar days of the first round (`null`: no text read sets it). */
  readonly withinDays: number | null;
}

/**
 * The re-run step after a first round with no winner: its last allowed day
 * (`withinDays` calendar days after the first round), or `null` with basis
 * `not-set` when no text read sets a deadline.
 *
 * A building block on a date already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): throws a `RangeError` when it is not a
 * real `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * rerunStep(rerun2008, '2021-01-10').date // '2021-01-25'
 * rerunStep(rerun2023, '2024-12-08').date // null
 */
export function rerunStep(rule: Pick<Rule<MeetingRecord, RerunParams, MeetingContext, ProcedureStep>, 'id' | 'params' | 'citations' | 'confidence'>, firstRoundDate: IsoDate): ProcedureStep {
  const days = rule.params.withinDays;
  return {
    id: 'rerun',
    date: days === null ? null : addDays(firstRoundDate, days),
    basis: days === null ? { kind: 'not-set' } : { kind: 'calendar-days-after', days, from: firstRoundDate },
    condition: 'no-winner',
    ruleId: rule.id,
    citations: rule.citations,
    confidence: rule.confidence,
  };
}

function rerunRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: RerunParams): Rule<MeetingRecord, RerunParams, MeetingContext, ProcedureStep> {
  const rule: Rule<MeetingRecord, RerunParams, MeetingContext, ProcedureStep> = defineRule<MeetingRecord, RerunParams, MeetingContext, ProcedureStep>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.rerun.deadline', 'procedure.rerun.deadline-not-set', 'procedure.rerun.late'],
    check: (record, p, context) => {
      if (context.purpose !== 'election') return { status: 'not-applicable' };
      const findings: FindingDraft[] = [];
      let step: ProcedureStep | undefined;
      if (context.round === 'rerun' && record.firstRoundDate != null && p.withinDays !== null) {
        const deadline = addDays(record.firstRoundDate, p.withinDays);
        if (record.electionDate > deadline) findings.push({ code: 'procedure.rerun.late', path: 'electionDate', severity: 'warning', params: { firstRoundDate: record.firstRoundDate, deadline, days: p.withinDays } });
      }
      if (followUpOutcome(context) === 'no-winner' && context.round === 'first') {
        step = rerunStep(rule, record.electionDate);
        findings.push(
          step.date === null
            ? { code: 'procedure.rerun.deadline-not-set', severity: 'warning', params: {} }
            : { code: 'procedure.rerun.deadline', severity: 'info', params: { deadline: step.date, days: p.withinDays } },
        );
      }
      return step ? { status: 'pass', findings, decision: step } : { status: findings.length > 0 ? 'pass' : 'not-applicable', findings };
    },
  });
  return rule;
}

/**
 * PROC.2008.RERUN: when nobody wins, the election is held again **no later
 * than 15 days** after the first one, on a date the commune sets. Calendar
 * days; not moved off weekends (elections are usually held on Sundays). A
 * re-run recorded later than that gets a warning.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN (secondary: luatvietnam summary).
 *
 * @example
 * // no winner on 2021-01-10 → re-run by 2021-01-25
 */
export const rerun2008 = rerunRule(
  {
    id: 'PROC.2008.RERUN',
    summary: 'With no winner, the election is re-run within 15 days.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'secondary', note: 'luatvietnam summary; the article was not read.' }],
    confidence: 'secondary',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { withinDays: 15 },
);

/**
 * PROC.2023.RERUN: when nobody wins, the meeting's decision states why "để
 * báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại"
 * (Điều 3 khoản 5 điểm d), and within 5 working days the UBND cấp xã
 * recognises the winner "hoặc quyết định bầu lại" (Điều 8); **neither sets a
 * deadline for holding the re-run itself**: modelled as `null`, with the
 * finding `procedure.rerun.deadline-not-set`. (In practice: Thanh Miện,
 * first round 08/12/2024, re-run late December.)
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 3 khoản 5 điểm d and Điều 8
 * (confirmed: pháp điển 44.13; no deadline in either).
 *
 * @example
 * // no winner on 2024-12-08 → re-run deadline null, 'procedure.rerun.deadline-not-set'
 */
export const rerun2023 = rerunRule(
  {
    id: 'PROC.2023.RERUN',
    summary: 'With no winner, the commune decides a re-run; the decree sets no deadline for holding it.',
    citations: [
      { document: '59/2023/NĐ-CP', article: '3', clause: '5', point: 'd', confidence: 'confirmed', note: 'No winner: the reasons are reported to the commune, which decides the re-run.' },
      { document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed', note: 'The commune recognises the winner or decides the re-run within 5 working days; no deadline for holding the re-run.' },
    ],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { withinDays: null },
);
