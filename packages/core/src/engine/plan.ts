import type { Citation } from './citation';
import type { Finding, FindingDraft, RuleKind } from './finding';
import type { Rule, RuleOutcome, RuleStatus } from './rule';
import type { Evaluation, TraceEntry, Verdict } from './verdict';

/**
 * A rule set compiled once for repeated evaluation (e.g. the rules in force on
 * one election date, run on every candidate of a batch). Same results as
 * `evaluate` on the same rules, byte for byte as JSON, with less work per
 * call: nothing is allocated for a rule that passes without findings, trace
 * entries are shared frozen objects (one per rule and status), a finding
 * stamped from a constant draft (see {@link constantOutcome}) is stamped once
 * and shared, and when every rule returns a constant outcome the evaluation
 * of that combination is built once, frozen, and returned again for the next
 * input giving the same outcomes (a few thousand combinations at most).
 *
 * Results may be frozen and share parts with other results: treat them as
 * read-only (their types say so).
 */
export interface EvaluationPlan<Input, Context> {
  /** The rules, in order. */
  readonly rules: readonly Rule<Input, any, Context>[];
  readonly ruleSetVersion: string;
  /** Runs every rule on the input; `trace: false` leaves the trace empty. */
  evaluate(input: Input, context: Context, trace?: boolean): Evaluation;
}

const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_PARAMS: Readonly<Record<string, never>> = Object.freeze({});
/** How many stamped findings a rule keeps (constant drafts are few: one per code and parameter value). */
const MAX_STAMPED = 16;

/** A finding stamped from a constant draft, for one outcome status. */
interface Stamped {
  readonly draft: FindingDraft;
  readonly status: RuleStatus;
  readonly finding: Finding;
}

/** One compiled rule: what the engine reads of it, read once. */
class Step<Input, Context> {
  readonly id: string;
  readonly kind: RuleKind;
  readonly legal: boolean;
  readonly params: unknown;
  readonly citations: readonly Citation[];
  readonly check: (input: Input, params: any, context: Context) => RuleOutcome;
  readonly stamped: Stamped[] = [];
  private tracePass: TraceEntry | undefined;
  private traceFail: TraceEntry | undefined;
  private traceUnknown: TraceEntry | undefined;
  private traceAdvice: TraceEntry | undefined;
  private traceNotApplicable: TraceEntry | undefined;

  constructor(rule: Rule<Input, any, Context>) {
    this.id = rule.id;
    this.kind = rule.kind;
    this.legal = rule.kind === 'legal';
    this.params = rule.params;
    this.citations = rule.citations;
    this.check = rule.check;
  }

  /** The trace entry of this rule for a status: shared and frozen for the five statuses, fresh for anything else. */
  trace(status: RuleStatus): TraceEntry {
    switch (status) {
      case 'pass':
        return (this.tracePass ??= this.entry(status));
      case 'fail':
        return (this.traceFail ??= this.entry(status));
      case 'unknown':
        return (this.traceUnknown ??= this.entry(status));
      case 'advice':
        return (this.traceAdvice ??= this.entry(status));
      case 'not-applicable':
        return (this.traceNotApplicable ??= this.entry(status));
      default:
        return { ruleId: this.id, kind: this.kind, status, params: this.params };
    }
  }

  private entry(status: RuleStatus): TraceEntry {
    return Object.freeze({ ruleId: this.id, kind: this.kind, status, params: this.params });
  }

  /** The finding for a draft of an outcome: shared when the outcome is constant (see {@link constantOutcome}), else fresh. */
  finding(draft: FindingDraft, status: RuleStatus, constant: boolean): Finding {
    if (!constant) return freshFinding(this, draft, status);
    const stamped = this.stamped;
    for (let i = 0; i < stamped.length; i++) {
      const s = stamped[i]!;
      if (s.draft === draft && s.status === status) return s.finding;
    }
    const params = draft.params;
    if (stamped.length < MAX_STAMPED) {
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
        code: draft.code,
        ruleId: this.id,
        kind: this.kind,
        severity: draft.severity ?? (this.kind === 'policy' ? 'info' : status === 'fail' ? 'error' : 'warning'),
        params: params ?? EMPTY_PARAMS,
        citations: this.citations,
      };
      const path = draft.path;
      if (path !== undefined) finding.path = path;
      stamped.push({ draft, status, finding: Object.freeze(finding) });
      return finding;
    }
    return freshFinding(this, draft, status);
  }
}

