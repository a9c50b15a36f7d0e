/**
 * @packageDocumentation
 * Vietnam's law and Party policy for electing Trưởng thôn / Tổ trưởng tổ dân
 * phố, as dated, cited rules and parameters on top of `@truongthon/core`.
 *
 * @module @truongthon/rules
 */
export { checkCandidate, createCandidateChecker, evaluateCandidate, type CandidateResult, type CandidateVerdict, type CheckOptions } from './checkCandidate';
export { checkCandidateWithAudit, type AuditedCandidateResult } from './auditCandidate';
export { auditInputHash, sha256 } from './auditHash';
export { listRules, RULE_GROUPS, ruleAppliesOn, type RuleDescriptor } from './ruleRegistry';
export { LAW_REVIEWED_THROUGH, lawNotReviewed } from './law/reviewed';
export { defineParameter, parameterOn, type LawParameter, type ParameterValue } from './law/parameter';
export { LAW_PARAMETERS, listParameters, type ParameterDescriptor } from './law/parameters';
export { lawChanges, type LawChanges, type ParameterChange } from './law/changes';
export { dayOffCitation, holidayCitation, substituteDayCitation, WORKING_DAY_CITATIONS } from './law/calendar';
export { REGIMES, COVERAGE_START, resolveRegime, type Regime, type RegimeId } from './regimes/index';
export { SOURCES, type LegalSource, type SourceCitation, type SourceId } from './sources';
export { ELIGIBILITY_RULES, birthDatePlausible, type BirthDateParams, criteriaNotEncoded, minimumAge, residence, judgmentCriteria, type EligibilityContext } from './eligibility/index';
export { CANDIDATE_POLICY_RULES, partyMember, secretaryAlsoLeader } from './policy/index';
export * from './term/index';
export * from './provinces/index';
export * from './units/index';
export {
  MESSAGES,
  FIELD_LABELS,
  fieldLabel,
  formatMessage,
  formatFinding,
  formatIssue,
  CANDIDATE_MESSAGES,
  CANDIDATE_FIELD_LABELS,
  PROCEDURE_MESSAGES,
  PROCEDURE_FIELD_LABELS,
  TERM_MESSAGES,
  createFormatter,
  fillTemplate,
  dateInWords,
  displayDate,
  displayCount,
  displayNumber,
  displayPercent,
  PARAMETER_SUMMARIES_VI,
  RULE_SUMMARIES_VI,
  ruleSummary,
  type Catalogue,
  type Catalogues,
  type MessageFormatter,
  type Lang,
} from './messages/index';
export { citationText, citesIssuer, documentText, type DocumentType } from './messages/index';
export { RULESET_VERSION } from './version';
export * from './fields/index';
export * from './procedure/index';
export * from './report/index';
export * from './documents/index';
