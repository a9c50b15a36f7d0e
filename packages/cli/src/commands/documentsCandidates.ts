import { isIsoDate } from '@truongthon/core';
import { candidateListDocument, candidateListEntry, documentKindName, type ListedCandidate, type OverlayRegistry } from '@truongthon/rules';
import { renderDocx } from '../documents/docx';
import { type DocumentFolder, yieldToEventLoop } from '../documents/files';
import { asciiName, FILE_SUFFIX } from '../documents/names';
import { FieldResolver, readCandidateRow } from '../io/candidateRow';
import type { RowIssue } from '../io/fields';
import { acceptedHeaders, fieldForHeader, REQUIRED_FIELDS } from '../io/headers';
import type { OpenedFile } from '../io/open';
import { CliError, cliMessage, type Lang } from '../messages';
import { renderIssue } from '../render/record';
import type { DocumentsCommandOptions, IndexEntry } from './documents';
import { checkHeader, dateOption } from './common';

/**
 * Mẫu 05 for each unit of a candidate list, the candidates in the order of
 * the file; one index entry per row (the file its unit's minutes are in, or
 * why the row is in none). The election date comes from `--election-date`
 * or the row's own column; the list of a unit is made for each date met.
 */
export async function candidateListDocuments(source: OpenedFile, raw: DocumentsCommandOptions, lang: Lang, folder: DocumentFolder, overlays: OverlayRegistry): Promise<IndexEntry[]> {
  const mapping = checkHeader(source, fieldForHeader, REQUIRED_FIELDS, lang, acceptedHeaders);
  const optionDate = dateOption(raw.electionDate, '--election-date');
  if (optionDate === undefined && mapping !== undefined && !mapping.fields.has('electionDate')) throw new CliError('cli.election-date-missing');
  const resolver = new FieldResolver(mapping);
  interface Pending { readonly row: number; readonly id: string | null; readonly unit: string | null; readonly date: string | null; readonly candidate: ListedCandidate | null; readonly deputy: boolean; readonly issues: RowIssue[] }
  const rows: Pending[] = [];
  for await (const sourceRow of source.rows) {
    const read = readCandidateRow(sourceRow.record, resolver, { date1904: source.date1904 });
    const issues: RowIssue[] = [...read.issues];
    if (sourceRow.error) issues.push({ code: sourceRow.error.code, column: null, field: '', params: sourceRow.error.params ?? {} } as RowIssue);
    const entry = candidateListEntry(read.candidate);
    const date = optionDate ?? read.context.electionDate ?? null;
    for (const field of entry.missing) if (!issues.some((i) => i.field === field)) issues.push({ code: 'input.required', column: read.columns.get(field) ?? null, field, params: {} });
    if (date === null || !isIsoDate(date)) issues.push({ code: 'input.required', column: read.columns.get('electionDate') ?? null, field: 'electionDate', params: {} });
    const id = read.candidate['id'];
    rows.push({
      row: sourceRow.row,
      id: typeof id === 'string' ? id : null,
      unit: entry.unit,
      date,
      // Mẫu 05 lists the candidates for the leader: a deputy's row is on none (and said so).
      deputy: entry.deputy,
      candidate: issues.length === 0 && !entry.deputy ? entry.candidate : null,
      issues,
    });
  }
  // One document per unit and election date, in the order units first appear.
  const groups = new Map<string, Pending[]>();
  for (const r of rows) {
    if (r.candidate === null) continue;
    const key = `${r.unit}\u0000${r.date}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const fileOf = new Map<string, { readonly file: string; readonly form: string | null }>();
  const used = new Set<string>();
  for (const [key, members] of groups) {
    const first = members[0]!;
    let base = `${asciiName(first.unit!)}_${first.date}`;
    if (used.has(base)) base = `${base}_dong-${first.row}`;
    used.add(base);
    const name = `${base}_${FILE_SUFFIX['candidate-list']}.docx`;
    const doc = candidateListDocument(first.unit!, first.date!, members.map((m) => m.candidate!), { lang, province: raw.province ?? null, overlays });
    folder.write(name, await renderDocx(doc));
    await yieldToEventLoop();
    fileOf.set(key, { file: name, form: doc.form });
  }
  return rows.map((r) => {
    const file = r.candidate ? fileOf.get(`${r.unit}\u0000${r.date}`) : undefined;
    return {
      row: r.row,
      lastRow: r.row,
      id: r.id,
      unit: r.unit,
      electionDate: r.date,
      outcome: null,
      outcomeLabel: null,
      files: file ? [{ kind: 'candidate-list' as const, form: file.form, title: documentKindName('candidate-list', lang), file: file.file }] : [],
      omitted: file
        ? []
        : r.deputy && r.issues.length === 0
          ? [{ kind: 'candidate-list', code: 'documents.deputy', message: cliMessage('out.documents-deputy', {}, lang) }]
          : [{ kind: 'candidate-list', code: 'documents.row-unreadable', message: cliMessage('out.documents-row-unreadable', {}, lang) }],
      issues: r.issues.map((i) => {
        const rendered = renderIssue(i, lang);
        return { code: rendered.code, message: rendered.message };
      }),
    };
  });
}