/**
 * A finding stamped from a draft, for this call only. (Kept apart from the
 * shared stamping so that reading the drafts of fresh outcomes, usually of
 * one or two shapes, stays fast.)
 */
function freshFinding(step: Step<any, any>, draft: FindingDraft, status: RuleStatus): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: draft.code,
    ruleId: step.id,
    kind: step.kind,
    severity: draft.severity ?? (step.kind === 'policy' ? 'info' : status === 'fail' ? 'error' : 'warning'),
    params: draft.params ?? {},
    citations: step.citations,
  };
  const path = draft.path;
  if (path !== undefined) finding.path = path;
  return finding;
}

/** How many nodes a plan's memo may hold (a few thousand combinations of outcomes). */
const MAX_MEMO_NODES = 4096;

/**
 * What a combination of outcomes gives when all are constant but one, the
 * "fresh" one (made for this input, e.g. with the candidate's age in its
 * findings): everything but that rule's findings, worked out once.
 */
interface Template {
  /** The rule whose outcome is fresh. */
  readonly at: number;
  /** Stamped (shared, frozen) findings of the rules before and after it. */
  readonly before: readonly Finding[];
  readonly after: readonly Finding[];
  /** Whether a legal rule other than it failed, or could not decide. */
  readonly failed: boolean;
  readonly unknown: boolean;
  /** The other legal rules' missing inputs, in order, without repeats (frozen). */
  readonly missing: readonly string[];
  /** The trace (frozen): it depends on the statuses only. */
  readonly trace: readonly TraceEntry[];
}

/**
 * A node of a plan's memo: a path of outcomes, one per rule, from the first
 * rule. Edges are constant outcomes (by identity), and at most one edge per
 * path is a fresh outcome (by its status). At the end of a full path: the
 * frozen evaluation (constant outcomes only), or the template (one fresh).
 */
class MemoNode {
  // The first children, by constant outcome, in fields (one object to read on the way); the others in a Map.
  private key0: RuleOutcome | undefined = undefined;
  private child0: MemoNode | undefined = undefined;
  private key1: RuleOutcome | undefined = undefined;
  private child1: MemoNode | undefined = undefined;
  private key2: RuleOutcome | undefined = undefined;
  private child2: MemoNode | undefined = undefined;
  private more: Map<RuleOutcome, MemoNode> | undefined = undefined;
  /** Children by the status of a fresh outcome of the next rule. */
  fresh: Map<RuleStatus, MemoNode> | undefined = undefined;
  withTrace: Evaluation | undefined = undefined;
  withoutTrace: Evaluation | undefined = undefined;
  template: Template | undefined = undefined;

  constructor(
    /** The node one rule up (none for the root). */
    readonly parent: MemoNode | undefined,
    /** The constant outcome of the rule that led here from the parent (none for the root and after a fresh one). */
    readonly outcome: RuleOutcome | undefined,
  ) {}

  child(outcome: RuleOutcome): MemoNode | undefined {
    if (outcome === this.key0) return this.child0;
    if (outcome === this.key1) return this.child1;
    if (outcome === this.key2) return this.child2;
    return this.more?.get(outcome);
  }

  add(outcome: RuleOutcome, child: MemoNode): void {
    if (this.child0 === undefined) {
      this.key0 = outcome;
      this.child0 = child;
    } else if (this.child1 === undefined) {
      this.key1 = outcome;
      this.child1 = child;
    } else if (this.child2 === undefined) {
      this.key2 = outcome;
      this.child2 = child;
    } else (this.more ??= new Map()).set(outcome, child);
  }
}

/** Whether an outcome can never change: made by {@link constantOutcome} (frozen, with its findings, their parameters and its missing paths). */
const isConstant = (outcome: RuleOutcome): boolean => CONSTANT_OUTCOMES.has(outcome);

/** A fresh outcome a template can take: an object with findings (an array) or none, and no missing inputs. */
function fitsTemplate(outcome: RuleOutcome): boolean {
  if (typeof outcome !== 'object' || outcome === null) return false;
  const findings = outcome.findings;
  const missing = outcome.missing;
  return (findings === undefined || Array.isArray(findings)) && (missing === undefined || (Array.isArray(missing) && missing.length === 0));
}

