import { basename } from 'node:path';
import { isIsoDate } from '@truongthon/core';
import { documentKindName, evaluateMeeting, formatMessage, meetingDocuments, type OfficialDocument, type OverlayRegistry } from '@truongthon/rules';
import { overlaysOption } from '../overlays';
import { renderDocx } from '../documents/docx';
import { DocumentFolder, yieldToEventLoop } from '../documents/files';
import { asciiName, FILE_SUFFIX } from '../documents/names';
import { mapColumns, type RowIssue } from '../io/fields';
import { fieldForHeader, REQUIRED_FIELDS } from '../io/headers';
import { groupMeetings, type MeetingGroup, meetingFieldForHeader, meetingResolver, REQUIRED_MEETING_FIELDS } from '../io/meetingRows';
import { type OpenedFile, sheetNotes } from '../io/open';
import { CliError, cliMessage, type Lang } from '../messages';
import { renderIssue } from '../render/record';
import { candidateListDocuments } from './documentsCandidates';
import { checkHeader, choiceOption, EXIT, type FileOptions, inputOptions, type Io, note, openInput, textParams } from './common';

/** Raw options of `truongthon documents`, as commander gives them. */
export interface DocumentsCommandOptions extends FileOptions {
  readonly outDir?: string;
  readonly kind?: string;
  readonly province?: string;
  readonly electionDate?: string;
  /** `--overlays PATH` (repeatable): province data files or folders of them. */
  readonly overlays?: readonly string[];
}

/** One file written for an input record, as the index lists it. */
export interface IndexedFile {
  readonly kind: OfficialDocument['kind'];
  readonly form: string | null;
  readonly title: string;
  readonly file: string;
}

/** One entry of the index: one per input record (a meeting, or a unit's candidates), with its files or why there are none. */
export interface IndexEntry {
  readonly row: number;
  readonly lastRow: number;
  readonly id: string | null;
  readonly unit: string | null;
  readonly electionDate: string | null;
  readonly outcome: string | null;
  readonly outcomeLabel: string | null;
  readonly files: readonly IndexedFile[];
  readonly omitted: readonly { readonly kind: string; readonly code: string; readonly message: string }[];
  readonly issues: readonly { readonly code: string; readonly message: string }[];
}

/** The name of the index file written beside the documents. */
export const INDEX_FILE = 'index.json';

const KINDS = ['meetings', 'candidates'] as const;

/**
 * Which kind of file this is: meeting records (the required columns of a
 * meeting) or a candidate list (those of a candidate), from its header;
 * `--kind` decides when the header fits both or neither (and for JSON,
 * which has no header).
 */
function kindOf(source: OpenedFile, requested: (typeof KINDS)[number] | undefined): (typeof KINDS)[number] {
  if (requested) return requested;
  if (source.columns === null) throw new CliError('cli.documents-kind', {});
  const meetings = mapColumns(source.columns, meetingFieldForHeader);
  const candidates = mapColumns(source.columns, fieldForHeader);
  const isMeetings = REQUIRED_MEETING_FIELDS.every((f) => meetings.fields.has(f));
  const isCandidates = REQUIRED_FIELDS.every((f) => candidates.fields.has(f)) && !meetings.fields.has('candidate.votes');
  if (isMeetings && !isCandidates) return 'meetings';
  if (isCandidates && !isMeetings) return 'candidates';
  throw new CliError('cli.documents-kind', {});
}

/**
 * `truongthon documents FILE --out-dir DIR`: for meeting records, per
 * meeting the count record (NĐ 59/2023 Mẫu 02, or 04 for ballots taken to
 * each household), the resolution (Mẫu 03) and the draft decision
 * (recognition or re-run) as DOCX; for a candidate list, the minutes
 * agreeing it (Mẫu 05) per unit. Files are named by unit and date (ASCII),
 * with `index.json` listing, for every input record, what was written or
 * why nothing was. The files appear in DIR only when the run completes.
 * Exit 1 when some record gave no documents.
 */
