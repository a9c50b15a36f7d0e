import { isIsoDate } from '@truongthon/core';
import { evaluateMeeting, formatMessage, type MeetingResult, type OverlayRegistry } from '@truongthon/rules';
import type { RowIssue } from '../io/fields';
import { groupMeetings, type MeetingGroup, meetingFieldForHeader, meetingResolver, REQUIRED_MEETING_FIELDS } from '../io/meetingRows';
import { sheetNotes } from '../io/open';
import { cliMessage, type Lang, sanitize } from '../messages';
import { type Colors, colorsFor } from '../render/color';
import { escapeFormula } from '../render/escape';
import { localName, type RecordFinding, type RecordIssue, renderFindings, renderIssue } from '../render/record';
import type { Sink } from '../render/sink';
import { num, type RenderedStep, renderStep, stepLine } from '../render/step';
import { dateCell, type FlatLayout, OUTPUT_FORMATS, type RecordWriter } from '../render/writers';
import { afterLawReview, checkHeader, choiceOption, EXIT, type FileOptions, inputOptions, type Io, lawNotReviewedText, note, openInput, textParams } from './common';
import { openRecordWriter, outputFormat } from './output';
import { overlaysOption } from '../overlays';

/** One output record of `truongthon tally`: one per meeting record of the input. */
export interface TallyRecord {
  readonly row: number;
  readonly lastRow: number;
  readonly id: string | null;
  /** The day of the meeting (`YYYY-MM-DD`) as read from the record, or null. */
  readonly electionDate: string | null;
  readonly unit: { readonly code: string | null; readonly name: string | null } | null;
  readonly outcome: MeetingResult['outcome'];
  readonly outcomeLabel: string;
  readonly purpose: MeetingResult['purpose'];
  readonly round: MeetingResult['round'];
  readonly regime: { readonly id: string; readonly name: string } | null;
  readonly province: MeetingResult['province'];
  readonly quorum: MeetingResult['quorum'];
  readonly candidates: MeetingResult['candidates'];
  readonly winner: MeetingResult['winner'];
  readonly motion: MeetingResult['motion'];
  /** The steps that follow (household ballot, recognition, re-run, interim appointment, new election, the commune's decision), with their last allowed day. */
  readonly deadlines: readonly RenderedStep[];
  readonly findings: readonly RecordFinding[];
  readonly issues: readonly RecordIssue[];
}

/** Outcomes that make `tally` exit 1: the record could not be read, or contradicts itself, or no rule could decide. */
const BAD_OUTCOMES: ReadonlySet<string> = new Set(['invalid', 'inconsistent', 'undetermined']);

function tallyRecord(group: MeetingGroup, result: MeetingResult, lang: Lang, details: boolean, documents: OverlayRegistry['documents']): TallyRecord {
  const rowIssues: RowIssue[] = [...group.issues];
  const failed = new Set(group.issues.map((i) => i.field));
  // A record that could not be read at all (bad JSON, CSV syntax) has nothing for the library to add.
  const unreadable = group.issues.length > 0 && Object.keys(group.record).length === 0;
  for (const issue of unreadable ? [] : result.issues) {
    const path = issue.path.replace(/\.\d+(?=\.|$)/gu, '');
    if (failed.has(path) || failed.has(path.replace(/^candidates\./u, 'candidate.'))) continue;
    rowIssues.push({ code: issue.code, column: group.columns.get(path) ?? null, field: issue.path, params: textParams(issue.params) });
  }
  const invalid = group.issues.length > 0;
  const unit = group.record['unit'] as { code?: unknown; name?: unknown } | undefined;
  const outcome = invalid ? 'invalid' : result.outcome;
  const { steps } = result;
  const electionDate = group.record['electionDate'];
  return {
    row: group.row,
    lastRow: group.lastRow,
    id: typeof group.record['id'] === 'string' ? group.record['id'] : null,
    electionDate: typeof electionDate === 'string' && isIsoDate(electionDate) ? electionDate : null,
    unit: unit ? { code: typeof unit.code === 'string' ? unit.code : null, name: typeof unit.name === 'string' ? unit.name : null } : null,
    outcome,
    outcomeLabel: formatMessage(`outcome.${outcome}`, {}, lang),
    purpose: result.purpose,
    round: result.round,
    regime: result.regime ? { id: result.regime.id, name: localName(result.regime.name, lang) } : null,
    province: result.province,
    quorum: invalid ? null : result.quorum,
    candidates: invalid ? [] : result.candidates,
    winner: invalid ? null : result.winner,
    motion: invalid ? null : result.motion,
    deadlines: invalid ? [] : steps.map((s) => renderStep(s, lang, details, documents)),
    findings: invalid ? [] : renderFindings(result.findings, lang, details, documents),
    issues: rowIssues.map((i) => renderIssue(i, lang)),
  };
}