class Plan<Input, Context> implements EvaluationPlan<Input, Context> {
  private readonly steps: readonly Step<Input, Context>[];
  /** What combinations of outcomes already seen give. */
  private readonly memo = new MemoNode(undefined, undefined);
  private memoNodes = 0;

  constructor(
    readonly rules: readonly Rule<Input, any, Context>[],
    readonly ruleSetVersion: string,
  ) {
    this.steps = rules.map((rule) => new Step(rule));
  }

  evaluate(input: Input, context: Context, recordTrace = true): Evaluation {
    const steps = this.steps;
    const n = steps.length;
    // The same outcomes always give the same evaluation: follow them in the memo as the rules run.
    // The outcomes are only gathered (from the memo path, then as they come) once the memo cannot answer.
    let node: MemoNode | undefined = this.memo;
    let outcomes: RuleOutcome[] | undefined;
    let fresh: RuleOutcome | undefined;
    let freshAt = -1;
    let missAt = -1;
    let missFrom: MemoNode | undefined;
    for (let i = 0; i < n; i++) {
      const step = steps[i]!;
      let outcome: RuleOutcome;
      try {
        // One call site per position (for the first eight rules): a batch runs the same rule at each, so each
        // call stays monomorphic and can be inlined, where a single call site would see every rule.
        switch (i) {
          case 0:
            outcome = step.check(input, step.params, context);
            break;
          case 1:
            outcome = step.check(input, step.params, context);
            break;
          case 2:
            outcome = step.check(input, step.params, context);
            break;
          case 3:
            outcome = step.check(input, step.params, context);
            break;
          case 4:
            outcome = step.check(input, step.params, context);
            break;
          case 5:
            outcome = step.check(input, step.params, context);
            break;
          case 6:
            outcome = step.check(input, step.params, context);
            break;
          case 7:
            outcome = step.check(input, step.params, context);
            break;
          default:
            outcome = step.check(input, step.params, context);
        }
      } catch (error) {
        outcome = new Outcome('unknown', [{ code: 'engine.rule-error', severity: 'error', params: { rule: step.id, reason: error instanceof Error ? error.message : String(error) } }], undefined);
      }
      if (node !== undefined) {
        let next = node.child(outcome);
        if (next === undefined && freshAt < 0 && node.fresh !== undefined && !isConstant(outcome) && fitsTemplate(outcome)) {
          next = node.fresh.get(outcome.status);
          if (next !== undefined) {
            fresh = outcome;
            freshAt = i;
          }
        }
        if (next !== undefined) {
          node = next;
          continue;
        }
        outcomes = pathTo(node, n, fresh, freshAt);
        missAt = i;
        missFrom = node;
        node = undefined;
      }
      outcomes![i] = outcome;
    }
    if (node !== undefined) {
      if (freshAt < 0) {
        const known = recordTrace ? node.withTrace : node.withoutTrace;
        if (known !== undefined) return known;
      } else if (node.template !== undefined) {
        return this.fromTemplate(node.template, fresh!, recordTrace);
      }
      outcomes = pathTo(node, n, fresh, freshAt);
      missAt = n;
      missFrom = node;
    }
    return this.remember(outcomes!, missAt, missFrom!, this.combine(outcomes!, recordTrace), recordTrace);
  }

  /** Combines the outcomes of every rule into an evaluation: the engine proper. */
  private combine(outcomes: readonly RuleOutcome[], recordTrace: boolean): Evaluation {
    const steps = this.steps;
    // Findings are counted first, so that their array is allocated once, at its size.
    let count = 0;
    for (let i = 0; i < steps.length; i++) count += outcomes[i]!.findings?.length ?? 0;
    const findings: Finding[] | readonly never[] = count === 0 ? EMPTY : new Array<Finding>(count);
    let found = 0;
    let missing: string[] | undefined;
    const trace: TraceEntry[] | readonly never[] = recordTrace ? new Array<TraceEntry>(steps.length) : EMPTY;
    let failed = false;
    let unknown = false;

    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const outcome = outcomes[i]!;
      const status = outcome.status;
      if (step.legal) {
        if (status === 'fail') failed = true;
        else if (status === 'unknown') unknown = true;
      }
      const drafts = outcome.findings;
      if (drafts) {
        const constant = isConstant(outcome);
        for (let j = 0; j < drafts.length; j++) (findings as Finding[])[found++] = step.finding(drafts[j]!, status, constant);
      }
      const paths = outcome.missing;
      if (paths && step.legal) {
        for (let j = 0; j < paths.length; j++) {
          const path = paths[j]!;
          if (missing === undefined) missing = [path];
          else if (!missing.includes(path)) missing.push(path);
        }
      }
      if (recordTrace) (trace as TraceEntry[])[i] = step.trace(status);
    }

