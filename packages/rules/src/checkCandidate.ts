import {
  type Candidate,
  candidateSchema,
  type ElectionContext,
  electionContextSchema,
  type Evaluation,
  evaluate,
  type Finding,
  type InputIssue,
  type IsoDate,
  parseInput,
  type TraceEntry,
} from '@truongthon/core';
import { ELIGIBILITY_RULES } from './eligibility/index';
import { CANDIDATE_POLICY_RULES } from './policy/index';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from './provinces/index';
import { COVERAGE_START, type Regime, resolveRegime } from './regimes/index';
import { ruleAppliesOn } from './ruleRegistry';
import { termForElection, type TermInfo } from './term/index';
import { findProvince, type Province } from './units/index';
import { RULESET_VERSION } from './version';

/** Options of {@link checkCandidate}. */
export interface CheckOptions {
  /** Record which rules ran with which parameters (default `true`). */
  readonly trace?: boolean;
  /** Today's date, injected (never read from a clock): birth dates after it are input errors. */
  readonly today?: IsoDate;
  /** Provincial overlays to use instead of the built-in ones. */
  readonly overlays?: OverlayRegistry;
}

/** The verdict of a check, plus `invalid` when the input could not be read. */
export type CandidateVerdict = Evaluation['verdict'] | 'invalid';

/** The result of {@link checkCandidate}: always one per input, never thrown. */
export interface CandidateResult {
  readonly verdict: CandidateVerdict;
  /** Legal and policy findings with citations (empty when `invalid`). */
  readonly findings: readonly Finding[];
  /** Inputs that could still change an `undetermined` verdict. */
  readonly missing: readonly string[];
  /** Input errors, each naming its field (non-empty exactly when `invalid`). */
  readonly issues: readonly InputIssue[];
  /** The regime chosen by the election date. */
  readonly regime: Pick<Regime, 'id' | 'name' | 'from' | 'to'> | null;
  /** The province the context named, read on the election date. */
  readonly province: Pick<Province, 'code' | 'name'> | null;
  /** The term the election opens, when the province's term length is known. */
  readonly term: TermInfo | null;
  readonly trace: readonly TraceEntry[];
  readonly ruleSetVersion: string;
}

const RULES = [...ELIGIBILITY_RULES, ...CANDIDATE_POLICY_RULES];

/**
 * Checks whether a person may stand for Trưởng thôn / Tổ trưởng tổ dân phố
 * (or deputy) at an election: parses the input once (NFC text, real dates),
 * picks the regime by the election date, runs the legal criteria of TT
 * 04/2012/TT-BNV Điều 11 and the Party-policy advisories, and returns the
 * verdict with cited findings, the inputs still missing, and the term.
 * Never throws: unreadable input gives `verdict: 'invalid'` with coded issues.
 *
 * @example
 * checkCandidate(
 *   { fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-10', permanentResident: true, livesInUnit: true,
 *     attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true } },
 *   { electionDate: '2021-01-10', province: '46' },
 * ).verdict // 'eligible' (21 on the day itself)
 */
export function checkCandidate(input: unknown, context: unknown, options: CheckOptions = {}): CandidateResult {
  return runCandidateCheck(input, context, options).result;
}

/** What {@link checkCandidate} parsed, for modules that need it (audit). Internal. */
export interface CandidateCheckRun {
  readonly result: CandidateResult;
  readonly parsed: { readonly candidate: Candidate; readonly electionDate: IsoDate; readonly provinceCode: string | null } | null;
}

/** {@link checkCandidate}, also returning the parsed values. Internal: not exported from the package. */
export function runCandidateCheck(input: unknown, context: unknown, options: CheckOptions = {}): CandidateCheckRun {
  const issues: InputIssue[] = [];
  const ctx = parseInput(electionContextSchema, context);
  let regime: Regime | undefined;
  let province: Province | undefined;
  if (!ctx.ok) issues.push(...ctx.issues);
  else {
    regime = resolveRegime(ctx.value.electionDate);
    if (!regime) issues.push({ path: 'electionDate', code: 'input.before-coverage', params: { date: ctx.value.electionDate, from: COVERAGE_START } });
    if (ctx.value.province) {
      province = findProvince(ctx.value.province, ctx.value.electionDate);
      if (!province) issues.push({ path: 'province', code: 'input.unknown-province', params: { province: ctx.value.province, date: ctx.value.electionDate } });
    }
  }
  const parsed = parseInput(candidateSchema, input);
  if (!parsed.ok) issues.push(...parsed.issues);
  else if (ctx.ok) {
    if (parsed.value.dateOfBirth > ctx.value.electionDate) issues.push({ path: 'dateOfBirth', code: 'input.birth-after-election', params: {} });
    if (options.today !== undefined && parsed.value.dateOfBirth > options.today) issues.push({ path: 'dateOfBirth', code: 'input.birth-in-future', params: {} });
  }
  const regimeSummary = regime ? { id: regime.id, name: regime.name, from: regime.from, to: regime.to } : null;
  const provinceSummary = province ? { code: province.code, name: province.name } : null;
  if (issues.length > 0 || !parsed.ok || !ctx.ok) {
    return {
      result: { verdict: 'invalid', findings: [], missing: [], issues, regime: regimeSummary, province: provinceSummary, term: null, trace: [], ruleSetVersion: RULESET_VERSION },
      parsed: null,
    };
  }
  const evaluation = evaluateCandidate(parsed.value, ctx.value, options);
  const term = province ? termForElection(province.code, ctx.value.electionDate, options.overlays ?? DEFAULT_OVERLAYS) : undefined;
  return {
    result: { ...evaluation, issues: [], regime: regimeSummary, province: provinceSummary, term: term?.ok ? term.term : null },
    parsed: { candidate: parsed.value, electionDate: ctx.value.electionDate, provinceCode: province?.code ?? null },
  };
}

/**
 * The hot path for already-parsed candidates (e.g. a batch parsed once at the
 * boundary): runs the rules in force on the election date. No parsing, no
 * province or term look-up.
 */
export function evaluateCandidate(candidate: Candidate, context: Pick<ElectionContext, 'electionDate'>, options: Pick<CheckOptions, 'trace'> = {}): Evaluation {
  const rules = RULES.filter((rule) => ruleAppliesOn(rule, context.electionDate));
  return evaluate(rules, candidate, { electionDate: context.electionDate }, { ruleSetVersion: RULESET_VERSION, trace: options.trace ?? true });
}
