import type { TraceEntry } from '../engine/verdict';

/**
 * What is needed to reproduce a decision later: the rule-set version, a hash
 * of the parsed input and context (never the input itself, so the record can
 * be logged without personal data), and the rules that fired with their status.
 */
export interface AuditRecord {
  readonly ruleSetVersion: string;
  /**
   * `sha256:` + hex of the canonical JSON ({@link canonicalJson}) of
   * `{ input, context }`, as UTF-8; `null` when the input could not be parsed.
   * `@truongthon/rules` computes it (`auditInputHash`, where the bytes are defined).
   */
  readonly inputHash: string | null;
  readonly rulesFired: readonly { readonly ruleId: string; readonly status: TraceEntry['status'] }[];
  readonly verdict: string;
}

/**
 * Builds an {@link AuditRecord} from a check's trace and an input hash
 * computed by the caller (core carries no hash implementation: the rules
 * package hashes with `@noble/hashes`). Only each rule's id and status are
 * kept from the trace, never its parameters.
 *
 * @example
 * auditRecord({ ruleSetVersion: '0.1.0', inputHash: 'sha256:…', trace, verdict: 'eligible' })
 * // { ruleSetVersion: '0.1.0', inputHash: 'sha256:…', rulesFired: [{ ruleId: 'ELIG.AGE.MIN', status: 'pass' }, …], verdict: 'eligible' }
 */
export function auditRecord(args: {
  readonly ruleSetVersion: string;
  readonly inputHash: string | null;
  readonly trace: readonly TraceEntry[];
  readonly verdict: string;
}): AuditRecord {
  return {
    ruleSetVersion: args.ruleSetVersion,
    inputHash: args.inputHash,
    rulesFired: args.trace.map((t) => ({ ruleId: t.ruleId, status: t.status })),
    verdict: args.verdict,
  };
}