    const verdict: Verdict = failed ? 'ineligible' : unknown ? 'undetermined' : 'eligible';
    return {
      verdict,
      findings,
      missing: verdict === 'undetermined' && missing !== undefined ? missing : EMPTY,
      trace,
      ruleSetVersion: this.ruleSetVersion,
    };
  }

  /** {@link combine} for a template and its fresh outcome (which has no missing inputs): its findings are the only new ones. */
  private fromTemplate(template: Template, fresh: RuleOutcome, recordTrace: boolean): Evaluation {
    const step = this.steps[template.at]!;
    const status = fresh.status;
    const failed = template.failed || (step.legal && status === 'fail');
    const unknown = template.unknown || (step.legal && status === 'unknown');
    const drafts = fresh.findings;
    const before = template.before;
    const after = template.after;
    const count = before.length + (drafts === undefined ? 0 : drafts.length) + after.length;
    let findings: Finding[] | readonly never[] = EMPTY;
    if (count > 0) {
      const list = new Array<Finding>(count);
      let found = 0;
      for (let j = 0; j < before.length; j++) list[found++] = before[j]!;
      if (drafts !== undefined) for (let j = 0; j < drafts.length; j++) list[found++] = freshFinding(step, drafts[j]!, status);
      for (let j = 0; j < after.length; j++) list[found++] = after[j]!;
      findings = list;
    }
    const verdict: Verdict = failed ? 'ineligible' : unknown ? 'undetermined' : 'eligible';
    return { verdict, findings, missing: verdict === 'undetermined' ? template.missing : EMPTY, trace: recordTrace ? template.trace : EMPTY, ruleSetVersion: this.ruleSetVersion };
  }

  /**
   * Keeps what a combination of outcomes gives, when all are constant (the
   * evaluation, frozen, which is returned) or all but one (a template for
   * the next input with the same outcomes but that one); otherwise, or when
   * the memo is full, keeps nothing. The memo already holds the outcomes
   * before `from` (the node reached at rule `at`).
   */
  private remember(outcomes: readonly RuleOutcome[], at: number, from: MemoNode, evaluation: Evaluation, recordTrace: boolean): Evaluation {
    const n = outcomes.length;
    // The fresh outcome on this path: one already followed above `from`, or one among the rest.
    let freshAt = -1;
    for (let up: MemoNode | undefined = from, depth = at; up !== undefined && up.parent !== undefined; up = up.parent, depth -= 1) {
      if (up.outcome === undefined) freshAt = depth - 1;
    }
    for (let i = at; i < n; i++) {
      const outcome = outcomes[i]!;
      if (isConstant(outcome)) continue;
      if (freshAt >= 0 || !fitsTemplate(outcome)) return evaluation;
      freshAt = i;
    }
    if (this.memoNodes + n - at > MAX_MEMO_NODES) return evaluation;
    let node = from;
    for (let i = at; i < n; i++) {
      const outcome = outcomes[i]!;
      let next: MemoNode;
      if (i === freshAt) {
        next = new MemoNode(node, undefined);
        (node.fresh ??= new Map()).set(outcome.status, next);
      } else {
        next = new MemoNode(node, outcome);
        node.add(outcome, next);
      }
      this.memoNodes += 1;
      node = next;
    }
    if (freshAt >= 0) {
      node.template = this.template(outcomes, freshAt);
      return evaluation;
    }
    // Findings of constant outcomes are shared frozen ones (see Step.finding) unless that cache was full: freeze them all.
    const frozen: Evaluation = Object.freeze({
      verdict: evaluation.verdict,
      findings: evaluation.findings.length === 0 ? EMPTY : Object.freeze(evaluation.findings.map((finding) => Object.freeze(finding))),
      missing: evaluation.missing.length === 0 ? EMPTY : Object.freeze(evaluation.missing.slice()),
      trace: evaluation.trace.length === 0 ? EMPTY : Object.freeze(evaluation.trace.map((entry) => Object.freeze(entry))),
      ruleSetVersion: evaluation.ruleSetVersion,
    });
    if (recordTrace) node.withTrace = frozen;
    else node.withoutTrace = frozen;
    return frozen;
  }

  /** The template of outcomes that are all constant but the one at `at` (which has no missing inputs). */
  private template(outcomes: readonly RuleOutcome[], at: number): Template {
    const before: Finding[] = [];
    const after: Finding[] = [];
    const missing: string[] = [];
    const trace: TraceEntry[] = [];
    let failed = false;
    let unknown = false;
    for (let i = 0; i < outcomes.length; i++) {
      const step = this.steps[i]!;
      const outcome = outcomes[i]!;
      const status = outcome.status;
      trace.push(Object.freeze(step.trace(status)));
      if (i === at) continue;
      if (step.legal) {
        if (status === 'fail') failed = true;
        else if (status === 'unknown') unknown = true;
        for (const path of outcome.missing ?? []) if (!missing.includes(path)) missing.push(path);
      }
      for (const draft of outcome.findings ?? []) (i < at ? before : after).push(Object.freeze(step.finding(draft, status, true)));
    }
    return {
      at,
      before: Object.freeze(before),
      after: Object.freeze(after),
      failed,
      unknown,
      missing: missing.length === 0 ? EMPTY : Object.freeze(missing),
      trace: Object.freeze(trace),
    };
  }
}

