import type { Finding, FindingParam, InputIssue } from '@truongthon/core';
import type { Catalogue, Lang } from './catalogue';
import { displayDate } from './date';
import { displayNumber } from './number';

/** Catalogues by language: the shape of `MESSAGES`, `FIELD_LABELS` and the per-area catalogues. */
export type Catalogues = Readonly<Record<Lang, Catalogue>>;

/**
 * The four text functions of the package, bound to a choice of catalogues.
 * Each behaves exactly like the package-level function of the same name.
 */
export interface MessageFormatter {
  /** The label of an input field (`dateOfBirth` → "Ngày sinh"); the path itself when there is none. */
  readonly fieldLabel: (path: string, lang?: Lang) => string;
  /** Renders a coded message; an unknown code renders as the code itself, never throws. */
  readonly formatMessage: (code: string, params?: Readonly<Record<string, FindingParam | undefined>>, lang?: Lang) => string;
  /** The text of a finding. */
  readonly formatFinding: (finding: Finding, lang?: Lang) => string;
  /** The text of an input issue, naming its field. */
  readonly formatIssue: (issue: InputIssue, lang?: Lang) => string;
}

/** @internal One catalogue per language with the codes of `areas`, in order (areas never share a code). */
export function mergeCatalogues(...areas: readonly Catalogues[]): Catalogues {
  return {
    vi: Object.assign({}, ...areas.map((area) => area.vi)) as Catalogue,
    en: Object.assign({}, ...areas.map((area) => area.en)) as Catalogue,
  };
}

/** @internal The label of `path` in `labels` (indices such as `.0` ignored); the path itself when there is none. */
export function labelIn(labels: Catalogues, path: string, lang: Lang): string {
  const catalogue = catalogueIn(labels, lang);
  if (typeof path !== 'string') return String(path);
  return entry(catalogue, path) ?? entry(catalogue, path.replace(/\.\d+(?=\.|$)/gu, '')) ?? path;
}

/** The catalogue of `lang`, or the Vietnamese one for any other value (a caller's typo must not throw). */
function catalogueIn(catalogues: Catalogues, lang: Lang): Catalogue {
  return lang === 'en' ? catalogues.en : catalogues.vi;
}

/** A catalogue's own entry for `key` (never one inherited from `Object.prototype`, such as `constructor`). */
function entry(catalogue: Catalogue, key: string): string | undefined {
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** @internal Renders `code` from `messages`, with field labels from `labels`. */
export function messageIn(
  messages: Catalogues,
  labels: Catalogues,
  code: string,
  params: Readonly<Record<string, FindingParam | undefined>>,
  lang: Lang,
): string {
  const template = typeof code === 'string' ? entry(catalogueIn(messages, lang), code) : undefined;
  if (template === undefined) return String(code);
  return fillTemplate(template, params, lang, (name, value) => {
    if (name === 'criterion' && typeof value === 'string') return labelIn(labels, `attestations.${value}`, lang);
    if (name === 'field' && typeof value === 'string') return labelIn(labels, value, lang);
    // What the caller wrote (a unit's or a person's name, a province as typed) is shown as written, never reordered as a date.
    if (typeof value === 'string' && AS_WRITTEN.has(name)) return value;
    return undefined;
  });
}

/** Parameters that carry the caller's own text. */
const AS_WRITTEN: ReadonlySet<string> = new Set(['name', 'names', 'named', 'given', 'unit', 'commune', 'province']);

/**
 * Fills a message template's `{name}` placeholders from `params`: a number
 * as its readers write it (`displayNumber`); a date as its readers write it
 * (`displayDate`); `{count|record was|records were}`, an English count
 * followed by the form its number asks (`Intl.PluralRules`); nothing for a
 * missing value. `own` may give a placeholder its own text (a field's label).
 * One definition for the rules' messages and the widget's texts.
 *
 * @example
 * fillTemplate('đủ {age} tuổi từ ngày {date}', { age: 21, date: '2021-01-11' }, 'vi') // 'đủ 21 tuổi từ ngày 11/01/2021'
 * fillTemplate('{count|record was|records were} left out', { count: 1 }, 'en') // '1 record was left out'
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, unknown>> | null | undefined,
  lang: Lang,
  own?: (name: string, value: unknown) => string | undefined,
): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/gu, (_, name: string, one?: string, other?: string) => {
    const value = params !== null && typeof params === 'object' && Object.hasOwn(params, name) ? params[name] : undefined;
    if (one !== undefined && typeof value === 'number') return `${value} ${new Intl.PluralRules(lang).select(value) === 'one' ? one : other}`;
    const text = own?.(name, value);
    if (text !== undefined) return text;
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') return displayNumber(value, lang);
    // Dates are data in ISO; a text shows them as its readers write them.
    return typeof value === 'string' ? displayDate(value, lang) : String(value);
  });
}

/**
 * `formatMessage`, `formatFinding`, `formatIssue` and `fieldLabel` over the
 * catalogues you choose, so that a bundle carries only the texts it can
 * show: a candidate form needs `CANDIDATE_MESSAGES` and
 * `CANDIDATE_FIELD_LABELS`, not the meeting and report texts. A code or
 * field missing from the chosen catalogues renders as itself, as with the
 * package-level functions (which use every catalogue: `MESSAGES`,
 * `FIELD_LABELS`).
 *
 * @example
 * const { formatFinding } = createFormatter(CANDIDATE_MESSAGES, CANDIDATE_FIELD_LABELS);
 * formatFinding(checkCandidate(input, context).findings[0], 'en');
 */
export function createFormatter(messages: Catalogues, fieldLabels: Catalogues): MessageFormatter {
  const formatMessage: MessageFormatter['formatMessage'] = never((code, params = {}, lang = 'vi') => messageIn(messages, fieldLabels, code, params, lang));
  return {
    fieldLabel: never((path, lang = 'vi') => labelIn(fieldLabels, path, lang)),
    formatMessage,
    formatFinding: never((finding, lang = 'vi') => formatMessage(finding.code, finding.params, lang)),
    formatIssue: never((issue, lang = 'vi') => formatMessage(issue.code, { ...issue.params, field: issue.path }, lang)),
  };
}

/**
 * A text function that never throws: a value that is not plain data (`null`
 * for a finding, a revoked proxy, a getter that throws) renders as the code
 * or path when it is a string, else as the empty string.
 */
function never<A extends [unknown, ...unknown[]]>(render: (...args: A) => string): (...args: A) => string {
  return (...args) => {
    try {
      return render(...args);
    } catch {
      return typeof args[0] === 'string' ? args[0] : '';
    }
  };
}
