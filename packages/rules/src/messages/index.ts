import type { Finding, FindingParam, InputIssue } from '@truongthon/core';
import type { Catalogue, Lang } from './catalogue';
import { en, enFields } from './en';
import { vi, viFields } from './vi';
import { procedureEn, procedureEnFields } from './procedure.en';
import { procedureVi, procedureViFields } from './procedure.vi';

export type { Catalogue, Lang } from './catalogue';

/**
 * The message catalogues by language. Each area of this package keeps its
 * own catalogue files (vi.ts/en.ts here for candidates, inputs and terms);
 * they are merged statically here, so nothing depends on import side effects.
 */
export const MESSAGES: Readonly<Record<Lang, Catalogue>> = {
  vi: {
    ...vi,
    ...procedureVi,
  },
  en: {
    ...en,
    ...procedureEn,
  },
};

/** Field labels by language, keyed by dotted input path. */
export const FIELD_LABELS: Readonly<Record<Lang, Catalogue>> = {
  vi: {
    ...viFields,
    ...procedureViFields,
  },
  en: {
    ...enFields,
    ...procedureEnFields,
  },
};

/**
 * The label of an input field (`dateOfBirth` → "Ngày sinh"); the path itself
 * when there is none.
 */
export function fieldLabel(path: string, lang: Lang = 'vi'): string {
  return FIELD_LABELS[lang][path] ?? FIELD_LABELS[lang][path.replace(/\.\d+(?=\.|$)/gu, '')] ?? path;
}

/**
 * Renders a coded message in Vietnamese (default) or English: `{name}`
 * placeholders take `params`; `{field}` and `{criterion}` are shown as field
 * labels. An unknown code renders as the code itself, never throws.
 *
 * @example
 * formatMessage('elig.age.under-minimum', { age: 20, minAge: 21, reachesOn: '2021-01-11' }, 'en')
 * // 'Under 21 on the election date (20 years old); reaches 21 on 2021-01-11.'
 */
export function formatMessage(code: string, params: Readonly<Record<string, FindingParam | undefined>> = {}, lang: Lang = 'vi'): string {
  const template = MESSAGES[lang][code];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = params[name];
    if (name === 'criterion' && typeof value === 'string') return fieldLabel(`attestations.${value}`, lang);
    if (name === 'field' && typeof value === 'string') return fieldLabel(value, lang);
    if (value === undefined || value === null) return '';
    if (typeof value === 'number' && lang === 'vi') return String(value).replace('.', ',');
    return String(value);
  });
}

/** The text of a finding. */
export function formatFinding(finding: Finding, lang: Lang = 'vi'): string {
  return formatMessage(finding.code, finding.params, lang);
}

/** The text of an input issue, naming its field. */
export function formatIssue(issue: InputIssue, lang: Lang = 'vi'): string {
  return formatMessage(issue.code, { ...issue.params, field: issue.path }, lang);
}
