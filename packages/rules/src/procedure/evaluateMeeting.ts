import {
  decisionOf,
  evaluate,
  type Evaluation,
  type Finding,
  type InputIssue,
  type MeetingPurpose,
  type MeetingRecord,
  meetingRecordSchema,
  type MeetingRound,
  parseInput,
  percentOf,
  type TallyResult,
  tallyVotes,
  type Rule,
  type TraceEntry,
  type WorkingCalendarOptions,
} from '@truongthon/core';
import { readOptions, registryOf, valueIssue } from '../callerInput';
import { parameterOn } from '../law/parameter';
import { lawNotReviewed } from '../law/reviewed';
import type { OverlayRegistry } from '../provinces/index';
import { COVERAGE_START, type Regime, type RegimePeriod, regimePeriodOn } from '../regimes/index';
import { ruleAppliesOn } from '../ruleRegistry';
import { findProvince, type Province } from '../units/index';
import { RULESET_VERSION } from '../version';
import { type MeetingContext, type MeetingOutcome, type ProcedureStep, voteOptions } from './context';
import { MOTION_THRESHOLD, WIN_THRESHOLD } from './parameters';
import { motion } from './motion';
import { newElection as newElectionRule } from './newElection';
import { recognition as recognitionRule, type RecognitionStep } from './recognition';
import { rerun as rerunRule } from './rerun';
import { FOLLOW_UP_RULES, procedureSetOn, READING_RULES, RESULT_RULES, VALIDITY_RULES } from './sets';
import { win } from './winner';

/** Options of {@link evaluateMeeting}. */
export interface MeetingOptions {
  /** Province (code or name) when the record names none. */
  readonly province?: string | null;
  /** Provincial overlays to use instead of the built-in ones (e.g. `recognition.workingDays`). */
  readonly overlays?: OverlayRegistry;
  /** Working-day calendar options (official yearly calendars) for recognition deadlines. */
  readonly calendar?: WorkingCalendarOptions;
  /** Record which rules ran with which parameters (default `true`). */
  readonly trace?: boolean;
}

/** One candidate's line of the result. */
export interface CandidateTally {
  readonly name: string;
  readonly votes: number;
  /** Share of the whole electorate of the unit, in percent, 2 decimals. */
  readonly percent: number;
  readonly nominatedBy: 'front_committee' | 'self' | 'meeting' | null;
}

