export { classifyUnit, unitKindOf, type UnitCategory, type UnitProblem } from './classifyUnit';
export { secretaryReportRule, type SecretaryReportContext, type SecretaryReportDecision, type SecretaryReportParams } from './rule';
export {
  secretaryAlsoLeaderReport,
  buildSecretaryReport,
  type SecretaryReport,
  type SecretaryReportOptions,
  type ReportNode,
  type ReportCounts,
  type CountRow,
  type LeaderCounts,
  type LeaderPercentages,
  type UnitRef,
  type ReportIssue,
  type ReportingDeadline,
} from './secretaryReport';

import { secretaryReportRule } from './rule';

/** The report rules, for listings. */
export const REPORT_RULES = [secretaryReportRule] as const;
