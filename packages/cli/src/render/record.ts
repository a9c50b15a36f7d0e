import { type Citation, compactCitizenId, type Finding, maskCitizenId } from '@truongthon/core';
import { CANDIDATE_FIELDS, type CandidateResult, citationText, type FieldDescription, formatFinding, formatMessage, type IdentityField, type OverlayRegistry } from '@truongthon/rules';
import type { RowIssue } from '../io/candidateRow';
import { type CliMessageCode, cliMessage, type Lang } from '../messages';

/** The verdict of one output record. */
export type Verdict = 'eligible' | 'ineligible' | 'undetermined' | 'invalid';

export const VERDICTS: readonly Verdict[] = ['eligible', 'ineligible', 'undetermined', 'invalid'];

/** A finding as output: its code, rule, kind, severity, text and legal basis. */
export interface RecordFinding {
  readonly code: string;
  readonly ruleId: string;
  readonly kind: 'legal' | 'policy';
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** The legal basis, e.g. "Điều 11 Thông tư 04/2012/TT-BNV"; several are joined with "; " (confidence and notes only with `--details`). */
  readonly citation: string;
}

/** An input problem as output: the column as written in the file, the field, the code and the text. */
export interface RecordIssue {
  readonly column: string | null;
  readonly field: string | null;
  readonly code: string;
  readonly message: string;
}

/**
 * One output record of `truongthon check`: exactly one per input record, in
 * input order. Documented in the package README; keys are stable.
 */
export interface CheckRecord extends RecordIdentity {
  readonly row: number;
  readonly verdict: Verdict;
  readonly findings: readonly RecordFinding[];
  /** Inputs (dotted field paths) that could still change an `undetermined` verdict. */
  readonly missing: readonly string[];
  /** Why the row is `invalid` (empty otherwise). */
  readonly issues: readonly RecordIssue[];
  readonly regime: { readonly id: string; readonly name: string } | null;
  readonly province: { readonly code: string; readonly name: string } | null;
  readonly term: { readonly label: string; readonly start: string; readonly end: string; readonly lengthYears: number | null; readonly basis: string } | null;
}

/**
 * The fields that name the person, after the row number of each record, in
 * the order of the field description: those it marks `identifies` (the id,
 * the full name, the citizen id). Each is its text, or null; a citizen id
 * (kind `citizenId`) is masked (`046*******34`), never written in full.
 */
export type RecordIdentity = { readonly [P in IdentityField]: string | null };

/** The fields that name the person (see {@link RecordIdentity}), from the field description. */
export const IDENTITY_FIELDS: readonly (FieldDescription & { readonly path: IdentityField })[] = CANDIDATE_FIELDS.filter(
  (field): field is FieldDescription & { readonly path: IdentityField } => field.identifies === true,
);

/** A record's identity part from a row's values (a candidate as read): text kept, anything else null, a citizen id masked. */
function recordIdentity(values: Readonly<Record<string, unknown>>): RecordIdentity {
  const out = {} as Record<IdentityField, string | null>;
  for (const field of IDENTITY_FIELDS) {
    const value = values[field.path];
    out[field.path] = typeof value !== 'string' ? null : field.kind === 'citizenId' ? (value === '' ? null : maskCitizenId(compactCitizenId(value))) : value;
  }
  return out;
}

/**
 * Renders a {@link RowIssue} (from the CLI or the library) as output. The
 * field is named by the column header as written in the file, so the user
 * finds it; library issues never carry the value.
 */
export function renderIssue(issue: RowIssue, lang: Lang): RecordIssue {
  const column = issue.column?.header ?? null;
  const message = issue.code.startsWith('cli.')
    ? cliMessage(issue.code as CliMessageCode, { ...issue.params, column: column ?? String(issue.params['column'] ?? ''), ...acceptedIn(issue, lang) }, lang)
    : formatMessage(issue.code, { ...issue.params, field: column ?? issue.field ?? '' }, lang);
  return { column, field: issue.field, code: issue.code, message };
}

/** The accepted values of a closed list, in the language of the output (a choice's reader names them in both). */
function acceptedIn(issue: RowIssue, lang: Lang): { accepted?: string | number } {
  const accepted = issue.params[lang === 'en' ? 'acceptedEn' : 'acceptedVi'];
  return accepted === undefined ? {} : { accepted };
}

/** Builds the output record of a checked row. */
export function checkRecord(
  row: number,
  identity: Readonly<Partial<Record<IdentityField, unknown>>>,
  result: CandidateResult,
  rowIssues: readonly RowIssue[],
  lang: Lang,
  details = false,
  documents?: OverlayRegistry['documents'],
): CheckRecord {
  const invalid = rowIssues.length > 0 || result.verdict === 'invalid';
  const memo = renderMemo(lang, details);
  return {
    row,
    ...recordIdentity(identity),
    verdict: invalid ? 'invalid' : result.verdict,
    findings: invalid ? [] : renderFindings(result.findings, lang, details, documents),
    missing: invalid ? [] : [...result.missing],
    issues: rowIssues.length === 0 ? [] : rowIssues.map((issue) => renderIssue(issue, lang)),
    regime: result.regime ? recordRegime(result.regime, lang, memo) : null,
    province: result.province ? recordProvince(result.province, memo) : null,
    term: result.term ? recordTerm(result.term, memo) : null,
  };
}