export async function runDocuments(file: string, raw: DocumentsCommandOptions, lang: Lang, io: Io): Promise<number> {
  const requested = choiceOption(raw.kind, '--kind', KINDS);
  if (raw.outDir === undefined || raw.outDir === '') throw new CliError('cli.documents-out-dir', {});
  const overlays = await overlaysOption(raw.overlays, lang);
  const [source, kind] = await openInput(file, inputOptions(raw), (opened) => kindOf(opened, requested));
  const folder = DocumentFolder.open(raw.outDir, io);
  const entries: IndexEntry[] = [];
  try {
    if (kind === 'meetings') {
      const mapping = checkHeader(source, meetingFieldForHeader, REQUIRED_MEETING_FIELDS, lang);
      const resolver = meetingResolver(mapping);
      const used = new Set<string>();
      for await (const group of groupMeetings(source.rows, resolver, { date1904: source.date1904 })) {
        const entry = await meetingEntry(group, raw, lang, used, folder, overlays);
        entries.push(entry);
      }
    } else {
      for (const entry of await candidateListDocuments(source, raw, lang, folder, overlays)) {
        entries.push(entry);
      }
    }
    folder.write(INDEX_FILE, `${JSON.stringify({ input: basename(file), kind, lang, entries }, null, 2)}\n`);
    folder.commit();
  } finally {
    folder.abort();
    await source.close();
  }
  // A deputy's row is on no Mẫu 05 by design: not a failure.
  const failed = entries.filter((e) => e.files.length === 0 && !(e.omitted.length > 0 && e.omitted.every((o) => o.code === 'documents.deputy'))).length;
  // A candidate list's rows share their unit's file: each file counted once.
  const written = new Set(entries.flatMap((e) => e.files.map((f) => f.file))).size;
  if (!raw.quiet) {
    for (const line of sheetNotes(source, lang)) note(io, line);
    note(io, cliMessage('out.documents-summary', { files: written, records: entries.length, failed, file: raw.outDir }, lang));
  }
  return failed === 0 ? EXIT.ok : EXIT.notAllEligible;
}

async function meetingEntry(group: MeetingGroup, raw: DocumentsCommandOptions, lang: Lang, used: Set<string>, folder: DocumentFolder, overlays: OverlayRegistry): Promise<IndexEntry> {
  const result = evaluateMeeting(group.record, { province: raw.province ?? null, trace: false, overlays });
  const unitName = (group.record['unit'] as { name?: unknown } | undefined)?.name;
  const unit = typeof unitName === 'string' ? unitName : null;
  const date = group.record['electionDate'];
  const electionDate = typeof date === 'string' && isIsoDate(date) ? date : null;
  const id = typeof group.record['id'] === 'string' ? group.record['id'] : null;
  const issues: RowIssue[] = [...group.issues];
  if (group.issues.length === 0) for (const issue of result.issues) issues.push({ code: issue.code, column: group.columns.get(issue.path.replace(/\.\d+(?=\.|$)/gu, '')) ?? null, field: issue.path, params: textParams(issue.params) });
  const outcome = group.issues.length > 0 ? 'invalid' : result.outcome;
  const made = group.issues.length > 0 ? { documents: [], omitted: [] } : meetingDocuments(group.record, result, { lang, overlays });
  const omitted = group.issues.length > 0 ? [{ kind: 'all', code: 'documents.record-invalid', message: cliMessage('out.documents-invalid', {}, lang) }] : made.omitted;
  // One base name per meeting: the unit and the date, the row added when two meetings share them.
  let base = `${asciiName(unit ?? id ?? 'bien-ban')}_${electionDate ?? 'khong-ngay'}`;
  if (used.has(base)) base = `${base}_dong-${group.row}`;
  used.add(base);
  const files: IndexedFile[] = [];
  for (const doc of made.documents) {
    const name = `${base}_${FILE_SUFFIX[doc.kind]}.docx`;
    folder.write(name, await renderDocx(doc));
    await yieldToEventLoop();
    files.push({ kind: doc.kind, form: doc.form, title: documentKindName(doc.kind, lang), file: name });
  }
  return {
    row: group.row,
    lastRow: group.lastRow,
    id,
    unit,
    electionDate,
    outcome,
    outcomeLabel: formatMessage(`outcome.${outcome}`, {}, lang),
    files,
    omitted,
    issues: issues.map((i) => {
      const r = renderIssue(i, lang);
      return { code: r.code, message: r.message };
    }),
  };
}