/** The result of {@link evaluateMeeting}: always one per record, never thrown. */
export interface MeetingResult {
  readonly outcome: MeetingOutcome;
  readonly purpose: MeetingPurpose | null;
  readonly round: MeetingRound | null;
  /** The regime chosen by the meeting date. */
  readonly regime: Pick<Regime, 'id' | 'name' | 'from' | 'to'> | null;
  readonly province: Pick<Province, 'code' | 'name'> | null;
  /**
   * Attendance against the whole electorate (`requiredPercent`: attendance
   * must exceed it); `null` for a ballot taken to each household, which has no
   * attendance condition.
   */
  readonly quorum: { readonly present: number; readonly total: number; readonly percent: number; readonly requiredPercent: number; readonly met: boolean } | null;
  /** Candidates in input order, with their share of the whole electorate. */
  readonly candidates: readonly CandidateTally[];
  /** Set exactly when `outcome` is `elected`. */
  readonly winner: { readonly name: string; readonly votes: number; readonly percent: number } | null;
  /**
   * What a candidate (or the votes for a motion) must exceed to win, under
   * the procedure in force on the meeting date: more than `percent` of the
   * whole electorate of the unit (`base`: all its voters or all its household
   * representatives, not those present and not the valid ballots; NQLT
   * 09/2008 Điều 8, Luật 10/2022/QH15 Điều 21 khoản 1). `null` when the
   * procedure of the date is not encoded or the input could not be read.
   */
  readonly winThreshold: { readonly percent: number; readonly base: 'total-electorate' } | null;
  /** For a dismissal / removal / cho thôi làm. */
  readonly motion: { readonly votesFor: number; readonly percent: number; readonly carried: boolean } | null;
  /**
   * `no-winner` when the outcome is `inconsistent` but nobody can have been
   * elected on any reading of the figures: the steps of `no-winner` follow
   * (`procedure.count.no-winner-on-any-reading`); otherwise `null`.
   */
  readonly followUpAs: MeetingOutcome | null;
  /**
   * When `elected`: the last day for the commune to recognise the result.
   * When `no-winner` under Nghị định 59/2023: the last day for the commune to
   * decide the re-run (Điều 8 covers both). When a cho thôi làm is `carried`:
   * the last day for the commune to recognise it (Điều 9 khoản 3).
   */
  readonly recognition: RecognitionStep | null;
  /** When `no-winner` after a first round: the re-run and its last allowed day (`date: null` where no text sets it). */
  readonly rerun: ProcedureStep | null;
  /** When `no-winner` after a re-run, or `carried`: the interim appointment. */
  readonly interim: ProcedureStep | null;
  /** When `carried`: the commune's decision on a new election. */
  readonly newElection: ProcedureStep | null;
  /** When `household-ballot-required`: the ballots to each household (phát phiếu lấy ý kiến). */
  readonly householdBallot: ProcedureStep | null;
  /** When a cho thôi làm is `not-carried` (from 01/07/2023): the commune decides, after agreeing with the UBMTTQ cấp xã. */
  readonly communeDecision: ProcedureStep | null;
  /** Every step above that is set, in procedural order. */
  readonly steps: readonly ProcedureStep[];
  readonly findings: readonly Finding[];
  /** Input errors, each naming its field (non-empty exactly when `invalid`). */
  readonly issues: readonly InputIssue[];
  /** Ids of the rules that applied to this record (ran and were not `not-applicable`). */
  readonly ruleIds: readonly string[];
  readonly trace: readonly TraceEntry[];
  readonly ruleSetVersion: string;
}

const EMPTY = {
  quorum: null, candidates: [], winner: null, winThreshold: null, motion: null, followUpAs: null, recognition: null, rerun: null, interim: null, newElection: null,
  householdBallot: null, communeDecision: null, steps: [], findings: [], ruleIds: [], trace: [], ruleSetVersion: RULESET_VERSION,
} as const;

/** Rules about the law itself, run on every meeting in force on its date (after the last review: `law.not-reviewed`). */
const LAW_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [lawNotReviewed];

