import { addDays, type IsoDate } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';
import { NEW_ELECTION_WITHIN_DAYS } from './parameters';

/** Parameters of the new-election rule (after a carried motion): the law parameter that sets its deadline. */
export interface NewElectionParams {
  /** Calendar days from the recognition of the motion to the commune's decision on a new election, on the meeting date (`null` value: not set). */
  readonly decideWithinDays: 'PROC.NEW_ELECTION_WITHIN_DAYS';
}

/**
 * The step "the commune decides the new election" after a motion carried on
 * `meetingDate`: the calendar days of `PROC.NEW_ELECTION_WITHIN_DAYS` on that
 * date after the day the commune recognised the motion (`recognizedOn`), or
 * `null` when that day is not known yet or no text read sets the period,
 * citing the text in force; `null` before 17/04/2008 (not encoded).
 *
 * A building block on dates already checked (as `evaluateMeeting` checks
 * its own): throws a `RangeError` when `recognizedOn` is not a real
 * `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * newElectionStep('2024-03-03', '2024-03-04')?.date // '2024-05-03'
 */
export function newElectionStep(meetingDate: IsoDate, recognizedOn: IsoDate | null): ProcedureStep | null {
  const within = parameterOn(NEW_ELECTION_WITHIN_DAYS, meetingDate);
  if (!within) return null;
  const days = within.value;
  return {
    id: 'new-election-decision',
    date: days === null || recognizedOn === null ? null : addDays(recognizedOn, days),
    basis: days === null ? { kind: 'not-set' } : { kind: 'calendar-days-after', days, from: recognizedOn },
    condition: 'motion-carried',
    ruleId: newElection.id,
    citations: within.citations,
    confidence: within.confidence,
  };
}

/**
 * PROC.NEW_ELECTION: after a carried dismissal, removal or cho thôi làm, a
 * new leader is elected; when the commune must decide it is the law
 * parameter `PROC.NEW_ELECTION_WITHIN_DAYS` on the meeting date:
 * - under NQLT 09/2008/NQLT-CP-UBTWMTTQVN **no deadline was read**
 *   (UNCONFIRMED): `null`, with the finding
 *   `procedure.new-election.deadline-not-set`;
 * - from 01/07/2023, "Trong thời hạn 60 ngày kể từ ngày có quyết định công
 *   nhận cho thôi làm…, UBND cấp xã quyết định việc tiến hành bầu…": within
 *   **60 days** of recognising the cho thôi làm (Nghị định 59/2023/NĐ-CP
 *   Điều 9 khoản 3; confirmed: pháp điển 44.13).
 *
 * @example
 * // dismissal carried on 2020-05-10 → new-election deadline null
 * // cho thôi làm recognised on 2024-03-04 → decide the new election by 2024-05-03
 */
export const newElection = defineRule<MeetingRecord, NewElectionParams, MeetingContext, ProcedureStep>({
  id: 'PROC.NEW_ELECTION',
  kind: 'legal',
  summary: 'After a carried motion a new election follows; from 01/07/2023 the commune decides it within 60 days of recognising the cho thôi làm (no deadline read before).',
  citations: NEW_ELECTION_WITHIN_DAYS.values.flatMap((v) => v.citations),
  confidence: 'unconfirmed',
  from: '2008-04-17',
  to: null,
  params: { decideWithinDays: 'PROC.NEW_ELECTION_WITHIN_DAYS' },
  codes: ['procedure.new-election.deadline', 'procedure.new-election.after-recognition', 'procedure.new-election.deadline-not-set'],
  check: (record, _p, context) => {
    const step = followUpOutcome(context) === 'carried' ? newElectionStep(record.electionDate, record.recognizedOn ?? null) : null;
    if (!step) return { status: 'not-applicable' };
    const citations = step.citations;
    if (step.basis.kind === 'not-set') return { status: 'pass', citations, findings: [{ code: 'procedure.new-election.deadline-not-set', severity: 'warning', params: {} }], decision: step };
    const days = step.basis.kind === 'calendar-days-after' ? step.basis.days : null;
    if (step.date === null) return { status: 'pass', citations, findings: [{ code: 'procedure.new-election.after-recognition', severity: 'info', params: { days } }], decision: step };
    return { status: 'pass', citations, findings: [{ code: 'procedure.new-election.deadline', severity: 'info', params: { deadline: step.date, days, recognizedOn: record.recognizedOn ?? null } }], decision: step };
  },
});
