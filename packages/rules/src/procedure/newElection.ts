import { addDays, type Citation, type Confidence, defineRule, type IsoDate, type Rule } from '@truongthon/core';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/** Parameters of a new-election rule (after a carried motion). */
export interface NewElectionParams {
  /** Calendar days from the recognition of the motion to the commune's decision on a new election (`null`: not set). */
  readonly decideWithinDays: number | null;
}

/**
 * The step "the commune decides the new election" after a carried motion:
 * `decideWithinDays` calendar days after the day the commune recognised the
 * motion (`recognizedOn`), or `null` when that day is not known yet or no
 * text read sets the period.
 *
 * A building block on a date already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): throws a `RangeError` when it is not a
 * real `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * newElectionStep(newElection2023, '2024-03-04').date // '2024-05-03'
 */
export function newElectionStep(rule: Pick<Rule<MeetingRecord, NewElectionParams, MeetingContext, ProcedureStep>, 'id' | 'params' | 'citations' | 'confidence'>, recognizedOn: IsoDate | null): ProcedureStep {
  const days = rule.params.decideWithinDays;
  return {
    id: 'new-election-decision',
    date: days === null || recognizedOn === null ? null : addDays(recognizedOn, days),
    basis: days === null ? { kind: 'not-set' } : { kind: 'calendar-days-after', days, from: recognizedOn },
    condition: 'motion-carried',
    ruleId: rule.id,
    citations: rule.citations,
    confidence: rule.confidence,
  };
}

function newElectionRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: NewElectionParams): Rule<MeetingRecord, NewElectionParams, MeetingContext, ProcedureStep> {
  const rule: Rule<MeetingRecord, NewElectionParams, MeetingContext, ProcedureStep> = defineRule<MeetingRecord, NewElectionParams, MeetingContext, ProcedureStep>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.new-election.deadline', 'procedure.new-election.after-recognition', 'procedure.new-election.deadline-not-set'],
    check: (record, p, context) => {
      if (followUpOutcome(context) !== 'carried') return { status: 'not-applicable' };
      const step = newElectionStep(rule, record.recognizedOn ?? null);
      if (p.decideWithinDays === null) return { status: 'pass', findings: [{ code: 'procedure.new-election.deadline-not-set', severity: 'warning', params: {} }], decision: step };
      if (step.date === null) return { status: 'pass', findings: [{ code: 'procedure.new-election.after-recognition', severity: 'info', params: { days: p.decideWithinDays } }], decision: step };
      return { status: 'pass', findings: [{ code: 'procedure.new-election.deadline', severity: 'info', params: { deadline: step.date, days: p.decideWithinDays, recognizedOn: record.recognizedOn ?? null } }], decision: step };
    },
  });
  return rule;
}

/**
 * PROC.2008.NEW_ELECTION: after a dismissal or removal, a new leader is
 * elected; **no deadline was read** (NQLT 09/2008: UNCONFIRMED): `null`,
 * with the finding `procedure.new-election.deadline-not-set`.
 *
 * @example
 * // dismissal carried on 2020-05-10 → new-election deadline null
 */
export const newElection2008 = newElectionRule(
  {
    id: 'PROC.2008.NEW_ELECTION',
    summary: 'After a dismissal or removal a new election follows; no text read sets when.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'No deadline for the new election was read.' }],
    confidence: 'unconfirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { decideWithinDays: null },
);

/**
 * PROC.2023.NEW_ELECTION: "Trong thời hạn 60 ngày kể từ ngày có quyết định
 * công nhận cho thôi làm…, UBND cấp xã quyết định việc tiến hành bầu…":
 * within **60 days** of the decision recognising the cho thôi làm, the UBND
 * cấp xã decides to hold a new election.
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 9 khoản 3 (confirmed: pháp điển 44.13).
 *
 * @example
 * // cho thôi làm recognised on 2024-03-04 → decide the new election by 2024-05-03
 */
export const newElection2023 = newElectionRule(
  {
    id: 'PROC.2023.NEW_ELECTION',
    summary: 'Within 60 days of recognising the cho thôi làm, the commune decides a new election.',
    citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed' }],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { decideWithinDays: 60 },
);
