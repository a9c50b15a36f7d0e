import { type Citation, type Confidence, defineRule, type FindingDraft, type IsoDate, type Rule } from '@truongthon/core';
import type { MeetingContext, MeetingRecord, ProcedureStep } from './context';

/** Parameters of an interim-appointment rule. */
export interface InterimParams {
  /** Longest an interim leader appointed for a vacancy may serve (TT 04/2012 Điều 12 as amended), and from when. */
  readonly vacancyCapMonths: number;
  readonly vacancyCapFrom: IsoDate;
  /** Whether that cap applies after a carried motion too (`false`: the regime's own text states no cap). */
  readonly capAfterMotion: boolean;
}

/**
 * The interim-appointment step: after a failed re-run (`rerun-failed`) or a
 * carried dismissal / removal / cho thôi làm (`motion-carried`). Its date is
 * not set by any text (`null`); `maxMonths` is the vacancy cap where it
 * applies on `date`, else `null`.
 *
 * @example
 * interimStep(interim2008, '2021-01-24', 'rerun-failed').maxMonths // 6
 */
export function interimStep(rule: Rule<MeetingRecord, InterimParams, MeetingContext>, date: IsoDate, condition: 'rerun-failed' | 'motion-carried'): ProcedureStep {
  const p = rule.params;
  const capped = date >= p.vacancyCapFrom && (condition === 'rerun-failed' || p.capAfterMotion);
  return {
    id: 'interim-appointment',
    date: null,
    basis: { kind: 'not-set' },
    condition,
    ruleId: rule.id,
    citations: rule.citations,
    confidence: rule.confidence,
    maxMonths: capped ? p.vacancyCapMonths : null,
  };
}

function interimRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly Citation[]; confidence: Confidence; summary: string }, params: InterimParams): Rule<MeetingRecord, InterimParams, MeetingContext> {
  const rule: Rule<MeetingRecord, InterimParams, MeetingContext> = defineRule<MeetingRecord, InterimParams, MeetingContext>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.interim.after-failed-rerun', 'procedure.interim.after-motion', 'procedure.interim.max-months'],
    check: (record, _p, context) => {
      const failedRerun = context.outcome === 'no-winner' && context.round === 'rerun';
      const carried = context.outcome === 'carried';
      if (!failedRerun && !carried) return { status: 'not-applicable' };
      const step = interimStep(rule, record.electionDate, failedRerun ? 'rerun-failed' : 'motion-carried');
      const findings: FindingDraft[] = [{ code: failedRerun ? 'procedure.interim.after-failed-rerun' : 'procedure.interim.after-motion', severity: 'warning', params: {} }];
      if (step.maxMonths != null) findings.push({ code: 'procedure.interim.max-months', severity: 'info', params: { maxMonths: step.maxMonths } });
      return { status: 'pass', findings };
    },
  });
  return rule;
}

const vacancyCap: Citation = {
  document: '04/2012/TT-BNV', article: '12', clause: '2', point: 'a', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed',
  note: 'New unit or vacancy: the Chủ tịch UBND cấp xã appoints an interim leader for at most 6 months (first in TT 09/2017, from 01/03/2018).',
};

/**
 * PROC.2008.INTERIM: if the re-run also fails (or a dismissal / removal is
 * carried), the Chủ tịch UBND cấp xã appoints an interim leader (lâm thời).
 * UNCONFIRMED as a NQLT 09/2008 text: reported in practice (Hải Dương,
 * 01/2025: interim leaders after two failed elections). From 01/03/2018 the
 * vacancy rule of TT 04/2012 Điều 12 (as amended) caps the interim at **6
 * months** (confirmed for vacancies; its application here is inferred).
 *
 * @example
 * // re-run on 2021-01-24 with no winner → 'procedure.interim.after-failed-rerun', 'procedure.interim.max-months' { maxMonths: 6 }
 */
export const interim2008 = interimRule(
  {
    id: 'PROC.2008.INTERIM',
    summary: 'After a failed re-run (or a carried dismissal / removal) the commune chairman appoints an interim leader (unconfirmed as text).',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'Interim appointment after a failed re-run: practice (Hải Dương 2025), not read in the text.' }, vacancyCap],
    confidence: 'unconfirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { vacancyCapMonths: 6, vacancyCapFrom: '2018-03-01', capAfterMotion: true },
);

/**
 * PROC.2023.INTERIM: if the re-run also fails, an interim leader is
 * appointed (UNCONFIRMED as text: practice, Hải Dương 2025); the vacancy cap
 * of TT 04/2012 Điều 12 (6 months) is shown, though which rule prevails for
 * vacancies after 2023 is UNCONFIRMED. After a carried cho thôi làm, the UBND
 * cấp xã, agreeing with the UBMTTQ cấp xã, appoints an interim leader until
 * the new election, with **no cap stated** (Nghị định 59/2023 Điều 9 khoản 3,
 * secondary).
 *
 * @example
 * // cho thôi làm carried → 'procedure.interim.after-motion' (no maximum)
 */
export const interim2023 = interimRule(
  {
    id: 'PROC.2023.INTERIM',
    summary: 'After a failed re-run (unconfirmed) or a carried cho thôi làm (no cap stated), an interim leader is appointed.',
    citations: [
      { document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'secondary', note: 'After cho thôi làm: interim appointed by the UBND cấp xã with the UBMTTQ cấp xã; no maximum stated.' },
      { ...vacancyCap, confidence: 'unconfirmed', note: 'After a failed re-run: practice (Hải Dương 2025); whether the 6-month vacancy cap still prevails after 2023 is UNCONFIRMED.' },
    ],
    confidence: 'unconfirmed',
    from: '2023-07-01',
    to: null,
  },
  { vacancyCapMonths: 6, vacancyCapFrom: '2018-03-01', capAfterMotion: false },
);
