import { addDays, type FindingDraft, type IsoDate } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import type { SourceCitation } from '../sources';
import { lowestConfidence, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';
import { PREPARATION_STEPS } from './parameters';

/** A preparation step and how many calendar days before the meeting it must be taken at the latest. */
export interface PreparationStep {
  readonly id: 'plan' | 'candidate-list' | 'election-group' | 'public-notice';
  readonly daysBefore: number;
  /** The provision that sets this step, when narrower than the texts that set the steps. */
  readonly citation?: SourceCitation;
}

/** Parameters of the preparation rule: the law parameter that sets its steps. */
export interface PreparationParams {
  /** The steps and their days before the meeting are the value of this law parameter on the meeting date. */
  readonly steps: 'PROC.PREPARATION_STEPS';
}

const FIELD: Record<PreparationStep['id'], 'planOn' | 'candidateListOn' | 'electionGroupOn' | 'publicNoticeOn'> = {
  plan: 'planOn',
  'candidate-list': 'candidateListOn',
  'election-group': 'electionGroupOn',
  'public-notice': 'publicNoticeOn',
};

/**
 * The preparation steps of an election held on `meetingDate` as dated steps,
 * from `PROC.PREPARATION_STEPS` on that date: each step's last allowed day is
 * `daysBefore` calendar days before the meeting ("ít nhất N ngày trước ngày
 * bầu cử": taken on that day, N full days remain), citing the clause that
 * sets the step, else the text that sets the steps; none before 17/04/2008
 * (not encoded).
 *
 * A building block on a date already checked (as `electionTimeline` and
 * `evaluateMeeting` check theirs): throws a `RangeError` when it is not a
 * real `YYYY-MM-DD` day, as `addDays` does.
 *
 * @example
 * preparationSteps('2021-01-10').map((s) => [s.id, s.date])
 * // [['plan', '2020-12-21'], ['candidate-list', '2020-12-26'], ['election-group', '2020-12-31']]
 */
export function preparationSteps(meetingDate: IsoDate): ProcedureStep[] {
  const steps = parameterOn(PREPARATION_STEPS, meetingDate);
  if (!steps) return [];
  return steps.value.map((step) => {
    const citations = step.citation ? [step.citation] : steps.citations;
    return {
      id: step.id,
      date: addDays(meetingDate, -step.daysBefore),
      basis: { kind: 'calendar-days-before', days: step.daysBefore, from: meetingDate },
      condition: 'always',
      ruleId: preparation.id,
      citations,
      confidence: step.citation ? lowestConfidence(citations) : steps.confidence,
    };
  });
}

/**
 * PROC.PREP: each preparation step recorded for an election must have been
 * taken at the latest the calendar days before the meeting that
 * `PROC.PREPARATION_STEPS` gives on the meeting date:
 * - under NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 6 (secondary: quoted by
 *   thuviennhadat), the plan **20 days** before, the Front committee's
 *   candidate list agreed with the chi ủy **15 days** before, the election
 *   group **10 days** before; a public-notice period was not read
 *   (UNCONFIRMED; not checked);
 * - from 01/07/2023 (Nghị định 59/2023/NĐ-CP Điều 6 khoản 1 and khoản 2,
 *   confirmed), the plan **20 days** before, the minutes of the official
 *   candidate list (Mẫu 05) to the UBND cấp xã **15 days** before, the
 *   election group **10 days** before, the public notice of these decisions
 *   **7 days** before.
 * A step recorded later gets a warning (the count itself is not affected).
 * The texts changed who takes some steps and added the public notice; the
 * test, a recorded day against the last allowed day, did not: one rule, one
 * dated parameter; each finding cites the text in force on the date.
 *
 * @example
 * // meeting 2021-01-10 (Hương Xuân): plan by 2020-12-21, list by 2020-12-26, group by 2020-12-31
 * // meeting 2023-09-17: plan by 2023-08-28, candidate list by 2023-09-02, group by 2023-09-07, notice by 2023-09-10
 */
export const preparation = defineRule<MeetingRecord, PreparationParams, MeetingContext>({
  id: 'PROC.PREP',
  kind: 'legal',
  summary: 'Plan ≥ 20 days, candidate list ≥ 15 days, election group ≥ 10 days before the election; from 01/07/2023 also public notice ≥ 7 days.',
  citations: PREPARATION_STEPS.values.flatMap((v) => v.citations),
  confidence: 'secondary',
  from: '2008-04-17',
  to: null,
  params: { steps: 'PROC.PREPARATION_STEPS' },
  codes: (['plan', 'candidate-list', 'election-group', 'public-notice'] as const).map((id) => `procedure.prep.too-late.${id}`),
  check: (record, _p, context) => {
    const steps = parameterOn(PREPARATION_STEPS, context.date);
    if (context.purpose !== 'election' || !record.preparation || !steps) return { status: 'not-applicable' };
    const findings: FindingDraft[] = [];
    for (const step of steps.value) {
      const date = record.preparation[FIELD[step.id]];
      if (date == null) continue;
      const latest = addDays(record.electionDate, -step.daysBefore);
      if (date > latest) findings.push({ code: `procedure.prep.too-late.${step.id}`, path: `preparation.${FIELD[step.id]}`, severity: 'warning', params: { step: step.id, date, latest, days: step.daysBefore } });
    }
    return { status: 'pass', findings, citations: steps.citations };
  },
});