/** The outcomes on the memo path to `node` (one per rule above it; `fresh` for the fresh one), in an array for all `n` rules. */
function pathTo(node: MemoNode, n: number, fresh: RuleOutcome | undefined, freshAt: number): RuleOutcome[] {
  const outcomes = new Array<RuleOutcome>(n);
  let depth = 0;
  for (let up: MemoNode | undefined = node; up.parent !== undefined; up = up.parent) depth += 1;
  for (let up: MemoNode | undefined = node; up.parent !== undefined; up = up.parent) {
    depth -= 1;
    outcomes[depth] = depth === freshAt ? fresh! : up.outcome!;
  }
  return outcomes;
}

/**
 * Compiles a rule set for repeated evaluation: see {@link EvaluationPlan}.
 * Compile once per rule set (e.g. per election date) and keep the plan; the
 * rules are read when compiling.
 *
 * @example
 * const plan = compileRules(rulesInForce, { ruleSetVersion: '0.1.0' });
 * for (const candidate of batch) plan.evaluate(candidate, { electionDate: '2021-01-10' }).verdict;
 */
export function compileRules<Input, Context>(rules: readonly Rule<Input, any, Context>[], options: { readonly ruleSetVersion: string }): EvaluationPlan<Input, Context> {
  return new Plan(rules, options.ruleSetVersion);
}

/**
 * A rule outcome with all three members (`findings` and `missing` may be
 * `undefined`). Outcomes made this way share one shape, so the engine reads
 * them faster than object literals of varying shapes; the meaning is the same.
 *
 * @example
 * return ruleOutcome('fail', [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age: 20, minAge: 21, reachesOn: '2021-01-11' } }]);
 */
export function ruleOutcome(status: RuleStatus, findings?: readonly FindingDraft[], missing?: readonly string[]): RuleOutcome {
  return new Outcome(status, findings, missing);
}

class Outcome implements RuleOutcome {
  constructor(
    readonly status: RuleStatus,
    readonly findings: readonly FindingDraft[] | undefined,
    readonly missing: readonly string[] | undefined,
  ) {}
}

/** Outcomes made by {@link constantOutcome}: frozen through and through. */
const CONSTANT_OUTCOMES = new WeakSet<object>();

/**
 * A frozen {@link ruleOutcome} with the same members as `outcome` (its
 * findings, their parameters and its missing paths frozen too), so that a
 * rule can return the same object on every call: the engine then stamps each
 * of its findings once and shares the result.
 *
 * @example
 * const NOT_MEMBER = constantOutcome({ status: 'advice', findings: [{ code: 'policy.not-party-member', severity: 'warning', path: 'partyMember' }] });
 */
export function constantOutcome(outcome: RuleOutcome): RuleOutcome {
  const findings = outcome.findings?.map((draft) => Object.freeze(draft.params ? { ...draft, params: Object.freeze({ ...draft.params }) } : { ...draft }));
  const constant = Object.freeze(new Outcome(outcome.status, findings && Object.freeze(findings), outcome.missing && Object.freeze([...outcome.missing])));
  CONSTANT_OUTCOMES.add(constant);
  return constant;
}
