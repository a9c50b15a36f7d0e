import { addWorkingDays, type Citation, type Confidence, defineRule, type FindingDraft, type IsoDate, type Rule, type WorkingCalendarOptions } from '@truongthon/core';
import type { OverlayRegistry } from '../provinces/index';
import { followUpOutcome, lowestConfidence, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/** Parameters of a recognition rule. */
export interface RecognitionParams {
  /** Working days the UBND cấp xã has from receiving the result (`null`: not set). A province overlay's `recognition.workingDays` takes precedence. */
  readonly workingDays: number | null;
  /** Whether the same deadline covers the decision to re-run when nobody won. */
  readonly coversRerunDecision: boolean;
}

/** Where a recognition deadline comes from: the national rule or a provincial overlay. */
export interface RecognitionStep extends ProcedureStep {
  readonly source: 'national' | 'province';
  /** The overlay that set the number of days, when `source` is `province`. */
  readonly overlayId: string | null;
}

/**
 * The recognition deadline (last allowed day) for a result received on
 * `from`: `workingDays` working days later, the day of receipt not counted
 * (Bộ luật Dân sự 2015 Điều 147), on the public-sector calendar (weekends,
 * Labour Code holidays, official calendars). A province overlay's
 * `recognition.workingDays` in force on the meeting date replaces the
 * national number (e.g. Kon Tum QĐ 34/2020: 5). `date` is `null` when the
 * number is not set or the year's holidays cannot be computed.
 *
 * @example
 * recognitionStep(recognition2023, { from: '2023-09-17', meetingDate: '2023-09-17', provinceCode: null, overlays: DEFAULT_OVERLAYS }).date
 * // '2023-09-22' (5 working days after Sunday 17/09/2023)
 */
export function recognitionStep(
  rule: Pick<Rule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep>, 'id' | 'params' | 'citations' | 'confidence'>,
  args: { readonly from: IsoDate; readonly meetingDate: IsoDate; readonly provinceCode: string | null; readonly overlays: OverlayRegistry; readonly calendar?: WorkingCalendarOptions | undefined },
): RecognitionStep {
  const overlay = args.provinceCode === null ? undefined : args.overlays.parameter(args.provinceCode, 'recognition.workingDays', args.meetingDate);
  const days = overlay ? overlay.value : rule.params.workingDays;
  const citations: readonly Citation[] = overlay ? overlay.entry.citations : rule.citations;
  const confidence: Confidence = overlay ? lowestConfidence(overlay.entry.citations) : rule.confidence;
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
    ruleId: rule.id,
    citations,
    confidence,
    source: overlay ? 'province' : 'national',
    overlayId: overlay ? overlay.overlay.id : null,
  };
}

function recognitionRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: RecognitionParams): Rule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep> {
  const rule: Rule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep> = defineRule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.recognition.deadline', 'procedure.recognition.rerun-decision', 'procedure.recognition.counted-from-meeting', 'procedure.calendar-unavailable'],
    check: (record, p, context) => {
      const outcome = followUpOutcome(context);
      const elected = outcome === 'elected';
      const rerunDecision = outcome === 'no-winner' && p.coversRerunDecision;
      if (!elected && !rerunDecision) return { status: 'not-applicable' };
      const from = record.receivedOn ?? record.electionDate;
      const step = recognitionStep(rule, { from, meetingDate: record.electionDate, provinceCode: context.provinceCode, overlays: context.overlays, calendar: context.calendar });
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
      return { status: 'pass', findings, decision: step };
    },
  });
  return rule;
}

/**
 * PROC.2008.RECOGNITION: the UBND cấp xã recognises the result within **4
 * working days** of the election group's report. UNCONFIRMED: the number is
 * recalled, not read (NQLT 09/2008 Điều 9). Where a province set its own
 * number it wins: Kon Tum QĐ 34/2020/QĐ-UBND, **5 working days** (secondary),
 * through the overlay parameter `recognition.workingDays`.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 9 (UNCONFIRMED).
 *
 * @example
 * // elected 2021-01-10 (Sunday), Thừa Thiên Huế → recognition by 2021-01-14; Kon Tum → 2021-01-15
 */
export const recognition2008 = recognitionRule(
  {
    id: 'PROC.2008.RECOGNITION',
    summary: 'The commune recognises the result within 4 working days (recalled, unconfirmed), unless the province sets another number.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '9', confidence: 'unconfirmed', note: '"4 working days" is recalled, not read.' }],
    confidence: 'unconfirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { workingDays: 4, coversRerunDecision: false },
);

/**
 * PROC.2023.RECOGNITION: within **5 working days** of receiving the
 * community's decision, the UBND cấp xã recognises the result **or decides
 * to hold the election again**; the person elected takes office only when
 * the recognition decision is issued.
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 8 (confirmed).
 *
 * @example
 * // elected 2023-09-17 (Sunday) → recognition by 2023-09-22
 */
export const recognition2023 = recognitionRule(
  {
    id: 'PROC.2023.RECOGNITION',
    summary: 'Within 5 working days the commune recognises the result or decides a re-run; the winner takes office on recognition.',
    citations: [{ document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed' }],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { workingDays: 5, coversRerunDecision: true },
);

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
export const choThoiLamRecognition2023: Rule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep> = defineRule<MeetingRecord, RecognitionParams, MeetingContext, RecognitionStep>({
  id: 'PROC.2023.CHOTHOI.RECOGNITION',
  kind: 'legal',
  summary: 'Within 5 working days of receiving the decision, the commune recognises a carried cho thôi làm.',
  citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed' }],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { workingDays: 5, coversRerunDecision: false },
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
  const step = recognitionStep(choThoiLamRecognition2023, {
    from: record.receivedOn ?? record.electionDate, meetingDate: record.electionDate, provinceCode: null, overlays: context.overlays, calendar: context.calendar,
  });
  return { ...step, condition: 'motion-carried' };
}
