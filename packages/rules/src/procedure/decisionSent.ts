import { addWorkingDays, type IsoDate, type Rule, type WorkingCalendarOptions } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/** Parameters of {@link decisionSent2023}. */
export interface DecisionSentParams {
  /** Working days after the end of the meeting by which its decision must reach the UBND cấp xã. */
  readonly workingDays: number;
}

/**
 * The step "the meeting's decision (Mẫu 03) is sent to the UBND cấp xã": its
 * last allowed day, `workingDays` working days after the meeting day (that
 * day not counted), on the public-sector calendar; `null` when the year's
 * holidays cannot be computed.
 *
 * @example
 * decisionSentStep(decisionSent2023, '2023-09-17').date // '2023-09-22'
 */
export function decisionSentStep(rule: Rule<MeetingRecord, DecisionSentParams, MeetingContext>, meetingDate: IsoDate, calendar?: WorkingCalendarOptions): ProcedureStep {
  let date: IsoDate | null;
  try {
    date = addWorkingDays(meetingDate, rule.params.workingDays, calendar);
  } catch {
    date = null;
  }
  return {
    id: 'decision-sent',
    date,
    basis: { kind: 'working-days-after', days: rule.params.workingDays, from: meetingDate },
    condition: 'always',
    ruleId: rule.id,
    citations: rule.citations,
    confidence: rule.confidence,
  };
}

/**
 * PROC.2023.DECISION_SENT: "chậm nhất 05 ngày làm việc kể từ ngày kết thúc
 * cuộc họp", the community's decision (quyết định của cộng đồng dân cư, Mẫu
 * 03) must reach the UBND cấp xã: the commune's own 5 working days
 * (recognition, Điều 8) run from its receipt, so recognition can lawfully
 * come up to about 10 working days after the meeting. A day of receipt given
 * in the record (`receivedOn`) after that deadline gets a warning. (For a
 * ballot taken to each household the sending period was not read: not
 * checked.)
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 3 khoản 5 điểm d (confirmed:
 * pháp điển 44.13); Luật 10/2022/QH15 Điều 20 khoản 3 (secondary).
 *
 * @example
 * // meeting 2023-09-17, receivedOn 2023-09-26 → warning 'procedure.decision-sent.late' { deadline: '2023-09-22' }
 */
export const decisionSent2023 = defineRule<MeetingRecord, DecisionSentParams, MeetingContext>({
  id: 'PROC.2023.DECISION_SENT',
  kind: 'legal',
  summary: 'The meeting\'s decision reaches the commune within 5 working days of the meeting.',
  citations: [
    { document: '59/2023/NĐ-CP', article: '3', clause: '5', point: 'd', confidence: 'confirmed', note: '"chậm nhất 05 ngày làm việc kể từ ngày kết thúc cuộc họp, quyết định… (theo Mẫu số 03…) phải được gửi đến Ủy ban nhân dân cấp xã".' },
    { document: '10/2022/QH15', article: '20', clause: '3', confidence: 'secondary', note: 'Cited by the December 2026 audit as the statutory basis of sending the decision to the commune; the clause was not quoted.' },
  ],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { workingDays: 5 },
  codes: ['procedure.decision-sent.late'],
  check: (record, _p, context) => {
    const outcome = followUpOutcome(context);
    const decided = outcome === 'elected' || outcome === 'no-winner' || outcome === 'carried' || outcome === 'not-carried';
    if (!decided || record.votingMode === 'household_ballot' || record.receivedOn == null) return { status: 'not-applicable' };
    const step = decisionSentStep(decisionSent2023, record.electionDate, context.calendar);
    if (step.date === null || record.receivedOn <= step.date) return { status: 'pass' };
    return { status: 'pass', findings: [{ code: 'procedure.decision-sent.late', path: 'receivedOn', severity: 'warning', params: { receivedOn: record.receivedOn, deadline: step.date, workingDays: 5 } }] };
  },
});
