import { type Finding, type InputIssue, type IsoDate, stampFinding, type WorkingCalendarOptions } from '@truongthon/core';
import { givenDate, readOptions, registryOf, usingRegistry, valueIssue } from '../callerInput';
import { parameterOn } from '../law/parameter';
import { lawNotReviewed } from '../law/reviewed';
import type { OverlayRegistry } from '../provinces/index';
import { COVERAGE_START, type Regime, type RegimePeriod, regimePeriodOn } from '../regimes/index';
import { ruleAppliesOn } from '../ruleRegistry';
import { findProvince, type Province } from '../units/index';
import type { ProcedureStep } from './context';
import { decisionSentStep } from './decisionSent';
import { interimStep } from './interim';
import { RECOGNITION_WORKING_DAYS } from './parameters';
import { procedureNotEncoded2005 } from './notEncoded';
import { preparationSteps } from './preparation';
import { recognition as recognitionRule, recognitionStep } from './recognition';
import { rerun as rerunRule, rerunStep } from './rerun';
import { procedureSetOn } from './sets';
import { transition2023 } from './transition';

/** Options of {@link electionTimeline}. */
export interface TimelineOptions {
  /** Province code or name, read on the meeting date (for its overlays, e.g. Kon Tum's recognition deadline). */
  readonly province?: string | null;
  readonly overlays?: OverlayRegistry;
  /** Working-day calendar options (official yearly calendars). */
  readonly calendar?: WorkingCalendarOptions;
  /** The day the commune will receive the result, if not the meeting day. */
  readonly receivedOn?: IsoDate | null;
}

/** The result of {@link electionTimeline}; never thrown. */
export interface TimelineResult {
  /** `false` exactly when `issues` is not empty. */
  readonly ok: boolean;
  readonly issues: readonly InputIssue[];
  readonly regime: Pick<Regime, 'id' | 'name' | 'from' | 'to'> | null;
  readonly province: Pick<Province, 'code' | 'name'> | null;
  /** In procedural order: preparation (earliest first), meeting, decision sent (from 2023), recognition, re-run, interim appointment. */
  readonly steps: readonly ProcedureStep[];
  readonly findings: readonly Finding[];
  /** Ids of the rules the steps come from. */
  readonly ruleIds: readonly string[];
}

/**
 * Every step of an election of Trưởng thôn / Tổ trưởng tổ dân phố around a
 * meeting date, each with its last allowed day (or the day itself), the
 * basis of the reckoning and its citation, under the regime in force on
 * that date:
 * - NQLT 09/2008 (meetings 17/04/2008 – 30/06/2023), Điều 6 [secondary]:
 *   plan ≥ 20 days before, candidate list ≥ 15, election group ≥ 10;
 *   meeting; recognition ≤ 4 working days [UNCONFIRMED] or the province's
 *   number (Kon Tum: 5); re-run ≤ 15 days after [secondary]; interim leader
 *   after a failed re-run [UNCONFIRMED];
 * - Nghị định 59/2023 (meetings from 01/07/2023, applied by analogy until
 *   it took effect on 15/08/2023), Điều 6 [confirmed]: plan ≥ 20 days,
 *   candidate-list minutes (Mẫu 05) to the commune ≥ 15 (khoản 2), election
 *   group ≥ 10, public notice ≥ 7; meeting; the meeting's decision (Mẫu 03)
 *   to the commune ≤ 5 working days after it (Điều 3 khoản 5 điểm d)
 *   [confirmed]; recognition or re-run decision ≤ 5 working days from its
 *   receipt (Điều 8) [confirmed]; re-run: no deadline (`date: null`,
 *   confirmed); interim leader after a failed re-run.
 * Days before the meeting are calendar days; working days skip weekends,
 * public holidays and their substitute days, with official yearly calendars
 * (see `addWorkingDays`). Before 17/04/2008 no step is encoded. A meeting
 * after the day the law was last reviewed carries `law.not-reviewed`. Never
 * throws.
 *
 * @example
 * electionTimeline('2021-01-10', { province: '46' }).steps.map((s) => [s.id, s.date])
 * // [['plan', '2020-12-21'], ['candidate-list', '2020-12-26'], ['election-group', '2020-12-31'],
 * //  ['meeting', '2021-01-10'], ['recognition', '2021-01-14'], ['rerun', '2021-01-25'], ['interim-appointment', null]]
 */
