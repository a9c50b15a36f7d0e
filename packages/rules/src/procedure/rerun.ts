import { addDays, type FindingDraft, type IsoDate } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';
import { RERUN_WITHIN_DAYS } from './parameters';

/** Parameters of the re-run rule: the law parameter that sets its deadline. */
export interface RerunParams {
  /** The re-run must be held within the calendar days of this law parameter on the meeting date (`null` value: no text read sets it). */
  readonly withinDays: 'PROC.RERUN_WITHIN_DAYS';
}

/**
 * The re-run step after a first round with no winner on `firstRoundDate`:
 * its last allowed day (the calendar days of `PROC.RERUN_WITHIN_DAYS` on that
 * date after it), or `null` with basis `not-set` when no text read sets a
 * deadline, citing the text in force; `null` before 17/04/2008 (not encoded).
 *
 * A building block on a date already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): throws a `RangeError` when it is not a
 * real `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * rerunStep('2021-01-10')?.date // '2021-01-25' (15 days, NQLT 09/2008, secondary)
 * rerunStep('2024-12-08')?.date // null (Nghị định 59/2023 sets no deadline)
 */
export function rerunStep(firstRoundDate: IsoDate): ProcedureStep | null {
  const within = parameterOn(RERUN_WITHIN_DAYS, firstRoundDate);
  if (!within) return null;
  const days = within.value;
  return {
    id: 'rerun',
    date: days === null ? null : addDays(firstRoundDate, days),
    basis: days === null ? { kind: 'not-set' } : { kind: 'calendar-days-after', days, from: firstRoundDate },
    condition: 'no-winner',
    ruleId: rerun.id,
    citations: within.citations,
    confidence: within.confidence,
  };
}

/**
 * PROC.RERUN: when nobody wins, the election is held again within the
 * calendar days `PROC.RERUN_WITHIN_DAYS` gives on the date:
 * - under NQLT 09/2008/NQLT-CP-UBTWMTTQVN, **no later than 15 days** after
 *   the first round, on a date the commune sets (secondary: luatvietnam
 *   summary); calendar days, not moved off weekends (elections are usually
 *   held on Sundays); a re-run recorded later than that gets a warning;
 * - from 01/07/2023 the meeting's decision states why nobody won "để báo cáo
 *   Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại" (Nghị
 *   định 59/2023/NĐ-CP Điều 3 khoản 5 điểm d) and within 5 working days the
 *   UBND cấp xã recognises the winner "hoặc quyết định bầu lại" (Điều 8);
 *   **neither sets a deadline for holding the re-run itself**: `null`, with
 *   the finding `procedure.rerun.deadline-not-set` (confirmed: pháp điển
 *   44.13; in practice Thanh Miện, first round 08/12/2024, re-run late
 *   December).
 * The number changed with the text, the reckoning did not: one rule, one
 * dated parameter; each finding and step cites the text in force.
 *
 * @example
 * // no winner on 2021-01-10 → re-run by 2021-01-25
 * // no winner on 2024-12-08 → re-run deadline null, 'procedure.rerun.deadline-not-set'
 */
export const rerun = defineRule<MeetingRecord, RerunParams, MeetingContext, ProcedureStep>({
  id: 'PROC.RERUN',
  kind: 'legal',
  summary: 'With no winner, the election is re-run within the days the law of the date sets (15 until 30/06/2023; none set from 01/07/2023, the commune decides the re-run).',
  citations: RERUN_WITHIN_DAYS.values.flatMap((v) => v.citations),
  confidence: 'secondary',
  from: '2008-04-17',
  to: null,
  params: { withinDays: 'PROC.RERUN_WITHIN_DAYS' },
  codes: ['procedure.rerun.deadline', 'procedure.rerun.deadline-not-set', 'procedure.rerun.late'],
  check: (record, _p, context) => {
    const within = parameterOn(RERUN_WITHIN_DAYS, record.electionDate);
    if (context.purpose !== 'election' || !within) return { status: 'not-applicable' };
    const findings: FindingDraft[] = [];
    let step: ProcedureStep | null = null;
    if (context.round === 'rerun' && record.firstRoundDate != null && within.value !== null) {
      const deadline = addDays(record.firstRoundDate, within.value);
      if (record.electionDate > deadline) findings.push({ code: 'procedure.rerun.late', path: 'electionDate', severity: 'warning', params: { firstRoundDate: record.firstRoundDate, deadline, days: within.value } });
    }
    if (followUpOutcome(context) === 'no-winner' && context.round === 'first') {
      step = rerunStep(record.electionDate);
      if (step) {
        findings.push(
          step.date === null
            ? { code: 'procedure.rerun.deadline-not-set', severity: 'warning', params: {} }
            : { code: 'procedure.rerun.deadline', severity: 'info', params: { deadline: step.date, days: within.value } },
        );
      }
    }
    if (step) return { status: 'pass', findings, citations: within.citations, decision: step };
    return { status: findings.length > 0 ? 'pass' : 'not-applicable', findings, citations: within.citations };
  },
});
