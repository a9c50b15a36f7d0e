import { addWorkingDays, type Citation, type Confidence, type FindingDraft, type IsoDate, type Rule, type WorkingCalendarOptions } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import type { OverlayRegistry } from '../provinces/index';
import { followUpOutcome, lowestConfidence, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';
import { RECOGNITION_COVERS_RERUN_DECISION, RECOGNITION_WORKING_DAYS } from './parameters';

/** Parameters of the recognition rule: the law parameters that set its deadline. */
export interface RecognitionParams {
  /** Working days the UBND cấp xã has from receiving the result; a province overlay's `recognition.workingDays` takes precedence. */
  readonly workingDays: 'PROC.RECOGNITION_WORKING_DAYS';
  /** Whether the same deadline covers the decision to re-run when nobody won. */
  readonly coversRerunDecision: 'PROC.RECOGNITION_COVERS_RERUN_DECISION';
}

/** Where a recognition deadline comes from: the national rule or a provincial overlay. */
export interface RecognitionStep extends ProcedureStep {
  readonly source: 'national' | 'province';
  /** The overlay that set the number of days, when `source` is `province`. */
  readonly overlayId: string | null;
}

/** What the arguments of a recognition deadline are: the day of receipt, the meeting, its province and calendar. */
interface RecognitionArgs {
  readonly from: IsoDate;
  readonly meetingDate: IsoDate;
  readonly provinceCode: string | null;
  readonly overlays: OverlayRegistry;
  readonly calendar?: WorkingCalendarOptions | undefined;
}

/**
 * A deadline `days` working days after `from`, the day of receipt not
 * counted (Bộ luật Dân sự 2015 Điều 147), on the public-sector calendar
 * (weekends, Labour Code holidays, official calendars), with the texts that
 * set the number; a province overlay's `recognition.workingDays` in force on
 * the meeting date replaces the national number where `provinceCode` is
 * given. `date` is `null` when the number is not set or the year's holidays
 * cannot be computed.
 */
function workingDaysStep(
  national: { readonly ruleId: string; readonly days: number | null; readonly citations: readonly Citation[]; readonly confidence: Confidence },
  args: RecognitionArgs,
): RecognitionStep {
  const overlay = args.provinceCode === null ? undefined : args.overlays.parameter(args.provinceCode, 'recognition.workingDays', args.meetingDate);
  const days = overlay ? overlay.value : national.days;
  let date: IsoDate | null = null;
  if (days !== null) {
    try {
      date = addWorkingDays(args.from, days, args.calendar);
    } catch {
      date = null;
    }
  }
  return {
    id: 'recognition',
    date,
    basis: days === null ? { kind: 'not-set' } : { kind: 'working-days-after', days, from: args.from },
    condition: 'always',
    ruleId: national.ruleId,
    citations: overlay ? overlay.entry.citations : national.citations,
    confidence: overlay ? lowestConfidence(overlay.entry.citations) : national.confidence,
    source: overlay ? 'province' : 'national',
    overlayId: overlay ? overlay.overlay.id : null,
  };
}

/**
 * The recognition deadline (last allowed day) of an election held on
 * `meetingDate` whose result the commune received on `from`: the working
 * days of `PROC.RECOGNITION_WORKING_DAYS` on the meeting date (NQLT 09/2008
 * Điều 9: 4, UNCONFIRMED; Nghị định 59/2023 Điều 8: 5), or the province's own
 * number (e.g. Kon Tum QĐ 34/2020: 5), with the text that sets it. `null`
 * before 17/04/2008 (not encoded).
 *
 * @example
 * recognitionStep({ from: '2023-09-17', meetingDate: '2023-09-17', provinceCode: null, overlays: DEFAULT_OVERLAYS })?.date
 * // '2023-09-22' (5 working days after Sunday 17/09/2023)
 */
export function recognitionStep(args: RecognitionArgs): RecognitionStep | null {
  const days = parameterOn(RECOGNITION_WORKING_DAYS, args.meetingDate);
  if (!days) return null;
  return workingDaysStep({ ruleId: recognition.id, days: days.value, citations: days.citations, confidence: days.confidence }, args);
}

/**
 * PROC.RECOGNITION: the UBND cấp xã recognises the result of an election
 * within the working days of `PROC.RECOGNITION_WORKING_DAYS` on the meeting
 * date, counted from receiving it, unless the province sets another number
 * (overlay parameter `recognition.workingDays`, e.g. Kon Tum QĐ
 * 34/2020/QĐ-UBND: 5 working days, secondary):
 * - under NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 9, **4 working days** of the
 *   election group's report (UNCONFIRMED: recalled, not read);
 * - from 01/07/2023, **5 working days** of receiving the community's
 *   decision, to recognise the result **or decide to hold the election
 *   again** (`PROC.RECOGNITION_COVERS_RERUN_DECISION`); the person elected
 *   takes office only when the recognition decision is issued (Nghị định
 *   59/2023/NĐ-CP Điều 8, confirmed).
 * The number changed with the text, the reckoning did not: one rule, dated
 * parameters; each finding and step cites the text in force on the date.
 *
 * @example
 * // elected 2021-01-10 (Sunday), Thừa Thiên Huế → recognition by 2021-01-14; Kon Tum → 2021-01-15
 * // elected 2023-09-17 (Sunday) → recognition by 2023-09-22
 */
export const recognition = defineRule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep>({
  id: 'PROC.RECOGNITION',
  kind: 'legal',
  summary: 'The commune recognises the result within the working days the law of the date sets (4 until 30/06/2023, recalled; 5 from 01/07/2023, re-run decision included), unless the province sets another number.',
  citations: RECOGNITION_WORKING_DAYS.values.flatMap((v) => v.citations),
  confidence: 'unconfirmed',
  from: '2008-04-17',
  to: null,
  params: { workingDays: 'PROC.RECOGNITION_WORKING_DAYS', coversRerunDecision: 'PROC.RECOGNITION_COVERS_RERUN_DECISION' },
  codes: ['procedure.recognition.deadline', 'procedure.recognition.rerun-decision', 'procedure.recognition.counted-from-meeting', 'procedure.calendar-unavailable'],
  check: (record, _p, context) => {
    const outcome = followUpOutcome(context);
    const elected = outcome === 'elected';
    const rerunDecision = outcome === 'no-winner' && parameterOn(RECOGNITION_COVERS_RERUN_DECISION, record.electionDate)?.value === true;
    const national = parameterOn(RECOGNITION_WORKING_DAYS, record.electionDate);
    if ((!elected && !rerunDecision) || !national) return { status: 'not-applicable' };
    const from = record.receivedOn ?? record.electionDate;
    const step = workingDaysStep(
      { ruleId: recognition.id, days: national.value, citations: national.citations, confidence: national.confidence },
      { from, meetingDate: record.electionDate, provinceCode: context.provinceCode, overlays: context.overlays, calendar: context.calendar },
    );
    const findings: FindingDraft[] = [];
    if (step.basis.kind === 'working-days-after' && step.date === null) {
      findings.push({ code: 'procedure.calendar-unavailable', severity: 'warning', params: { from } });
    } else if (step.basis.kind === 'working-days-after') {
      findings.push({
        code: elected ? 'procedure.recognition.deadline' : 'procedure.recognition.rerun-decision',
        severity: 'info',
        params: { deadline: step.date, workingDays: step.basis.days, from, source: step.overlayId ?? 'national' },
      });
    }
    if (record.receivedOn == null) findings.push({ code: 'procedure.recognition.counted-from-meeting', severity: 'info', params: { date: record.electionDate } });
    return { status: 'pass', findings, citations: national.citations, decision: step };
  },
});

/**
 * PROC.2023.CHOTHOI.RECOGNITION: "Trong thời hạn 05 ngày làm việc…" the UBND
 * cấp xã recognises a carried cho thôi làm, counted from the day it receives
 * the community's decision (the meeting day when that is not given). No
 * provincial overlay applies: the number is national.
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 9 khoản 3 (confirmed: pháp điển 44.13).
 *
 * @example
 * // cho thôi làm carried on Sunday 2024-03-03 → recognition by 2024-03-08
 */
export const choThoiLamRecognition2023: Rule<MeetingRecord, { readonly workingDays: 5 }, MeetingContext, RecognitionStep> = defineRule<MeetingRecord, { readonly workingDays: 5 }, MeetingContext, RecognitionStep>({
  id: 'PROC.2023.CHOTHOI.RECOGNITION',
  kind: 'legal',
  summary: 'Within 5 working days of receiving the decision, the commune recognises a carried cho thôi làm.',
  citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed' }],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { workingDays: 5 },
  codes: ['procedure.cho-thoi-lam.recognition', 'procedure.recognition.counted-from-meeting', 'procedure.calendar-unavailable'],
  check: (record, _p, context) => {
    if (followUpOutcome(context) !== 'carried') return { status: 'not-applicable' };
    const step = choThoiLamRecognitionStep(record, context);
    const from = record.receivedOn ?? record.electionDate;
    const findings: FindingDraft[] = [];
    if (step.basis.kind === 'working-days-after' && step.date === null) findings.push({ code: 'procedure.calendar-unavailable', severity: 'warning', params: { from } });
    else if (step.basis.kind === 'working-days-after') findings.push({ code: 'procedure.cho-thoi-lam.recognition', severity: 'info', params: { deadline: step.date, workingDays: step.basis.days, from } });
    if (record.receivedOn == null) findings.push({ code: 'procedure.recognition.counted-from-meeting', severity: 'info', params: { date: record.electionDate } });
    return { status: 'pass', findings, decision: step };
  },
});

/**
 * The recognition step of a carried cho thôi làm (Nghị định 59/2023 Điều 9
 * khoản 3): 5 working days from the day of receipt (or the meeting day), on
 * the national number only.
 *
 * @example
 * choThoiLamRecognitionStep({ electionDate: '2024-03-03', … }, context).date // '2024-03-08'
 */
export function choThoiLamRecognitionStep(record: MeetingRecord, context: Pick<MeetingContext, 'overlays' | 'calendar'>): RecognitionStep {
  const rule = choThoiLamRecognition2023;
  const step = workingDaysStep({ ruleId: rule.id, days: rule.params.workingDays, citations: rule.citations, confidence: rule.confidence }, {
    from: record.receivedOn ?? record.electionDate, meetingDate: record.electionDate, provinceCode: null, overlays: context.overlays, calendar: context.calendar,
  });
  return { ...step, condition: 'motion-carried' };
}
