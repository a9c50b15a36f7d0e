import { type AuditRecord, auditRecord } from '@truongthon/core';
import { type CandidateResult, type CheckOptions, runCandidateCheck } from './checkCandidate';
import { RULESET_VERSION } from './version';

/** A {@link CandidateResult} with its audit record. */
export interface AuditedCandidateResult extends CandidateResult {
  readonly audit: AuditRecord;
}

/**
 * {@link checkCandidate} plus an audit record: the rule-set version, a SHA-256
 * of the canonical parsed input and context (after NFC normalisation, so the
 * same person typed two ways hashes the same), the rules that fired and the
 * verdict, with no personal data. Kept apart from `checkCandidate` so bundles
 * that do not audit (the web widget) leave the hashing code out.
 * For an `invalid` input, `inputHash` is `null` (nothing was parsed).
 *
 * @example
 * checkCandidateWithAudit(candidate, { electionDate: '2021-01-10', province: '46' }).audit
 * // { ruleSetVersion: '0.1.0', inputHash: 'sha256:…', rulesFired: [{ ruleId: 'ELIG.RESIDENCE', status: 'pass' }, …], verdict: 'eligible' }
 */
export function checkCandidateWithAudit(input: unknown, context: unknown, options: CheckOptions = {}): AuditedCandidateResult {
  const { result, parsed } = runCandidateCheck(input, context, { ...options, trace: true });
  const audit: AuditRecord = parsed
    ? auditRecord({
        ruleSetVersion: RULESET_VERSION,
        input: parsed.candidate,
        context: { electionDate: parsed.electionDate, province: parsed.provinceCode },
        trace: result.trace,
        verdict: result.verdict,
      })
    : { ruleSetVersion: RULESET_VERSION, inputHash: null, rulesFired: [], verdict: result.verdict };
  return { ...result, trace: options.trace === false ? [] : result.trace, audit };
}
