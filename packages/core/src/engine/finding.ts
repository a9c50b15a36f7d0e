import type { Citation } from './citation';

/**
 * `legal` rules decide a verdict; `policy` rules (Party guidance such as
 * "bí thư chi bộ kiêm trưởng thôn") only advise and never change it.
 */
export type RuleKind = 'legal' | 'policy';

/** How a finding should be shown. */
export type Severity = 'error' | 'warning' | 'info';

/** A value a message catalogue can interpolate. */
export type FindingParam = string | number | boolean | null;

/**
 * One thing a rule found. It carries a stable `code` and `params`; the text is
 * rendered from the vi/en catalogues, never built here.
 */
export interface Finding {
  readonly code: string;
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly severity: Severity;
  readonly params: Readonly<Record<string, FindingParam>>;
  readonly citations: readonly Citation[];
  /** The input field the finding is about (e.g. `dateOfBirth`, `attestations.health`), when there is one. */
  readonly path?: string;
}

/** What a rule's check returns for one finding; the engine adds rule id, kind and citations. */
export interface FindingDraft {
  readonly code: string;
  readonly severity?: Severity;
  readonly params?: Readonly<Record<string, FindingParam>>;
  /** The input field the finding is about, when there is one. */
  readonly path?: string;
}
