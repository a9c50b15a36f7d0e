import type { Finding } from './finding';
import type { Rule } from './rule';
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

  for (const rule of rules) {
    let outcome;
    try {
      outcome = rule.check(input, rule.params, context);
    } catch (error) {
      outcome = {
        status: 'unknown' as const,
        findings: [{ code: 'engine.rule-error', severity: 'error' as const, params: { rule: rule.id, reason: error instanceof Error ? error.message : String(error) } }],
      };
    }
    if (rule.kind === 'legal') {
      if (outcome.status === 'fail') failed = true;
      else if (outcome.status === 'unknown') unknown = true;
    }
    if (outcome.findings) {
      for (const draft of outcome.findings) {
        const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
          code: draft.code,
          ruleId: rule.id,
          kind: rule.kind,
          severity: draft.severity ?? (rule.kind === 'policy' ? 'info' : outcome.status === 'fail' ? 'error' : 'warning'),
          params: draft.params ?? {},
          citations: rule.citations,
        };
        if (draft.path !== undefined) finding.path = draft.path;
        findings.push(finding);
      }
    }
    if (outcome.missing && rule.kind === 'legal') {
      for (const path of outcome.missing) if (!missing.includes(path)) missing.push(path);
    }
    if (recordTrace) trace.push({ ruleId: rule.id, kind: rule.kind, status: outcome.status, params: rule.params });
  }

  const verdict: Verdict = failed ? 'ineligible' : unknown ? 'undetermined' : 'eligible';
  return { verdict, findings, missing: verdict === 'undetermined' ? missing : [], trace, ruleSetVersion: options.ruleSetVersion };
}