/**
 * Counts an election meeting (or a dismissal / removal / cho thôi làm vote)
 * of a thôn / tổ dân phố under the regime in force on its date, and says what
 * follows:
 * - `invalid-meeting` (NQLT 09/2008, until 30/06/2023): attendance did not
 *   exceed 50% of the whole electorate of the unit (Điều 8 khoản 1), with the
 *   figures;
 * - `household-ballot-required` (from 01/07/2023): no more than 50% of the
 *   household representatives attended, so the meeting could not reach the
 *   threshold; ballots go to each household (Luật 10/2022 Điều 17 khoản 2,
 *   Điều 19 khoản 1 điểm b, Điều 21 khoản 1; ND 59/2023 Điều 4 khoản 1 điểm
 *   b), the step `householdBallot`. A record of that ballot (`votingMode:
 *   'household_ballot'`) is counted on the same base, with no attendance
 *   condition;
 * - `elected`: one candidate has more than 50% of the **whole electorate**
 *   (not of those present, not of valid ballots), with the recognition
 *   deadline in working days (ND 59/2023 Điều 8: 5; NQLT 09/2008: 4,
 *   UNCONFIRMED, unless the province sets another number, e.g. Kon Tum 5);
 * - `no-winner`: with the re-run deadline (NQLT 09/2008: 15 days, secondary;
 *   ND 59/2023: none set, `null`, and the commune's decision to re-run within
 *   5 working days), or after a failed re-run the interim appointment
 *   (UNCONFIRMED as a text);
 * - `carried` / `not-carried` for motions, on the same footing (more than 50%
 *   of the whole electorate; from 2023 Luật Điều 21 khoản 1, confirmed), with
 *   the recognition of a cho thôi làm (5 working days), the interim and the
 *   new-election step (ND 59/2023 Điều 9 khoản 3: 60 days); a cho thôi làm
 *   not carried goes to the commune (`communeDecision`);
 * - `inconsistent` when the figures contradict each other or the regime
 *   (votes above ballots, present above total, several winners, counting on
 *   voters after 2023…); where nobody can have won on any reading of the
 *   figures, the steps of `no-winner` still follow (`followUpAs`). Too many
 *   Front-nominated candidates and an election-group member standing are
 *   reported with a warning and the vote is still counted;
 * - `undetermined` before 17/04/2008 (not encoded), or for a household ballot
 *   before 01/07/2023; `invalid` for unreadable input.
 * Every meeting after the day the law was last reviewed
 * (`LAW_REVIEWED_THROUGH`) carries the warning `law.not-reviewed`, whatever
 * the outcome.
 * Never throws. Findings carry codes and parameters; text comes from the
 * catalogues (`formatFinding`).
 *
 * @example
 * evaluateMeeting({
 *   electionDate: '2021-01-10', province: '46', unit: { name: 'Tổ dân phố 1' },
 *   electorateBase: 'households', totalElectorate: 361, present: 300, votingMode: 'show_of_hands',
 *   candidates: [{ name: 'Nguyễn Văn An', votes: 159 }, { name: 'Trần Thị Bình', votes: 120 }],
 * }).outcome // 'no-winner' (159 / 361 = 44.04%); rerun.date '2021-01-25'
 */
export function evaluateMeeting(input: unknown, options: MeetingOptions = {}): MeetingResult {
  const parsed = parseInput(meetingRecordSchema, input);
  // The options, read once at this boundary (a getter that throws, a wrong type: coded issues, never an exception).
  const opts = readMeetingOptions(options);
  if (!parsed.ok || !('trace' in opts)) {
    const issues = [...(parsed.ok ? [] : parsed.issues), ...('trace' in opts ? [] : opts)];
    return { ...EMPTY, outcome: 'invalid', purpose: null, round: null, regime: null, province: null, issues };
  }
  const record = parsed.value;
  const date = record.electionDate;
  const purpose = record.purpose ?? 'election';
  const round = record.round ?? 'first';
  const issues: InputIssue[] = [];
  const regime = regimePeriodOn(date);
  if (!regime) issues.push({ path: 'electionDate', code: 'input.before-coverage', params: { date, from: COVERAGE_START } });
  const provinceName = record.province ?? opts.province;
  let province: Province | undefined;
  if (provinceName) {
    province = findProvince(provinceName, date);
    if (!province) issues.push({ path: 'province', code: 'input.unknown-province', params: { province: provinceName, date } });
  }
  const regimeSummary = regime ? { id: regime.id, name: regime.name, from: regime.from, to: regime.to } : null;
  const provinceSummary = province ? { code: province.code, name: province.name } : null;
  if (issues.length > 0 || !regime) return { ...EMPTY, outcome: 'invalid', purpose, round, regime: regimeSummary, province: provinceSummary, issues };

  try {
    return evaluateParsed(record, { purpose, round, regime, regimeSummary, province: provinceSummary, options: opts });
  } catch (error) {
    // A defect must not crash a batch: report it like the engine reports a throwing rule.
    const finding: Finding = {
      code: 'engine.rule-error', ruleId: 'evaluateMeeting', kind: 'legal', severity: 'error',
      params: { rule: 'evaluateMeeting', reason: error instanceof Error ? error.message : String(error) }, citations: [],
    };
    return { ...EMPTY, outcome: 'undetermined', purpose, round, regime: regimeSummary, province: provinceSummary, issues: [], findings: [finding] };
  }
}