export function electionTimeline(meetingDate: unknown, options: TimelineOptions = {}): TimelineResult {
  const issues: InputIssue[] = [];
  const fail = (regime: TimelineResult['regime'] = null, province: TimelineResult['province'] = null): TimelineResult => ({ ok: false, issues, regime, province, steps: [], findings: [], ruleIds: [] });
  // The options, read once at this boundary (a getter that throws, a wrong type: coded issues, never an exception).
  const opts = readOptions(options, ['province', 'overlays', 'calendar', 'receivedOn']);
  const { province: provinceOption, receivedOn: receivedOption } = opts.ok ? opts.value : {};
  for (const problem of [
    valueIssue(meetingDate, 'electionDate', true, false),
    opts.ok ? undefined : opts.issue,
    valueIssue(provinceOption, 'province', false, true),
    valueIssue(receivedOption, 'receivedOn', true, true),
  ]) {
    if (problem) issues.push(problem);
  }
  if (issues.length > 0 || !opts.ok) return fail();
  const date = meetingDate as IsoDate;
  const receivedOn = givenDate(receivedOption);
  if (receivedOn !== null && receivedOn < date) issues.push({ path: 'receivedOn', code: 'input.date-before-meeting', params: {} });
  const regime = regimePeriodOn(date);
  if (!regime) issues.push({ path: 'electionDate', code: 'input.before-coverage', params: { date, from: COVERAGE_START } });
  let province: Province | undefined;
  if (typeof provinceOption === 'string' && provinceOption !== '') {
    province = findProvince(provinceOption, date);
    if (!province) issues.push({ path: 'province', code: 'input.unknown-province', params: { province: provinceOption, date } });
  }
  const regimeSummary = regime ? { id: regime.id, name: regime.name, from: regime.from, to: regime.to } : null;
  const provinceSummary = province ? { code: province.code, name: province.name } : null;
  if (issues.length > 0 || !regime) return fail(regimeSummary, provinceSummary);
  // A registry of the caller's runs the caller's code: its failure is reported on `overlays`.
  // The calendar is read when a deadline is counted: one that cannot be used leaves that date unknown (`procedure.calendar-unavailable`).
  const overlays = registryOf(opts.value.overlays);
  const calendar = opts.value.calendar as WorkingCalendarOptions | undefined;
  return usingRegistry(
    overlays.custom,
    'overlays',
    () => timeline(date, receivedOn, regime, regimeSummary, province, provinceSummary, overlays.registry, calendar ?? undefined),
    (issue) => (issues.push(issue), fail(regimeSummary, provinceSummary)),
  );
}

/** The steps of {@link electionTimeline}, once its arguments are read and checked. */
function timeline(
  date: IsoDate,
  receivedOn: IsoDate | null,
  regime: RegimePeriod,
  regimeSummary: TimelineResult['regime'],
  province: Province | undefined,
  provinceSummary: TimelineResult['province'],
  overlays: OverlayRegistry,
  calendar: WorkingCalendarOptions | undefined,
): TimelineResult {

  const set = procedureSetOn(date);
  if (!set) {
    return {
      ok: true, issues: [], regime: regimeSummary, province: provinceSummary, steps: [],
      findings: [stampFinding(procedureNotEncoded2005, { code: 'procedure.not-encoded', severity: 'warning', params: { regime: regime.id, until: procedureNotEncoded2005.params.until } }, 'pass')],
      ruleIds: [procedureNotEncoded2005.id],
    };
  }
  const findings: Finding[] = [];
  if (ruleAppliesOn(lawNotReviewed, date)) findings.push(stampFinding(lawNotReviewed, { code: 'law.not-reviewed', severity: 'warning', params: { reviewedThrough: lawNotReviewed.params.reviewedThrough } }, 'pass'));
  if (ruleAppliesOn(transition2023, date)) {
    findings.push(stampFinding(transition2023, { code: 'procedure.decree-not-yet-in-force', severity: 'warning', params: { decree: transition2023.params.decree, effective: transition2023.params.effective } }, 'pass'));
  }
  const from = receivedOn ?? date;
  // The recognition findings cite the national text in force (a province's own number is cited by the step).
  const nationalRecognition = parameterOn(RECOGNITION_WORKING_DAYS, date)?.citations;
  const recognition = recognitionStep({ from, meetingDate: date, provinceCode: province?.code ?? null, overlays, calendar });
  if (recognition?.basis.kind === 'working-days-after' && recognition.date === null) {
    findings.push(stampFinding(recognitionRule, { code: 'procedure.calendar-unavailable', severity: 'warning', params: { from } }, 'pass', nationalRecognition));
  }
  if (receivedOn === null) findings.push(stampFinding(recognitionRule, { code: 'procedure.recognition.counted-from-meeting', severity: 'info', params: { date } }, 'pass', nationalRecognition));
  const rerun = rerunStep(date);
  if (rerun?.date === null) findings.push(stampFinding(rerunRule, { code: 'procedure.rerun.deadline-not-set', severity: 'warning', params: {} }, 'pass', rerun.citations));
  const steps: ProcedureStep[] = [
    ...preparationSteps(date),
    { id: 'meeting', date, basis: { kind: 'meeting-day', from: date }, condition: 'always', ruleId: set.quorum.id, citations: set.quorum.citations, confidence: set.quorum.confidence },
    ...(set.decisionSent ? [decisionSentStep(set.decisionSent, date, calendar)] : []),
    ...(recognition ? [recognition] : []),
    ...(rerun ? [rerun] : []),
    interimStep(set.interim, date, 'rerun-failed'),
  ];
  const ruleIds = [...new Set(steps.map((s) => s.ruleId))];
  if (ruleAppliesOn(transition2023, date)) ruleIds.unshift(transition2023.id);
  if (ruleAppliesOn(lawNotReviewed, date)) ruleIds.unshift(lawNotReviewed.id);
  return { ok: true, issues: [], regime: regimeSummary, province: provinceSummary, steps, findings, ruleIds };
}
