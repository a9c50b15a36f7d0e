import type { IsoDate } from '../calendar/isoDate';
import type { Citation, Confidence } from './citation';
import type { FindingDraft, RuleKind } from './finding';

/**
 * The outcome of one rule on one input:
 * - `pass`: the condition holds;
 * - `fail`: it does not (a `legal` failure makes the verdict `ineligible`);
 * - `unknown`: an input it needs is missing (the verdict becomes `undetermined`);
 * - `advice`: a `policy` rule has something to say;
 * - `not-applicable`: the rule does not concern this input.
 */
export type RuleStatus = 'pass' | 'fail' | 'unknown' | 'advice' | 'not-applicable';

/** What a rule's check returns. */
export interface RuleOutcome<Decision = unknown> {
  readonly status: RuleStatus;
  readonly findings?: readonly FindingDraft[];
  /** Inputs whose absence made the status `unknown` (dotted paths, e.g. `attestations.health`). */
  readonly missing?: readonly string[];
  /**
   * What the rule decides besides its status, for the caller to read with
   * `decisionOf` (a meeting's winner, a deadline with its basis): the one
   * place that figure is computed.
   */
  readonly decision?: Decision;
  /**
   * The texts this outcome rests on, when narrower than the rule's own: a
   * rule whose parameter took a new value under a new text cites the value in
   * force on the date. Its findings carry these instead of the rule's.
   */
  readonly citations?: readonly Citation[];
}

/**
 * A rule: data plus a small pure function. Its id, kind, citations, validity
 * and parameters can be listed without running it.
 */
export interface Rule<Input, Params = Readonly<Record<string, unknown>>, Context = unknown, Decision = unknown> {
  /** Stable id, e.g. `ELIG.AGE.MIN`. */
  readonly id: string;
  readonly kind: RuleKind;
  /** English one-line summary, for listings and docs (user-facing text comes from the catalogues). */
  readonly summary: string;
  readonly citations: readonly Citation[];
  /** Lowest confidence among the facts the rule encodes. */
  readonly confidence: Confidence;
  /** First and last day (inclusive) on which the rule applies; `to: null` is open-ended. */
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly params: Params;
  /** Every finding code the check may emit, so catalogues and docs can be checked without running it. */
  readonly codes: readonly string[];
  readonly check: (input: Input, params: Params, context: Context) => RuleOutcome<Decision>;
}

/** Defines a rule, keeping its parameter, input and decision types. Identity at run time. */
export function defineRule<Input, Params, Context = unknown, Decision = unknown>(rule: Rule<Input, Params, Context, Decision>): Rule<Input, Params, Context, Decision> {
  return rule;
}
