import {
  addMonths,
  type Citation,
  type Confidence,
  evaluate,
  type Finding,
  type FindingDraft,
  type InputIssue,
  type IsoDate,
  type Rule,
} from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { SourceCitation } from '../sources';
import { valueIssue } from '../callerInput';
import { parameterOn } from '../law/parameter';
import { lawNotReviewed } from '../law/reviewed';
import { followUpOutcome, lowestConfidence, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';
import { INTERIM_MAX_MONTHS } from './parameters';
import { RULESET_VERSION } from '../version';

/** The situations after which an interim head is appointed. */
export type InterimCondition = 'rerun-failed' | 'motion-carried';

/** Parameters of an interim-appointment rule. */
export interface InterimParams {
  /** The situations this rule covers. */
  readonly conditions: readonly InterimCondition[];
  /**
   * In which of them the cap of the law parameter `PROC.INTERIM_MAX_MONTHS`
   * in force on the meeting date applies (an empty list: the regime's own text
   * states no cap).
   */
  readonly capped: readonly InterimCondition[];
}

const sameProvision = (a: Citation, b: Citation): boolean =>
  a.document === b.document && a.article === b.article && a.clause === b.clause && a.point === b.point;

/**
 * The interim-appointment step: after a failed re-run (`rerun-failed`) or a
 * carried dismissal / removal / cho thôi làm (`motion-carried`). Its date is
 * not set by any text (`null`: the appointment follows the commune's
 * decision); `maxMonths` is the value of `PROC.INTERIM_MAX_MONTHS` on `date`
 * where the rule applies that cap to the situation, else `null`. The step
 * cites the rule and, when capped, the text that sets the cap that day (the
 * texts of the cap in other periods are left out).
 *
 * A building block on values already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): `date` must be a real `YYYY-MM-DD` day
 * and `rule` one of this package's rules; they are not checked again.
 *
 * @example
 * interimStep(interim2008, '2021-01-24', 'rerun-failed').maxMonths // 6 (TT 04/2012 Điều 12 khoản 2 điểm a)
 * interimStep(interim2023, '2026-10-18', 'rerun-failed').citations.map((c) => c.document) // ['59/2023/NĐ-CP', '185/2026/NĐ-CP']
 */
export function interimStep(rule: Pick<Rule<MeetingRecord, InterimParams, MeetingContext, ProcedureStep>, 'id' | 'params' | 'citations' | 'confidence'>, date: IsoDate, condition: InterimCondition): ProcedureStep {
  const cap = rule.params.capped.includes(condition) ? parameterOn(INTERIM_MAX_MONTHS, date) : undefined;
  // When capped, the step cites the text that sets the cap on `date` (not those of other periods).
  const capTexts = INTERIM_MAX_MONTHS.values.flatMap((v) => v.citations);
  const citations = cap ? [...rule.citations.filter((c) => !capTexts.some((k) => sameProvision(c, k))), ...cap.citations] : rule.citations;
  return {
    id: 'interim-appointment',
    date: null,
    basis: { kind: 'not-set' },
    condition,
    ruleId: rule.id,
    citations,
    confidence: cap ? lowestConfidence([rule, cap]) : rule.confidence,
    maxMonths: cap ? cap.value : null,
  };
}

function interimRule(
  meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly SourceCitation[]; confidence: Confidence; summary: string },
  params: InterimParams,
  codes: { readonly 'rerun-failed'?: string; readonly 'motion-carried'?: string },
): Rule<MeetingRecord, InterimParams, MeetingContext, ProcedureStep> {
  const rule: Rule<MeetingRecord, InterimParams, MeetingContext, ProcedureStep> = defineRule<MeetingRecord, InterimParams, MeetingContext, ProcedureStep>({
    ...meta,
    kind: 'legal',
    params,
    codes: [...params.conditions.map((c) => codes[c]!), ...(params.capped.length > 0 ? ['procedure.interim.max-months'] : [])],
    check: (record, p, context) => {
      const outcome = followUpOutcome(context);
      const condition: InterimCondition | null =
        outcome === 'no-winner' && context.round === 'rerun' ? 'rerun-failed' : outcome === 'carried' ? 'motion-carried' : null;
      if (condition === null || !p.conditions.includes(condition)) return { status: 'not-applicable' };
      const step = interimStep(rule, record.electionDate, condition);
      const findings: FindingDraft[] = [{ code: codes[condition]!, severity: 'warning', params: {} }];
      if (step.maxMonths != null) findings.push({ code: 'procedure.interim.max-months', severity: 'info', params: { maxMonths: step.maxMonths } });
      return { status: 'pass', findings, decision: step };
    },
  });
  return rule;
}

