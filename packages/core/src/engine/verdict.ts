import type { Finding } from './finding';
import type { RuleStatus } from './rule';

/**
 * - `eligible`: every legal rule passed;
 * - `ineligible`: at least one legal rule failed;
 * - `undetermined`: no legal rule failed, but some could not be decided
 *   because inputs are missing (listed in `missing`). Never `eligible` by default.
 */
export type Verdict = 'eligible' | 'ineligible' | 'undetermined';

/** One line of the trace: a rule that ran, with the parameter values it used. */
export interface TraceEntry {
  readonly ruleId: string;
  readonly kind: 'legal' | 'policy';
  readonly status: RuleStatus;
  readonly params: unknown;
}

/** The result of evaluating a rule set on one input. */
export interface Evaluation {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  /** Inputs that could still change an `undetermined` verdict (empty otherwise). */
  readonly missing: readonly string[];
  /** Which rules ran, in order, with their parameters (empty when tracing is off). */
  readonly trace: readonly TraceEntry[];
  /** Version of the rule set that produced the result (for audit). */
  readonly ruleSetVersion: string;
  /**
   * What the rules decided besides their status, by rule id (read with
   * `decisionOf`); present only when at least one rule returned a decision.
   */
  readonly decisions?: ReadonlyMap<string, unknown>;
}
