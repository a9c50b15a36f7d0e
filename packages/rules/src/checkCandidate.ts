import {
  type Candidate,
  parseCandidate,
  type ElectionContext,
  parseElectionContext,
  evaluate,
  type Evaluation,
  type Finding,
  type InputIssue,
  type IsoDate,
  type ParseResult,
  type TraceEntry,
} from '@truongthon/core';
import { birthDatePlausible, ELIGIBILITY_RULES, type EligibilityContext } from './eligibility/index';
import { lawNotReviewed } from './law/reviewed';
import { CANDIDATE_POLICY_RULES } from './policy/index';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from './provinces/index';
import { COVERAGE_START, type Regime, type RegimePeriod, regimePeriodOn } from './regimes/index';
import { ruleAppliesOn } from './ruleRegistry';
import { type TermInfo } from './term/index';
import { electionTerm } from './term/termLookup';
import { readOptions, registryOf, usingRegistry } from './callerInput';
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

/**
 * The rules a candidate check runs (each only on the days it is in force):
 * the implausible-birth-date warning (first: it is what an official must fix),
 * the review warning, the legal criteria, the Party-policy advice.
 */
const RULES = [birthDatePlausible, lawNotReviewed, ...ELIGIBILITY_RULES, ...CANDIDATE_POLICY_RULES];

/**
 * Checks whether a person may stand for Trưởng thôn / Tổ trưởng tổ dân phố
 * (or deputy) at an election: parses the input once (NFC text, real dates),
 * picks the regime by the election date, runs the legal criteria in force
 * that day (TT 04/2012/TT-BNV Điều 11 until 25/05/2026; Nghị định
 * 185/2026/NĐ-CP Điều 7 from 26/05/2026) and the Party-policy advisories, and
 * returns the verdict with cited findings, the inputs still missing, and the
 * term. An election after `LAW_REVIEWED_THROUGH` also carries the warning
 * `law.not-reviewed`.
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
  const read = readCheckOptions(options);
  if (!read.ok) return { result: invalidResult([read.issue]), parsed: null };
  return runCheck(resolveContext(context, read.value.overlays), input, read.value);
}

/** The options as read once at the boundary: a caller's value that cannot be read or has the wrong type is an issue, never an exception. */
function readCheckOptions(options: unknown): { readonly ok: true; readonly value: CheckOptions & { readonly overlays: OverlayRegistry } } | { readonly ok: false; readonly issue: InputIssue } {
  const read = readOptions(options, ['trace', 'today', 'overlays']);
  if (!read.ok) return read;
  const { trace, today, overlays } = read.value;
  if (today !== undefined && typeof today !== 'string') return { ok: false, issue: { path: 'today', code: 'input.wrong-type', params: { expected: 'string' } } };
  return { ok: true, value: { trace: trace !== false, ...(today !== undefined ? { today } : {}), overlays: (overlays ?? DEFAULT_OVERLAYS) as OverlayRegistry } };
}

/** The result for input that could not be read: `invalid`, with its issues. */
function invalidResult(issues: readonly InputIssue[], regime: CandidateResult['regime'] = null, province: CandidateResult['province'] = null): CandidateResult {
  return { verdict: 'invalid', findings: [], missing: [], issues, regime, province, term: null, trace: [], ruleSetVersion: RULESET_VERSION };
}

/** The check proper, once the context is resolved. */
function runCheck(resolved: ResolvedContext, input: unknown, options: CheckOptions): CandidateCheckRun {
  const { ctx, regimeSummary, provinceSummary, province } = resolved;
  const issues: InputIssue[] = resolved.issues.length > 0 ? [...resolved.issues] : [];
  const parsed = parseCandidate(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  else if (ctx.ok) {
    if (parsed.value.dateOfBirth > ctx.value.electionDate) issues.push({ path: 'dateOfBirth', code: 'input.birth-after-election', params: {} });
    if (options.today !== undefined && parsed.value.dateOfBirth > options.today) issues.push({ path: 'dateOfBirth', code: 'input.birth-in-future', params: {} });
  }
  if (issues.length > 0 || !parsed.ok || !ctx.ok) {
    return { result: invalidResult(issues, regimeSummary, provinceSummary), parsed: null };
  }
  const evaluation = evaluateCandidate(parsed.value, ctx.value, options);
  // Object.assign, not `{ ...evaluation, issues, … }`: the same members in the same order, but V8 (Node 20) builds that
  // spread with added members on a slow path, about 3 µs a candidate, more than the rules themselves take.
  return {
    result: Object.assign({}, evaluation, { issues: [], regime: regimeSummary, province: provinceSummary, term: resolved.term }),
    parsed: { candidate: parsed.value, electionDate: ctx.value.electionDate, provinceCode: province?.code ?? null },
  };
}

/**
 * A checker for a batch: a function that gives, for each input, exactly
 * what {@link checkCandidate} gives with these options, with less work per
 * input. Each distinct plain `{ electionDate, province }` context is parsed
 * and looked up (regime, province, term) once per checker. Results may share
 * parts (the regime, province and term) with other results (their types are
 * read-only). Keep one checker per batch.
 *
 * @example
 * const check = createCandidateChecker({ trace: false, today: '2026-12-03' });
 * for (const row of rows) check(row, { electionDate: '2021-01-10', province: '46' }).verdict;
 */
export function createCandidateChecker(options: CheckOptions = {}): (input: unknown, context: unknown) => CandidateResult {
  const read = readCheckOptions(options);
  if (!read.ok) return () => invalidResult([read.issue]);
  const contexts = new Map<string, Map<string | null, ResolvedContext>>();
  return (input, context) => runCheck(resolveContextOnce(contexts, context, read.value.overlays), input, read.value).result;
}

/** The parts of a check that depend only on the context: the same for every candidate of a batch. */
interface ResolvedContext {
  readonly ctx: ParseResult<ElectionContext>;
  readonly issues: readonly InputIssue[];
  readonly regimeSummary: CandidateResult['regime'];
  readonly province: Province | undefined;
  readonly provinceSummary: CandidateResult['province'];
  readonly term: TermInfo | null;
}

/** How many election dates, and provinces per date, a checker keeps resolved contexts for (a batch has one or a few). */
const MAX_CONTEXTS = 64;

/**
 * Parses the election context and looks up its regime, province and term,
 * once per distinct plain `{ electionDate, province }` of strings, kept in
 * `contexts` (anything else is resolved afresh each time). Results are
 * shared: treat them as read-only.
 */
function resolveContextOnce(contexts: Map<string, Map<string | null, ResolvedContext>>, context: unknown, overlays: OverlayRegistry): ResolvedContext {
  const key = contextKey(context);
  if (!key) return resolveContext(context, overlays);
  let byProvince = contexts.get(key.electionDate);
  if (!byProvince) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear();
    contexts.set(key.electionDate, (byProvince = new Map()));
  }
  let resolved = byProvince.get(key.province);
  if (!resolved) {
    if (byProvince.size >= MAX_CONTEXTS) byProvince.clear();
    byProvince.set(key.province, (resolved = resolveContext(context, overlays)));
  }
  return resolved;
}