const vacancyCap2018: SourceCitation = {
  document: '04/2012/TT-BNV', article: '12', clause: '2', point: 'a', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed',
  note: 'New unit or vacancy: the Chủ tịch UBND cấp xã appoints an interim leader for at most 6 months (first in TT 09/2017, from 01/03/2018); the cap is the law parameter PROC.INTERIM_MAX_MONTHS.',
};

/**
 * PROC.2008.INTERIM: if the re-run also fails (or a dismissal / removal is
 * carried), the Chủ tịch UBND cấp xã appoints an interim leader (lâm thời).
 * UNCONFIRMED as a NQLT 09/2008 text: reported in practice (Hải Dương,
 * 01/2025: interim leaders after two failed elections). From 01/03/2018 the
 * vacancy rule of TT 04/2012 Điều 12 (as amended) caps the interim at **6
 * months** (`PROC.INTERIM_MAX_MONTHS`; confirmed for vacancies, its
 * application here is inferred).
 *
 * @example
 * // re-run on 2021-01-24 with no winner → 'procedure.interim.after-failed-rerun', 'procedure.interim.max-months' { maxMonths: 6 }
 */
export const interim2008 = interimRule(
  {
    id: 'PROC.2008.INTERIM',
    summary: 'After a failed re-run (or a carried dismissal / removal) the commune chairman appoints an interim leader (unconfirmed as text).',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'Interim appointment after a failed re-run: practice (Hải Dương 2025), not read in the text.' }, vacancyCap2018],
    confidence: 'unconfirmed',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { conditions: ['rerun-failed', 'motion-carried'], capped: ['rerun-failed', 'motion-carried'] },
  { 'rerun-failed': 'procedure.interim.after-failed-rerun', 'motion-carried': 'procedure.interim.after-motion' },
);

/**
 * PROC.2023.INTERIM: if the re-run also fails, an interim leader is
 * appointed. UNCONFIRMED as text: Nghị định 59/2023 says nothing of a second
 * failure (Điều 3 khoản 5 điểm d and Điều 8 stop at the decision to re-run);
 * practice (Hải Dương 2025). The cap shown is `PROC.INTERIM_MAX_MONTHS` on
 * the date: the vacancy rule of TT 04/2012 Điều 12 until 25/05/2026 (whether
 * it prevails after 2023 is UNCONFIRMED), then Nghị định 185/2026/NĐ-CP Điều
 * 4 khoản 2 (vacancy: the UBND cấp xã appoints, at most 6 months; secondary).
 *
 * @example
 * // re-run on 2024-12-29 with no winner → 'procedure.interim.after-failed-rerun', 'procedure.interim.max-months' { maxMonths: 6 }
 */
export const interim2023 = interimRule(
  {
    id: 'PROC.2023.INTERIM',
    summary: 'After a failed re-run an interim leader is appointed (unconfirmed as text), for at most the months of PROC.INTERIM_MAX_MONTHS.',
    citations: [
      { document: '59/2023/NĐ-CP', article: '8', confidence: 'unconfirmed', note: 'The decree stops at the decision to re-run (Điều 3 khoản 5 điểm d, Điều 8); an interim after a second failure is practice (Hải Dương 2025).' },
      { ...vacancyCap2018, confidence: 'unconfirmed', note: 'Until 25/05/2026: whether the 6-month vacancy cap of TT 04/2012 still governs after 2023 is UNCONFIRMED.' },
      { document: '185/2026/NĐ-CP', article: '4', clause: '2', confidence: 'secondary', note: 'From 26/05/2026: on a vacancy the UBND cấp xã appoints an interim head for at most 6 months. Read in a public copy; to be checked against Công báo.' },
    ],
    confidence: 'unconfirmed',
    from: '2023-07-01',
    to: null,
  },
  { conditions: ['rerun-failed'], capped: ['rerun-failed'] },
  { 'rerun-failed': 'procedure.interim.after-failed-rerun' },
);

/**
 * PROC.2023.CHOTHOI.INTERIM: after a carried cho thôi làm, the **UBND cấp
 * xã, agreeing with the Ủy ban Mặt trận Tổ quốc cấp xã**, decides who acts
 * as Trưởng thôn / Tổ trưởng tổ dân phố until a new one is elected, with **no
 * cap stated**. (Whether the 6-month cap of Nghị định 185/2026 Điều 4 khoản 2
 * for vacancies also binds this interim is not stated: not shown.)
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 9 khoản 3 (confirmed).
 *
 * @example
 * // cho thôi làm carried → 'procedure.interim.after-cho-thoi-lam' (no maximum)
 */
