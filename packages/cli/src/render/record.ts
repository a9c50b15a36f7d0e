import { formatCitation, maskCitizenId } from '@truongthon/core';
import { type CandidateResult, formatFinding, formatMessage } from '@truongthon/rules';
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
  /** The legal basis, e.g. "khoản 2 Điều 11, 04/2012/TT-BNV"; several are joined with "; ". */
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
export interface CheckRecord {
  readonly row: number;
  readonly id: string | null;
  readonly fullName: string | null;
  /** The citizen id, masked (`046*******34`), or null: never written in full. */
  readonly citizenId: string | null;
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
 * Renders a {@link RowIssue} (from the CLI or the library) as output. The
 * field is named by the column header as written in the file, so the user
 * finds it; library issues never carry the value.
 */
export function renderIssue(issue: RowIssue, lang: Lang): RecordIssue {
  const column = issue.column?.header ?? null;
  const message = issue.code.startsWith('cli.')
    ? cliMessage(issue.code as CliMessageCode, { ...issue.params, column: column ?? String(issue.params['column'] ?? '') }, lang)
    : formatMessage(issue.code, { ...issue.params, field: column ?? issue.field ?? '' }, lang);
  return { column, field: issue.field, code: issue.code, message };
}

/** Builds the output record of a checked row. */
export function checkRecord(
  row: number,
  identity: { readonly id: string | null; readonly fullName: string | null; readonly citizenId?: string | null },
  result: CandidateResult,
  rowIssues: readonly RowIssue[],
  lang: Lang,
): CheckRecord {
  const invalid = rowIssues.length > 0 || result.verdict === 'invalid';
  return {
    row,
    id: identity.id,
    fullName: identity.fullName,
    citizenId: identity.citizenId ? maskCitizenId(identity.citizenId.replace(/[\s.-]/gu, '')) : null,
    verdict: invalid ? 'invalid' : result.verdict,
    findings: invalid
      ? []
      : result.findings.map((f) => ({
          code: f.code,
          ruleId: f.ruleId,
          kind: f.kind,
          severity: f.severity,
          message: formatFinding(f, lang),
          citation: f.citations.map((c) => formatCitation(c, lang)).join('; '),
        })),
    missing: invalid ? [] : [...result.missing],
    issues: rowIssues.map((issue) => renderIssue(issue, lang)),
    regime: result.regime ? { id: result.regime.id, name: regimeName(result.regime.name, lang) } : null,
    province: result.province ? { code: result.province.code, name: result.province.name } : null,
    term: result.term
      ? {
          label: result.term.label,
          start: result.term.start,
          end: result.term.end,
          lengthYears: Number.isFinite(result.term.lengthYears) ? result.term.lengthYears : null,
          basis: result.term.basis,
        }
      : null,
  };
}

/** A record for a row that could not be read at all (bad JSON, CSV syntax). */
export function unreadableRecord(row: number, issue: RowIssue, lang: Lang): CheckRecord {
  return { row, id: null, fullName: null, citizenId: null, verdict: 'invalid', findings: [], missing: [], issues: [renderIssue(issue, lang)], regime: null, province: null, term: null };
}

function regimeName(name: unknown, lang: Lang): string {
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