/** The key of a plain object holding only a string `electionDate` and an optional string (or null) `province`; else undefined. */
function contextKey(context: unknown): { electionDate: string; province: string | null } | undefined {
  try {
    return plainContextKey(context);
  } catch {
    // A getter that throws or a revoked proxy: resolved afresh, where parsing reports it.
    return undefined;
  }
}

function plainContextKey(context: unknown): { electionDate: string; province: string | null } | undefined {
  if (context === null || typeof context !== 'object' || Object.getPrototypeOf(context) !== Object.prototype) return undefined;
  let electionDate: unknown;
  let province: unknown = null;
  for (const key in context) {
    const value = (context as Record<string, unknown>)[key];
    if (key === 'electionDate') electionDate = value;
    else if (key === 'province') province = value ?? null;
    else return undefined;
  }
  if (typeof electionDate !== 'string' || (province !== null && typeof province !== 'string')) return undefined;
  return { electionDate, province };
}

/** Parses the election context and looks up its regime, province and term. */
function resolveContext(context: unknown, overlays: OverlayRegistry): ResolvedContext {
  const issues: InputIssue[] = [];
  const ctx = parseElectionContext(context);
  let regime: RegimePeriod | undefined;
  let province: Province | undefined;
  if (!ctx.ok) issues.push(...ctx.issues);
  else {
    regime = regimePeriodOn(ctx.value.electionDate);
    if (!regime) issues.push({ path: 'electionDate', code: 'input.before-coverage', params: { date: ctx.value.electionDate, from: COVERAGE_START } });
    if (ctx.value.province) {
      province = findProvince(ctx.value.province, ctx.value.electionDate);
      if (!province) issues.push({ path: 'province', code: 'input.unknown-province', params: { province: ctx.value.province, date: ctx.value.electionDate } });
    }
  }
  // The context is parsed: the term is looked up without checking it again. A caller's registry that fails is an issue on `overlays`.
  const { custom } = registryOf(overlays);
  const term = ctx.ok && province ? usingRegistry(custom, 'overlays', () => electionTerm(province!.code, ctx.value.electionDate, overlays, undefined), (issue) => (issues.push(issue), undefined)) : undefined;
  return {
    ctx,
    issues,
    regimeSummary: regime ? { id: regime.id, name: regime.name, from: regime.from, to: regime.to } : null,
    province,
    provinceSummary: province ? { code: province.code, name: province.name } : null,
    term: term?.ok ? term.term : null,
  };
}

/**
 * Evaluates an already-parsed candidate (e.g. a batch parsed once at the
 * boundary) on the rules in force on the election date: no parsing, no
 * province or term look-up. The same result as `checkCandidate`'s evaluation.
 *
 * @example
 * evaluateCandidate(parsed, { electionDate: '2026-10-18' }).verdict // 'eligible' | 'ineligible' | 'undetermined'
 */
export function evaluateCandidate(candidate: Candidate, context: Pick<ElectionContext, 'electionDate'>, options?: Pick<CheckOptions, 'trace'>): Evaluation {
  const date = context.electionDate;
  return evaluate(
    RULES.filter((rule) => ruleAppliesOn(rule, date)),
    candidate,
    { electionDate: date },
    options === undefined || options.trace !== false ? WITH_TRACE : WITHOUT_TRACE,
  );
}

const WITH_TRACE = { ruleSetVersion: RULESET_VERSION, trace: true } as const;
const WITHOUT_TRACE = { ruleSetVersion: RULESET_VERSION, trace: false } as const;
