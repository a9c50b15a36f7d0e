import type { TraceEntry } from '../engine/verdict';
import { canonicalJson } from './canonicalJson';
import { sha256 } from './sha256';

/**
 * What is needed to reproduce a decision later: the rule-set version, a hash
 * of the parsed input and context (never the input itself, so the record can
 * be logged without personal data), and the rules that fired with their status.
 */
export interface AuditRecord {
  readonly ruleSetVersion: string;
  /** `sha256:` + hex of the canonical JSON of `{ input, context }`; `null` when the input could not be parsed. */
  readonly inputHash: string | null;
  readonly rulesFired: readonly { readonly ruleId: string; readonly status: TraceEntry['status'] }[];
  readonly verdict: string;
}

/**
 * Builds an {@link AuditRecord}. Same input, context and rule-set version →
 * the same record, byte for byte (under {@link canonicalJson}).
 *
 * @example
 * auditRecord({ ruleSetVersion: '0.1.0', input, context, trace, verdict: 'eligible' }).inputHash // 'sha256:…'
 */
export function auditRecord(args: {
  readonly ruleSetVersion: string;
  readonly input: unknown;
  readonly context: unknown;
  readonly trace: readonly TraceEntry[];
  readonly verdict: string;
}): AuditRecord {
  return {
    ruleSetVersion: args.ruleSetVersion,
    inputHash: `sha256:${sha256(canonicalJson({ input: args.input, context: args.context }))}`,
    rulesFired: args.trace.map((t) => ({ ruleId: t.ruleId, status: t.status })),
    verdict: args.verdict,
  };
}
