import { type AuditRecord, auditRecord } from '@truongthon/core';
import { auditInputHash } from './auditHash';
import { type CandidateResult, type CheckOptions, runCandidateCheck } from './checkCandidate';
import { RULESET_VERSION } from './version';

/** A {@link CandidateResult} with its audit record. */
export interface AuditedCandidateResult extends CandidateResult {
  readonly audit: AuditRecord;
}

/**
 * {@link checkCandidate} plus an audit record: the rule-set version, a SHA-256
 * of the canonical parsed input and context (after NFC normalisation, so the
 * same person typed two ways hashes the same; the exact bytes are defined at
 * {@link auditInputHash}), the rules that fired and the verdict, with no
 * personal data. Kept apart from `checkCandidate` so bundles that do not
 * audit (the web widget) leave the hashing code out.
 * For an `invalid` input, `inputHash` is `null` (nothing was parsed).
 *
 * @example
 * checkCandidateWithAudit(candidate, { electionDate: '2021-01-10', province: '46' }).audit
 * // { ruleSetVersion: '0.1.0', inputHash: 'sha256:…', rulesFired: [{ ruleId: 'ELIG.RESIDENCE', status: 'pass' }, …], verdict: 'eligible' }
 */
export function checkCandidateWithAudit(input: unknown, context: unknown, options: CheckOptions = {}): AuditedCandidateResult {
  const { result, parsed } = runCandidateCheck(input, context, { ...options, trace: true });
  const audit: AuditRecord = auditRecord({
    ruleSetVersion: RULESET_VERSION,
    inputHash: parsed ? auditInputHash(parsed.candidate, { electionDate: parsed.electionDate, province: parsed.provinceCode }) : null,
    trace: parsed ? result.trace : [],
    verdict: result.verdict,
  });
  return { ...result, trace: options.trace === false ? [] : result.trace, audit };
}