export const interimAfterChoThoiLam2023 = interimRule(
  {
    id: 'PROC.2023.CHOTHOI.INTERIM',
    summary: 'After a carried cho thôi làm, the commune People\'s Committee, agreeing with the commune Fatherland Front, appoints an interim leader until the election (no cap stated).',
    citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed' }],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { conditions: ['motion-carried'], capped: [] },
  { 'motion-carried': 'procedure.interim.after-cho-thoi-lam' },
);

/** The result of {@link interimDeadline}; never thrown. */
export interface InterimDeadline {
  /** `false` exactly when `issues` is not empty. */
  readonly ok: boolean;
  readonly issues: readonly InputIssue[];
  /** The day of the commune's decision appointing the interim head. */
  readonly appointedOn: IsoDate | null;
  /**
   * The last day of the interim, by which the election must have been held:
   * `maxMonths` calendar months after `appointedOn`; `null` when no text read
   * caps the interim on that day (before 01/03/2018) or the input is invalid.
   */
  readonly electionDueBy: IsoDate | null;
  /** The cap in months (`PROC.INTERIM_MAX_MONTHS` on `appointedOn`), or `null`. */
  readonly maxMonths: number | null;
  readonly parameterId: 'PROC.INTERIM_MAX_MONTHS';
  /** The text that sets the cap on `appointedOn` (empty without a cap). */
  readonly citations: readonly Citation[];
  readonly confidence: Confidence | null;
  /** `law.not-reviewed` for an appointment after the day the law was last reviewed. */
  readonly findings: readonly Finding[];
}

/**
 * The last day by which an election must be held after the commune appoints
 * an interim (lâm thời) Trưởng thôn / Tổ trưởng tổ dân phố on `appointedOn`,
 * on establishment, rearrangement or a vacancy of the unit.
 *
 * From 26/05/2026: "cho đến khi bầu được … trong thời hạn không quá 06 tháng
 * kể từ ngày có quyết định chỉ định" (Nghị định 185/2026/NĐ-CP Điều 4 khoản 2;
 * secondary: read in a public copy of the text, to be checked against Công
 * báo). From 01/03/2018 to 25/05/2026 the same 6 months came from TT
 * 04/2012/TT-BNV Điều 12 khoản 2 điểm a (as amended); before that no cap was
 * read (`electionDueBy: null`). The number is the law parameter
 * `PROC.INTERIM_MAX_MONTHS` in force on the appointment day.
 *
 * Month arithmetic (core `addMonths`): the day of the decision is not counted
 * and a period in months ends on the day of the last month that corresponds
 * to the day of the decision, or on that month's last day when it has no
 * such day (Bộ luật Dân sự 2015 Điều 147–148, as core applies them; recalled,
 * not read). So 6 months from 01/07/2026 end on 01/01/2027, from 31/08/2026
 * on 28/02/2027. Never throws.
 *
 * @example
 * interimDeadline('2026-07-01').electionDueBy // '2027-01-01' (NĐ 185/2026 Điều 4 khoản 2, secondary)
 * interimDeadline('2026-08-31').electionDueBy // '2027-02-28'
 * interimDeadline('2017-06-01').electionDueBy // null (no cap read before 01/03/2018)
 */
export function interimDeadline(appointedOn: unknown): InterimDeadline {
  const none = { electionDueBy: null, maxMonths: null, parameterId: INTERIM_MAX_MONTHS.id as 'PROC.INTERIM_MAX_MONTHS', citations: [], confidence: null, findings: [] };
  const problem = valueIssue(appointedOn, 'appointedOn', true, false);
  if (problem) return { ok: false, issues: [problem], appointedOn: null, ...none };
  const date = appointedOn as IsoDate;
  // The review warning, stamped by the engine as for candidates and meetings.
  const findings: readonly Finding[] = date >= lawNotReviewed.from && (lawNotReviewed.to === null || date <= lawNotReviewed.to)
    ? evaluate([lawNotReviewed], undefined, undefined, { ruleSetVersion: RULESET_VERSION, trace: false }).findings
    : [];
  const cap = parameterOn(INTERIM_MAX_MONTHS, date);
  if (!cap) return { ok: true, issues: [], appointedOn: date, ...none, findings };
  return {
    ok: true,
    issues: [],
    appointedOn: date,
    electionDueBy: addMonths(date, cap.value),
    maxMonths: cap.value,
    parameterId: 'PROC.INTERIM_MAX_MONTHS',
    citations: cap.citations,
    confidence: cap.confidence,
    findings,
  };
}
