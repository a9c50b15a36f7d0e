export { type Citation, type Confidence, formatCitation } from './citation';
export { type Finding, type FindingDraft, type FindingParam, type RuleKind, type Severity } from './finding';
export { type Rule, type RuleOutcome, type RuleStatus, defineRule } from './rule';
export { type Evaluation, type TraceEntry, type Verdict } from './verdict';
export { decisionOf, evaluate, ENGINE_CODES, type EvaluateOptions, stampFinding } from './evaluate';
