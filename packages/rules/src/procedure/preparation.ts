import { addDays, type Confidence, type FindingDraft, type IsoDate, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { SourceCitation } from '../sources';
import { lowestConfidence, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/** A preparation step and how many calendar days before the meeting it must be taken at the latest. */
export interface PreparationStep {
  readonly id: 'plan' | 'candidate-list' | 'election-group' | 'public-notice';
  readonly daysBefore: number;
  /** The provision that sets this step, when narrower than the rule's citations. */
  readonly citation?: SourceCitation;
}

/** Parameters of a preparation rule. */
export interface PreparationParams {
  readonly steps: readonly PreparationStep[];
}

const FIELD: Record<PreparationStep['id'], 'planOn' | 'candidateListOn' | 'electionGroupOn' | 'publicNoticeOn'> = {
  plan: 'planOn',
  'candidate-list': 'candidateListOn',
  'election-group': 'electionGroupOn',
  'public-notice': 'publicNoticeOn',
};

function preparationRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly SourceCitation[]; confidence: Confidence; summary: string }, params: PreparationParams): Rule<MeetingRecord, PreparationParams, MeetingContext> {
  return defineRule<MeetingRecord, PreparationParams, MeetingContext>({
    ...meta,
    kind: 'legal',
    params,
    codes: params.steps.map((s) => `procedure.prep.too-late.${s.id}`),
    check: (record, p, context) => {
      if (context.purpose !== 'election' || !record.preparation) return { status: 'not-applicable' };
      const findings: FindingDraft[] = [];
      for (const step of p.steps) {
        const date = record.preparation[FIELD[step.id]];
        if (date == null) continue;
        const latest = addDays(record.electionDate, -step.daysBefore);
        if (date > latest) findings.push({ code: `procedure.prep.too-late.${step.id}`, path: `preparation.${FIELD[step.id]}`, severity: 'warning', params: { step: step.id, date, latest, days: step.daysBefore } });
      }
      return { status: 'pass', findings };
    },
  });
}

/**
 * The preparation steps of a rule as dated steps: each step's last allowed
 * day is `daysBefore` calendar days before the meeting ("ít nhất N ngày
 * trước ngày bầu cử": taken on that day, N full days remain).
 *
 * A building block on a date already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): throws a `RangeError` when it is not a
 * real `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * preparationSteps(preparation2008, '2021-01-10').map((s) => [s.id, s.date])
 * // [['plan', '2020-12-21'], ['candidate-list', '2020-12-26'], ['election-group', '2020-12-31']]
 */
export function preparationSteps(rule: Rule<MeetingRecord, PreparationParams, MeetingContext>, meetingDate: IsoDate): ProcedureStep[] {
  return rule.params.steps.map((step) => {
    const citations = step.citation ? [step.citation] : rule.citations;
    return {
      id: step.id,
      date: addDays(meetingDate, -step.daysBefore),
      basis: { kind: 'calendar-days-before', days: step.daysBefore, from: meetingDate },
      condition: 'always',
      ruleId: rule.id,
      citations,
      confidence: step.citation ? lowestConfidence(citations) : rule.confidence,
    };
  });
}

/**
 * PROC.2008.PREP: at least **20 days** before the election the UBND cấp xã
 * announces the date and, with the Ban Thường trực UBMTTQ cấp xã, the plan;
 * at least **15 days** before, the Ban công tác Mặt trận drafts the candidate
 * list and agrees it with the chi ủy; at least **10 days** before, the Chủ
 * tịch UBND cấp xã forms the election group (tổ bầu cử). Calendar days. Steps
 * recorded later than that get a warning (the count itself is not affected).
 * A public-notice period under NQLT 09/2008 was not read (UNCONFIRMED; not encoded).
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 6 (secondary: quoted by thuviennhadat).
 *
 * @example
 * // meeting 2021-01-10 (Hương Xuân): plan by 2020-12-21, list by 2020-12-26, group by 2020-12-31
 */
export const preparation2008 = preparationRule(
  {
    id: 'PROC.2008.PREP',
    summary: 'Plan ≥ 20 days, candidate list ≥ 15 days, election group ≥ 10 days before the election.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6', confidence: 'secondary' }],
    confidence: 'secondary',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { steps: [{ id: 'plan', daysBefore: 20 }, { id: 'candidate-list', daysBefore: 15 }, { id: 'election-group', daysBefore: 10 }] },
);

/**
 * PROC.2023.PREP: at least **20 days** before the meeting the Chủ tịch UBND
 * cấp xã decides to hold the election and issues the plan with the Ban
 * Thường trực UBMTTQ cấp xã; at least **10 days** before, the election group
 * is formed (after agreeing with the UBMTTQ cấp xã); these decisions are
 * announced and posted at least **7 days** before (Điều 6 khoản 1). The Ban
 * công tác Mặt trận's minutes of the official candidate list (Mẫu 05) reach
 * the UBND cấp xã "chậm nhất 15 ngày trước ngày tổ chức cuộc họp" (Điều 6
 * khoản 2). Calendar days. Steps recorded later get a warning (the count
 * itself is not affected).
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 6 khoản 1 and khoản 2 (confirmed).
 *
 * @example
 * // meeting 2023-09-17: plan by 2023-08-28, candidate list by 2023-09-02, group by 2023-09-07, notice by 2023-09-10
 */
export const preparation2023 = preparationRule(
  {
    id: 'PROC.2023.PREP',
    summary: 'Plan ≥ 20 days, candidate list to the commune ≥ 15 days, election group ≥ 10 days, public notice ≥ 7 days before the meeting.',
    citations: [
      { document: '59/2023/NĐ-CP', article: '6', clause: '1', confidence: 'confirmed', note: 'Plan 20 days, election group 10 days, public notice 7 days before.' },
      { document: '59/2023/NĐ-CP', article: '6', clause: '2', confidence: 'confirmed', note: 'Minutes of the candidate list (Mẫu 05) to the UBND cấp xã at the latest 15 days before.' },
    ],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  {
    steps: [
      { id: 'plan', daysBefore: 20, citation: { document: '59/2023/NĐ-CP', article: '6', clause: '1', confidence: 'confirmed' } },
      { id: 'candidate-list', daysBefore: 15, citation: { document: '59/2023/NĐ-CP', article: '6', clause: '2', confidence: 'confirmed' } },
      { id: 'election-group', daysBefore: 10, citation: { document: '59/2023/NĐ-CP', article: '6', clause: '1', confidence: 'confirmed' } },
      { id: 'public-notice', daysBefore: 7, citation: { document: '59/2023/NĐ-CP', article: '6', clause: '1', confidence: 'confirmed' } },
    ],
  },
);