/*
 * Rendering memo. Most of a record is the same from row to row: the
 * regime, province and term of one election, a handful of findings whose
 * text and citations depend only on their code and parameters. Those parts
 * are rendered once and shared (frozen) between records, and their JSON is
 * remembered with them (see `recordJson.ts`). The memo is bounded; past
 * the bound, parts are rendered afresh as before.
 */
const MAX_MEMO_FINDINGS = 4096;

interface RenderMemo {
  /** Rendered citations of a rule (the engine passes the rule's own array), by identity. */
  readonly citations: WeakMap<readonly Citation[], string>;
  /** Rendered findings by citations (identity), then code. */
  readonly findings: WeakMap<readonly Citation[], Map<string, FindingMemo>>;
  size: number;
  regime: { readonly id: string; readonly name: unknown; readonly out: CheckRecord['regime'] } | undefined;
  province: { readonly code: string; readonly name: string; readonly out: CheckRecord['province'] } | undefined;
  term: { readonly source: TermKey; readonly out: CheckRecord['term'] } | undefined;
}

/** The findings of one code (and rule, kind and severity: a finding differing in these is not memoised), by parameters. */
interface FindingMemo {
  readonly ruleId: string;
  readonly kind: string;
  readonly severity: string;
  /** The finding without parameters. */
  plain: RecordFinding | undefined;
  /** By {@link paramsKey}. */
  readonly byParams: Map<string, RecordFinding>;
}

type TermKey = Pick<NonNullable<CandidateResult['term']>, 'label' | 'start' | 'end' | 'lengthYears' | 'basis'>;

const newMemo = (): RenderMemo => ({ citations: new WeakMap(), findings: new WeakMap(), size: 0, regime: undefined, province: undefined, term: undefined });
const RENDER_MEMO: Readonly<Record<Lang, RenderMemo>> = { vi: newMemo(), en: newMemo() };
/** With `--details` (citations with their confidence and notes). */
const DETAILS_MEMO: Readonly<Record<Lang, RenderMemo>> = { vi: newMemo(), en: newMemo() };

function renderMemo(lang: Lang, details: boolean): RenderMemo {
  return (details ? DETAILS_MEMO : RENDER_MEMO)[lang];
}

/** The parts shared between records (frozen), so that their output can be remembered too (see `recordJson.ts`). */
const SHARED = new WeakSet<object>();

function shared<T extends object>(value: T): T {
  SHARED.add(Object.freeze(value));
  return value;
}

/** Whether a part of a record (a finding, the regime, province or term) is one shared between records: frozen, its content fixed. */
export function isSharedPart(value: object): boolean {
  return SHARED.has(value);
}

/**
 * Renders findings as output (the text and legal basis of each, in a
 * language): the one way the CLI renders a rules finding. With `details`,
 * each citation carries its confidence and maintainers' note. `documents`:
 * those of the province data files in use (the registry's), so that their
 * citations name the issuer as SOURCES' do.
 */
export function renderFindings(findings: readonly Finding[], lang: Lang, details = false, documents?: OverlayRegistry['documents']): RecordFinding[] {
  const memo = renderMemo(lang, details);
  const out: RecordFinding[] = new Array<RecordFinding>(findings.length);
  for (let i = 0; i < findings.length; i += 1) out[i] = recordFinding(findings[i]!, lang, memo, details, documents);
  return out;
}

function recordFinding(f: Finding, lang: Lang, memo: RenderMemo, details: boolean, documents: OverlayRegistry['documents']): RecordFinding {
  let byCode = memo.findings.get(f.citations);
  let entry = byCode?.get(f.code);
  const same = entry !== undefined && entry.ruleId === f.ruleId && entry.kind === f.kind && entry.severity === f.severity;
  const params = same || entry === undefined ? paramsKey(f.params) : undefined;
  if (same && params !== undefined) {
    const hit = params === '' ? entry!.plain : entry!.byParams.get(params);
    if (hit) return hit;
  }
  const rendered: RecordFinding = {
    code: f.code,
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    message: formatFinding(f, lang),
    citation: memoCitations(f.citations, lang, memo, details, documents),
  };
  if (params === undefined || memo.size >= MAX_MEMO_FINDINGS) return rendered;
  if (!byCode) {
    byCode = new Map();
    memo.findings.set(f.citations, byCode);
  }
  if (!entry) {
    entry = { ruleId: f.ruleId, kind: f.kind, severity: f.severity, plain: undefined, byParams: new Map() };
    byCode.set(f.code, entry);
  }
  memo.size += 1;
  if (params === '') entry.plain = shared(rendered);
  else entry.byParams.set(params, shared(rendered));
  return rendered;
}

