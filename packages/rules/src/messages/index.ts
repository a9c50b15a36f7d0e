import type { Finding, FindingParam, InputIssue } from '@truongthon/core';
import { FIELD_LABELS, MESSAGES } from './all';
import type { Lang } from './catalogue';
import { createFormatter } from './format';

export type { Catalogue, Lang } from './catalogue';
export { MESSAGES, FIELD_LABELS } from './all';
export { CANDIDATE_MESSAGES, CANDIDATE_FIELD_LABELS } from './candidate';
export { PROCEDURE_MESSAGES, PROCEDURE_FIELD_LABELS } from './procedure';
export { TERM_MESSAGES } from './terms';
export { createFormatter, fillTemplate, type Catalogues, type MessageFormatter } from './format';
export { dateInWords, displayDate } from './date';
export { displayCount, displayNumber, displayPercent } from './number';
export { citationText, citesIssuer, documentText, type DocumentType } from './citation';
export { PARAMETER_SUMMARIES_VI, RULE_SUMMARIES_VI, ruleSummary } from './ruleSummaries';

/** The four text functions over every catalogue. */
const ALL = /* @__PURE__ */ createFormatter(MESSAGES, FIELD_LABELS);

/**
 * The label of an input field (`dateOfBirth` → "Ngày sinh"); the path itself
 * when there is none.
 */
export function fieldLabel(path: string, lang: Lang = 'vi'): string {
  return ALL.fieldLabel(path, lang);
}

/**
 * Renders a coded message in Vietnamese (default) or English: `{name}`
 * placeholders take `params`; `{field}` and `{criterion}` are shown as field
 * labels. An unknown code renders as the code itself; never throws. Uses
 * every catalogue (`MESSAGES`); `createFormatter` renders from a narrower
 * choice.
 *
 * @example
 * formatMessage('elig.age.under-minimum', { age: 20, minAge: 21, reachesOn: '2021-01-11' }, 'en')
 * // 'Under 21 on the election date (20 years old); reaches 21 on 2021-01-11.'
 */
export function formatMessage(code: string, params: Readonly<Record<string, FindingParam | undefined>> = {}, lang: Lang = 'vi'): string {
  return ALL.formatMessage(code, params, lang);
}

/** The text of a finding; never throws. */
export function formatFinding(finding: Finding, lang: Lang = 'vi'): string {
  return ALL.formatFinding(finding, lang);
}

/** The text of an input issue, naming its field; never throws. */
export function formatIssue(issue: InputIssue, lang: Lang = 'vi'): string {
  return ALL.formatIssue(issue, lang);
}