function tallyLayout(lang: Lang): FlatLayout<TallyRecord> {
  const t = (v: string | null | undefined) => escapeFormula(v ?? '');
  return {
    sheetTitle: cliMessage('out.outcome', {}, lang),
    header: [
      cliMessage('out.row', {}, lang), cliMessage('out.id', {}, lang), cliMessage('out.unit', {}, lang), cliMessage('out.outcome', {}, lang), 'outcome',
      cliMessage('out.winner', {}, lang), cliMessage('out.percent', {}, lang), cliMessage('out.findings', {}, lang), cliMessage('out.deadlines', {}, lang),
      cliMessage('out.issues', {}, lang), cliMessage('out.codes', {}, lang), cliMessage('out.regime', {}, lang), cliMessage('out.election-date', {}, lang),
    ].map(escapeFormula),
    row: (r) => [
      r.row,
      t(r.id),
      t(r.unit?.name ?? r.unit?.code ?? ''),
      t(r.outcomeLabel),
      r.outcome,
      t(r.winner?.name ?? ''),
      r.winner ? r.winner.percent : '',
      t(r.findings.map((f) => f.message).join('\n')),
      t(r.deadlines.map((s) => stepLine(s, lang)).join('\n')),
      t(r.issues.map((i) => i.message).join('\n')),
      t([...r.findings.map((f) => f.code), ...r.issues.map((i) => i.code)].join(' ')),
      t(r.regime?.id ?? ''),
      dateCell(r.electionDate, lang),
    ],
    widths: [7, 12, 24, 22, 14, 24, 10, 70, 60, 50, 30, 10, 12],
    wrapFrom: 7,
  };
}

function tallyTable(sink: Sink, lang: Lang, c: Colors): RecordWriter<TallyRecord> {
  const good = new Set(['elected', 'carried']);
  return {
    async write(r) {
      const paint = good.has(r.outcome) ? c.green : BAD_OUTCOMES.has(r.outcome) ? c.magenta : c.yellow;
      const where = r.row === r.lastRow ? `${cliMessage('out.row', {}, lang)} ${r.row}` : cliMessage('out.rows', { first: r.row, last: r.lastRow }, lang);
      const who = [r.id, r.unit?.name].filter((v): v is string => typeof v === 'string' && v !== '').map(sanitize).join(' · ');
      const lines = [`${c.dim(where)}  ${who || '—'}  ${paint(c.bold(r.outcomeLabel))}`];
      if (r.quorum) lines.push(`  ${cliMessage('out.quorum', { present: r.quorum.present, total: r.quorum.total, percent: num(r.quorum.percent, lang), required: num(r.quorum.requiredPercent, lang) }, lang)}`);
      for (const cand of r.candidates) {
        const star = r.winner?.name === cand.name ? c.green(' ★') : '';
        lines.push(`  ${sanitize(cliMessage('out.candidate-votes', { name: cand.name, votes: cand.votes, percent: num(cand.percent, lang) }, lang))}${star}`);
      }
      if (r.motion) lines.push(`  ${cliMessage('out.motion-votes', { votes: r.motion.votesFor, percent: num(r.motion.percent, lang) }, lang)}`);
      for (const f of r.findings) lines.push(`  ${f.severity === 'error' ? c.red('✘') : f.severity === 'warning' ? c.yellow('!') : c.dim('·')} ${sanitize(f.message)}${f.citation ? c.dim(` (${sanitize(f.citation)})`) : ''}`);
      for (const s of r.deadlines) lines.push(c.cyan(`  → ${stepLine(s, lang)}`) + (s.citation ? c.dim(` (${s.citation})`) : ''));
      for (const i of r.issues) lines.push(c.magenta(`  ⚠ ${sanitize(i.message)}`));
      await sink.write(`${lines.join('\n')}\n`);
    },
    async end() {
      await sink.end();
    },
  };
}

/** Raw options of `truongthon tally`, as commander gives them. */
export interface TallyCommandOptions extends FileOptions {
  readonly province?: string;
  /** `--overlays PATH` (repeatable): province data files or folders of them. */
  readonly overlays?: readonly string[];
}

/**
 * `truongthon tally FILE`: meeting records → outcome per meeting, with the
 * count against the whole electorate, the winner, and the deadlines that
 * follow. One output record per meeting, in input order, streamed. Exit 1
 * when a record is invalid, inconsistent or undetermined.
 */
export async function runTally(file: string, raw: TallyCommandOptions, lang: Lang, io: Io): Promise<number> {
  const format = outputFormat(file, choiceOption(raw.format, '--format', OUTPUT_FORMATS), raw.out, io);
  const overlays = await overlaysOption(raw.overlays, lang);
  const [source, mapping] = await openInput(file, inputOptions(raw), (opened) => checkHeader(opened, meetingFieldForHeader, REQUIRED_MEETING_FIELDS, lang));
  const resolver = meetingResolver(mapping);
  const writer = await openRecordWriter(format, raw.out, tallyLayout(lang), (sink, stream) => tallyTable(sink, lang, colorsFor(stream, io.env)), io, raw.bom !== false);
  const counts = new Map<string, number>();
  let total = 0;
  let bad = 0;
  let notReviewed = false;
  try {
    for await (const group of groupMeetings(source.rows, resolver, { date1904: source.date1904 })) {
      const result = evaluateMeeting(group.record, { province: raw.province ?? null, trace: false, overlays });
      const record = tallyRecord(group, result, lang, raw.details === true, overlays.documents);
      await writer.write(record);
      if (!notReviewed) notReviewed = afterLawReview(group.record['electionDate']) || result.findings.some((f) => f.code === 'law.not-reviewed');
      total += 1;
      counts.set(record.outcome, (counts.get(record.outcome) ?? 0) + 1);
      if (BAD_OUTCOMES.has(record.outcome)) bad += 1;
    }
  } finally {
    await source.close();
  }
  await writer.end();
  if (!raw.quiet) {
    const parts = [...counts].map(([outcome, n]) => `${formatMessage(`outcome.${outcome}`, {}, lang)}: ${n}`);
    if (notReviewed) note(io, colorsFor(io.stderr, io.env).yellow(lawNotReviewedText(lang)));
    for (const line of sheetNotes(source, lang)) note(io, line);
    note(io, cliMessage('out.tally-summary', { total, counts: parts.join(', ') || '—' }, lang));
  }
  return bad === 0 ? EXIT.ok : EXIT.notAllEligible;
}