// A citations array belongs to one rule or one overlay, whose documents are those of the registry in use: its text does not depend on the call.
function memoCitations(citations: readonly Citation[], lang: Lang, memo: RenderMemo, details: boolean, documents: OverlayRegistry['documents']): string {
  let text = memo.citations.get(citations);
  if (text === undefined) {
    text = citationsText(citations, lang, details, documents);
    memo.citations.set(citations, text);
  }
  return text;
}

/**
 * Citations as officials read them (the rules' `citationText`: "khoản 3
 * Điều 12 Thông tư 04/2012/TT-BNV", "Công văn 2881/UBND-KTTH của UBND tỉnh
 * Kon Tum"), in a language, joined with "; ". The maintainers' confidence
 * and note of each are shown only with `details` (`--details`), in
 * brackets after it; JSON keeps them as data. `documents`: those of the
 * province data files in use, named as SOURCES are.
 */
export function citationsText(citations: readonly Citation[], lang: Lang, details = false, documents?: OverlayRegistry['documents']): string {
  return citations.map((c) => (details ? `${citationText(c, lang, documents)} [${citationDetails(c, lang)}]` : citationText(c, lang, documents))).join('; ');
}

/** A citation's confidence in words, then its note when it has one (`--details`). */
export function citationDetails(citation: Pick<Citation, 'confidence' | 'note'>, lang: Lang): string {
  const confidence = cliMessage(`rules.confidence.${citation.confidence}` as CliMessageCode, {}, lang);
  return citation.note ? `${confidence}: ${citation.note}` : confidence;
}

/**
 * A key telling apart every set of finding parameters that could render
 * differently (names and values, with their types; text is length-prefixed,
 * so no two sets share a key), or `undefined` when a value is not a plain
 * string, number, boolean or null (then nothing is memoised).
 */
function paramsKey(params: Readonly<Record<string, unknown>>): string | undefined {
  let key = '';
  for (const name in params) {
    const value = params[name];
    key += `${name.length}:${name}`;
    if (typeof value === 'string') key += `s${value.length}:${value}`;
    else if (typeof value === 'number') key += `n${String(value)};`;
    else if (typeof value === 'boolean') key += value ? 'T' : 'F';
    else if (value === null) key += 'N';
    else if (value === undefined) key += 'U';
    else return undefined;
  }
  return key;
}

function recordRegime(regime: NonNullable<CandidateResult['regime']>, lang: Lang, memo: RenderMemo): CheckRecord['regime'] {
  const last = memo.regime;
  if (last && last.id === regime.id && last.name === regime.name) return last.out;
  const out = shared({ id: regime.id, name: localName(regime.name, lang) });
  memo.regime = { id: regime.id, name: regime.name, out };
  return out;
}

function recordProvince(province: NonNullable<CandidateResult['province']>, memo: RenderMemo): CheckRecord['province'] {
  const last = memo.province;
  if (last && last.code === province.code && last.name === province.name) return last.out;
  const out = shared({ code: province.code, name: province.name });
  memo.province = { code: province.code, name: province.name, out };
  return out;
}

function recordTerm(term: NonNullable<CandidateResult['term']>, memo: RenderMemo): CheckRecord['term'] {
  const last = memo.term?.source;
  if (last && last.label === term.label && last.start === term.start && last.end === term.end && Object.is(last.lengthYears, term.lengthYears) && last.basis === term.basis) return memo.term!.out;
  const out = shared({
    label: term.label,
    start: term.start,
    end: term.end,
    lengthYears: Number.isFinite(term.lengthYears) ? term.lengthYears : null,
    basis: term.basis,
  });
  memo.term = { source: { label: term.label, start: term.start, end: term.end, lengthYears: term.lengthYears, basis: term.basis }, out };
  return out;
}

/** A record for a row that could not be read at all (bad JSON, CSV syntax). */
export function unreadableRecord(row: number, issue: RowIssue, lang: Lang): CheckRecord {
  return { row, ...recordIdentity({}), verdict: 'invalid', findings: [], missing: [], issues: [renderIssue(issue, lang)], regime: null, province: null, term: null };
}

/** A name the rules give as text or per language (a regime's), in a language; empty when there is none. */
export function localName(name: unknown, lang: Lang): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object') {
    const value = (name as Record<string, unknown>)[lang];
    if (typeof value === 'string') return value;
  }
  return '';
}

/** The label of a verdict in a language, from the library's catalogue. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return formatMessage(`verdict.${verdict}`, {}, lang);
}