/** {@link MeetingOptions} as read and checked at the boundary. */
interface ReadMeetingOptions {
  readonly province: string | null;
  readonly overlays: OverlayRegistry;
  readonly calendar: WorkingCalendarOptions | undefined;
  readonly trace: boolean;
}

/**
 * Reads the options of {@link evaluateMeeting} once: their values, or the
 * issues that say why they cannot be used. A registry of the caller's is used
 * as given (what it throws is caught with the evaluation); the calendar is
 * read when a deadline is counted (one that cannot be used leaves the date
 * unknown: `procedure.calendar-unavailable`).
 */
function readMeetingOptions(options: unknown): ReadMeetingOptions | InputIssue[] {
  const opts = readOptions(options, ['province', 'overlays', 'calendar', 'trace']);
  if (!opts.ok) return [opts.issue];
  const province = opts.value.province;
  const problem = valueIssue(province, 'province', false, true);
  if (problem) return [problem];
  return {
    province: (province ?? null) as string | null,
    overlays: registryOf(opts.value.overlays).registry,
    calendar: (opts.value.calendar ?? undefined) as WorkingCalendarOptions | undefined,
    trace: opts.value.trace !== false,
  };
}

function evaluateParsed(
  record: MeetingRecord,
  args: { purpose: MeetingPurpose; round: MeetingRound; regime: RegimePeriod; regimeSummary: MeetingResult['regime']; province: MeetingResult['province']; options: ReadMeetingOptions },
): MeetingResult {
  const { purpose, round, options } = args;
  const date = record.electionDate;
  const set = procedureSetOn(date);
  const overlays = options.overlays;
  const provinceCode = args.province?.code ?? null;
  const threshold = set ? parameterOn(purpose === 'election' ? WIN_THRESHOLD : MOTION_THRESHOLD, date)?.value ?? null : null;
  const householdBallot = record.votingMode === 'household_ballot';
  // The count, made once: attendance against the quorum rule's share, each option against the threshold rule's share.
  const tally: TallyResult | null = set && threshold
    ? tallyVotes({ total: record.totalElectorate, present: record.present, options: voteOptions(record), quorum: householdBallot ? null : set.quorum.params.share, threshold })
    : null;
  const context: MeetingContext = { date, regime: args.regime.id, purpose, round, provinceCode, overlays, calendar: options.calendar, tally };

  const engineOptions = { ruleSetVersion: RULESET_VERSION, trace: true };
  const inForce = <R extends Rule<MeetingRecord, any, MeetingContext>>(rules: readonly R[]) => rules.filter((r) => ruleAppliesOn(r, date));
  const broken = (e: Evaluation) => e.findings.some((f) => f.code === 'engine.rule-error') || e.trace.some((t) => t.status === 'unknown');
  const failedIds = (e: Evaluation) => e.trace.filter((t) => t.status === 'fail').map((t) => t.ruleId);

  // 1. Can the meeting and its record be counted at all? (The law rules only add warnings.)
  const validity = evaluate([...inForce(LAW_RULES), ...inForce(VALIDITY_RULES)], record, context, engineOptions);
  const failedValidity = failedIds(validity);
  const quorum = set ? decisionOf(validity, set.quorum) : undefined;
  let outcome: MeetingOutcome | undefined;
  if (!set || !tally || broken(validity)) outcome = 'undetermined';
  else if (failedValidity.some((id) => id !== set.quorum.id)) outcome = 'inconsistent';
  else if (quorum?.outcome) outcome = quorum.outcome;
  // 2. The count, only on a valid meeting with a consistent record: what the threshold rule decides.
  const result = outcome === undefined ? evaluate(inForce(RESULT_RULES), record, context, engineOptions) : undefined;
  const decided = set && result ? (purpose === 'election' ? decisionOf(result, win) : decisionOf(result, motion)) : undefined;
  if (outcome === undefined && result) {
    if (broken(result)) outcome = 'undetermined';
    else if (failedIds(result).length > 0) outcome = 'inconsistent';
    else outcome = decided?.outcome ?? 'undetermined';
  }
  const counted: MeetingOutcome = outcome ?? 'undetermined';
  // 3. An inconsistent record on which nobody can have won is followed up as having no winner.
  const reading = counted === 'inconsistent'
    ? evaluate(inForce(READING_RULES), record, { ...context, outcome: counted, failedRules: [...failedValidity, ...(result ? failedIds(result) : [])] }, engineOptions)
    : undefined;
  const followUpAs: MeetingOutcome | null = reading && !broken(reading) && reading.trace.some((t) => t.status === 'pass') ? 'no-winner' : null;
  // 4. What follows: each step as the rule that sets it decided it. A follow-up rule that could not run leaves the outcome undetermined.
  const followUp = evaluate(inForce(FOLLOW_UP_RULES), record, { ...context, outcome: counted, ...(followUpAs ? { followUpAs } : {}) }, engineOptions);
  const followedUp = !broken(followUp);
  const finalOutcome: MeetingOutcome = followedUp ? counted : 'undetermined';
  const stages = [validity, ...(result ? [result] : []), ...(reading ? [reading] : []), followUp];
  const trace = stages.flatMap((e) => e.trace);
  const findings = stages.flatMap((e) => e.findings);
  const stepOf = <D>(rule: Rule<MeetingRecord, any, MeetingContext, D> | null | undefined): D | null => (rule && followedUp ? decisionOf(followUp, rule) ?? null : null);

  const householdBallotNext = finalOutcome === 'household-ballot-required' ? quorum?.next ?? null : null;
  const recognition: RecognitionStep | null = stepOf(recognitionRule) ?? stepOf(set?.motionRecognition);
  const rerun = stepOf(rerunRule);
  const interim = stepOf(set?.interim) ?? stepOf(set?.interimAfterMotion);
  const newElection = stepOf(newElectionRule);
  const communeDecision = stepOf(set?.communeDecision);
  const steps = [householdBallotNext, recognition, rerun, interim, newElection, communeDecision].filter((s): s is ProcedureStep => s !== null);

  const total = record.totalElectorate;
  const winner = decided && 'winner' in decided && finalOutcome === 'elected' ? decided.winner : null;
  const forMotion = purpose !== 'election' ? record.motion : undefined;
  return {
    outcome: finalOutcome,
    purpose,
    round,
    regime: args.regimeSummary,
    province: args.province,
    quorum: quorum ? { present: quorum.present, total: quorum.total, percent: quorum.percent, requiredPercent: quorum.requiredPercent, met: quorum.met } : null,
    candidates: (record.candidates ?? []).map((c, i) => ({ name: c.name, votes: c.votes, percent: tally?.options[i]?.percent ?? (percentOf(c.votes, total) as number), nominatedBy: c.nominatedBy ?? null })),
    winner,
    winThreshold: threshold ? { percent: percentOf(threshold.numerator, threshold.denominator) as number, base: 'total-electorate' } : null,
    motion: forMotion
      ? { votesFor: forMotion.votesFor, percent: tally?.options[0]?.percent ?? (percentOf(forMotion.votesFor, total) as number), carried: finalOutcome === 'carried' }
      : null,
    followUpAs,
    recognition,
    rerun,
    interim,
    newElection,
    householdBallot: householdBallotNext,
    communeDecision,
    steps,
    findings,
    issues: [],
    ruleIds: trace.filter((t) => t.status !== 'not-applicable').map((t) => t.ruleId),
    trace: options.trace ? trace : [],
    ruleSetVersion: RULESET_VERSION,
  };
}
