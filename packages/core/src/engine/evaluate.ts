import type { Finding, FindingDraft, RuleKind } from './finding';
import type { Citation } from './citation';
import type { Rule, RuleOutcome, RuleStatus } from './rule';
import type { Evaluation, TraceEntry, Verdict } from './verdict';

/** Finding codes the engine itself emits. */
export const ENGINE_CODES = ['engine.rule-error'] as const;

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Record a trace of every rule that ran (default `true`). */
  readonly trace?: boolean;
  /** Version string of the rule set, copied to the result. */
  readonly ruleSetVersion: string;
}

/**
 * Runs every rule on the input, synchronously and in order, and combines the
 * outcomes into a verdict. Legal and policy findings never mix: only `legal`
 * rules decide the verdict; `policy` rules add advisory findings.
 *
 * A rule whose check throws does not crash the evaluation: it yields an
 * `engine.rule-error` finding and makes the verdict `undetermined`.
 *
 * @example
 * const result = evaluate([minimumAge], candidate, context, { ruleSetVersion: '0.1.0' });
 * result.verdict // 'eligible' | 'ineligible' | 'undetermined'
 */
export function evaluate<Input, Context>(
  rules: readonly Rule<Input, any, Context>[],
  input: Input,
  context: Context,
  options: EvaluateOptions,
): Evaluation {
  const findings: Finding[] = [];
  const missing: string[] = [];
  const trace: TraceEntry[] = [];
  const recordTrace = options.trace !== false;
  let failed = false;
  let unknown = false;
  let decisions: Map<string, unknown> | undefined;

  for (const rule of rules) {
    let outcome: RuleOutcome;
    try {
      outcome = rule.check(input, rule.params, context);
    } catch (error) {
      outcome = {
        status: 'unknown',
        findings: [{ code: 'engine.rule-error', severity: 'error', params: { rule: rule.id, reason: error instanceof Error ? error.message : String(error) } }],
      };
    }
    if (rule.kind === 'legal') {
      if (outcome.status === 'fail') failed = true;
      else if (outcome.status === 'unknown') unknown = true;
    }
    if (outcome.findings) for (const draft of outcome.findings) findings.push(stampFinding(rule, draft, outcome.status, outcome.citations));
    if (outcome.decision !== undefined) (decisions ??= new Map()).set(rule.id, outcome.decision);
    if (outcome.missing && rule.kind === 'legal') {
      for (const path of outcome.missing) if (!missing.includes(path)) missing.push(path);
    }
    if (recordTrace) trace.push({ ruleId: rule.id, kind: rule.kind, status: outcome.status, params: rule.params });
  }

  const verdict: Verdict = failed ? 'ineligible' : unknown ? 'undetermined' : 'eligible';
  const evaluation: Evaluation = { verdict, findings, missing: verdict === 'undetermined' ? missing : [], trace, ruleSetVersion: options.ruleSetVersion };
  return decisions ? { ...evaluation, decisions } : evaluation;
}

/**
 * The finding a rule's draft becomes: the rule's id and kind, the texts the
 * outcome rests on (`citations`, else the rule's), and a severity (the
 * draft's, else `info` for a policy rule, `error` for a failed legal rule,
 * `warning` otherwise). The one place findings are stamped: {@link evaluate}
 * uses it for every rule it runs.
 *
 * @example
 * stampFinding(quorum, { code: 'procedure.quorum.not-met', path: 'present' }, 'fail').severity // 'error'
 */
export function stampFinding(
  rule: { readonly id: string; readonly kind: RuleKind; readonly citations: readonly Citation[] },
  draft: FindingDraft,
  status: RuleStatus,
  citations: readonly Citation[] = rule.citations,
): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: draft.code,
    ruleId: rule.id,
    kind: rule.kind,
    severity: draft.severity ?? (rule.kind === 'policy' ? 'info' : status === 'fail' ? 'error' : 'warning'),
    params: draft.params ?? {},
    citations,
  };
  if (draft.path !== undefined) finding.path = draft.path;
  return finding;
}

/**
 * What `rule` decided in `evaluation` (its outcome's `decision`), or
 * `undefined` when it did not run, returned none, or could not run.
 *
 * @example
 * decisionOf(evaluate([recognition], record, context, options), recognition)?.date // '2023-09-22'
 */
export function decisionOf<Decision>(evaluation: Evaluation, rule: Rule<any, any, any, Decision>): Decision | undefined {
  return evaluation.decisions?.get(rule.id) as Decision | undefined;
}
