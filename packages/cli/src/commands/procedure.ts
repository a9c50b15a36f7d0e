import { formatCitation, type Finding } from '@truongthon/core';
import {
  electionTimeline,
  interimDeadline,
  evaluateMeeting,
  fieldLabel,
  findProvince,
  formatFinding,
  formatMessage,
  type MeetingResult,
  type ProcedureStep,
  type ReportNode,
  type SecretaryReport,
  secretaryAlsoLeaderReport,
} from '@truongthon/rules';
import { mapColumns, type RowIssue } from '../io/fields';
import { groupMeetings, type MeetingField, meetingFieldForHeader, meetingResolver, REQUIRED_MEETING_FIELDS } from '../io/meetingRows';
import { INPUT_FORMATS, openFile, type OpenedFile, sheetNotes } from '../io/open';
import type { InputFormat } from '../io/types';
import { readUnits, REQUIRED_UNIT_FIELDS, type UnitField, unitFieldForHeader, unitResolver, type UnitRow } from '../io/unitRows';
import { CliError, type CliMessageCode, cliMessage, type Lang, sanitize } from '../messages';
import { type Colors, colorsFor } from '../render/color';
import { escapeFormula } from '../render/escape';
import { type RecordFinding, type RecordIssue, renderIssue } from '../render/record';
import type { Sink } from '../render/sink';
import { type FlatLayout, OUTPUT_FORMATS, type RecordWriter, safeJson } from '../render/writers';
import { afterLawReview, choiceOption, dateOption, EXIT, type Io, lawNotReviewedText, note } from './common';
import { chooseFormat, openRecordWriter, refuseOutputIsInput, writeText } from './output';

/** A number as written in a language (Vietnamese: decimal comma). */
function num(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}

/** A procedure step as output. */
export interface RenderedStep {
  readonly id: string;
  readonly label: string;
  /** The last allowed day (the day itself for the meeting); `null` when no text sets it. */
  readonly date: string | null;
  readonly condition: ProcedureStep['condition'];
  readonly basis: ProcedureStep['basis'];
  readonly basisText: string;
  readonly ruleId: string;
  readonly citation: string;
  readonly confidence: string;
  readonly maxMonths?: number | null;
}

/** Renders a procedure step with its label, basis and citation. */
export function renderStep(step: ProcedureStep, lang: Lang): RenderedStep {
  const days = 'days' in step.basis ? step.basis.days : undefined;
  return {
    id: step.id,
    label: formatMessage(`step.${step.id}`, {}, lang),
    date: step.date,
    condition: step.condition,
    basis: step.basis,
    basisText: formatMessage(`basis.${step.basis.kind}`, days === undefined ? {} : { days }, lang),
    ruleId: step.ruleId,
    citation: step.citations.map((c) => formatCitation(c, lang)).join('; '),
    confidence: step.confidence,
    ...(step.maxMonths !== undefined ? { maxMonths: step.maxMonths } : {}),
  };
}

function renderFinding(f: Finding, lang: Lang): RecordFinding {
  return { code: f.code, ruleId: f.ruleId, kind: f.kind, severity: f.severity, message: formatFinding(f, lang), citation: f.citations.map((c) => formatCitation(c, lang)).join('; ') };
}

function conditionText(step: RenderedStep, lang: Lang): string {
  return step.condition === 'always' ? '' : cliMessage(`out.step-condition.${step.condition}` as CliMessageCode, {}, lang);
}

function stepLine(step: RenderedStep, lang: Lang): string {
  const condition = conditionText(step, lang);
  const text = cliMessage('out.step', { label: step.label, date: step.date ?? cliMessage('out.no-date', {}, lang), basis: step.basisText }, lang);
  return condition ? `${text} — ${condition}` : text;
}

function inputFormatOption(value: string | undefined): InputFormat | undefined {
  return choiceOption(value, '--input-format', INPUT_FORMATS) as InputFormat | undefined;
}

function headerRowOption(value: string | undefined): number {
  const headerRow = value === undefined ? 1 : Number(value);
  if (!Number.isInteger(headerRow) || headerRow < 1) throw new CliError('cli.option-integer', { option: '--header-row' });
  return headerRow;
}

// ─── timeline ────────────────────────────────────────────────────────────────

/**
 * `truongthon timeline --meeting-date D [--province X]`: every step of an
 * election around a meeting date, with its last allowed day and legal basis.
 */
export async function runTimeline(raw: { meetingDate?: string; province?: string; receivedOn?: string; format?: string }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.meetingDate, '--meeting-date')!;
  const receivedOn = dateOption(raw.receivedOn, '--received-on');
  const format = choiceOption(raw.format, '--format', ['table', 'json'] as const) ?? (io.stdout.isTTY ? 'table' : 'json');
  const result = electionTimeline(date, { province: raw.province ?? null, receivedOn: receivedOn ?? null });
  if (!result.ok) {
    for (const issue of result.issues) io.stderr.write(`${formatMessage(issue.code, { ...issue.params, field: issue.path === 'electionDate' ? '--meeting-date' : issue.path === 'province' ? '--province' : issue.path }, lang)}\n`);
    return EXIT.usage;
  }
  const steps = result.steps.map((s) => renderStep(s, lang));
  const findings = result.findings.map((f) => renderFinding(f, lang));
  const regime = result.regime ? { id: result.regime.id, name: localName(result.regime.name, lang) } : null;
  if (format === 'json') {
    io.stdout.write(`${safeJson({ meetingDate: date, regime, province: result.province, steps, findings, ruleIds: result.ruleIds }, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines = [c.bold(`${cliMessage('out.timeline-title', { date }, lang)}${result.province ? ` · ${result.province.name}` : ''}${regime ? ` · ${regime.id}: ${regime.name}` : ''}`)];
  for (const step of steps) {
    const condition = conditionText(step, lang);
    lines.push(`  ${(step.date ?? '—').padEnd(10)}  ${step.label} (${step.basisText})${condition ? ` — ${condition}` : ''}`);
    if (step.citation) lines.push(c.dim(`              ${step.citation} · ${cliMessage(`rules.confidence.${step.confidence}` as CliMessageCode, {}, lang)}`));
  }
  for (const f of findings) lines.push(c.yellow(`  ! ${f.message}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/**
 * `truongthon interim --appointed-on D`: the last day by which a head must be
 * elected after the commune appoints an interim head on D (6 months under
 * Nghị định 185/2026/NĐ-CP Điều 4 khoản 2 from 26/05/2026; TT 04/2012 Điều 12
 * before), with its citation.
 */
export async function runInterim(raw: { appointedOn?: string; format?: string }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.appointedOn, '--appointed-on')!;
  const format = choiceOption(raw.format, '--format', ['table', 'json'] as const) ?? (io.stdout.isTTY ? 'table' : 'json');
  const result = interimDeadline(date);
  const findings = result.findings.map((f) => renderFinding(f, lang));
  const citation = result.citations.map((c) => formatCitation(c, lang)).join('; ');
  if (format === 'json') {
    io.stdout.write(`${safeJson({ appointedOn: result.appointedOn, electionDueBy: result.electionDueBy, maxMonths: result.maxMonths, parameterId: result.parameterId, confidence: result.confidence, citations: result.citations, findings }, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines = [c.bold(cliMessage('out.interim-title', { date }, lang))];
  if (result.electionDueBy !== null && result.maxMonths !== null) {
    lines.push(`  ${cliMessage('out.interim-due', { due: result.electionDueBy, months: result.maxMonths }, lang)}`);
    if (result.confidence) lines.push(c.dim(`  ${citation} · ${cliMessage(`rules.confidence.${result.confidence}` as CliMessageCode, {}, lang)}`));
  } else {
    lines.push(`  ${cliMessage('out.interim-no-cap', {}, lang)}`);
  }
  for (const f of findings) lines.push(c.yellow(`  ! ${f.message}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function localName(name: unknown, lang: Lang): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object' && typeof (name as Record<string, unknown>)[lang] === 'string') return (name as Record<string, string>)[lang]!;
  return '';
}

// ─── tally ───────────────────────────────────────────────────────────────────

/** One output record of `truongthon tally`: one per meeting record of the input. */
export interface TallyRecord {
  readonly row: number;
  readonly lastRow: number;
  readonly id: string | null;
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

function tallyRecord(group: { row: number; lastRow: number; record: Record<string, unknown>; issues: RowIssue[]; columns: ReadonlyMap<string, { header: string; letter?: string }> }, result: MeetingResult, lang: Lang): TallyRecord {
  const rowIssues: RowIssue[] = [...group.issues];
  const failed = new Set(group.issues.map((i) => i.field));
  // A record that could not be read at all (bad JSON, CSV syntax) has nothing for the library to add.
  const unreadable = group.issues.length > 0 && Object.keys(group.record).length === 0;
  for (const issue of unreadable ? [] : result.issues) {
    const path = issue.path.replace(/\.\d+(?=\.|$)/gu, '');
    if (failed.has(path) || failed.has(path.replace(/^candidates\./u, 'candidate.'))) continue;
    rowIssues.push({ code: issue.code, column: group.columns.get(path) ?? null, field: issue.path, params: Object.fromEntries(Object.entries(issue.params).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number> });
  }
  const invalid = group.issues.length > 0;
  const unit = group.record['unit'] as { code?: unknown; name?: unknown } | undefined;
  const outcome = invalid ? 'invalid' : result.outcome;
  const { steps } = result;
  return {
    row: group.row,
    lastRow: group.lastRow,
    id: typeof group.record['id'] === 'string' ? group.record['id'] : null,
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
    deadlines: invalid ? [] : steps.map((s) => renderStep(s, lang)),
    findings: invalid ? [] : result.findings.map((f) => renderFinding(f, lang)),
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
      cliMessage('out.issues', {}, lang), cliMessage('out.codes', {}, lang), cliMessage('out.regime', {}, lang),
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
    ],
    widths: [7, 12, 24, 22, 14, 24, 10, 70, 60, 50, 30, 10],
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

/** Raw options of `tally` and `report`. */
export interface ProcedureFileOptions {
  readonly province?: string;
  readonly lang?: string;
  readonly format?: string;
  readonly out?: string;
  readonly encoding?: string;
  readonly sheet?: string;
  readonly headerRow?: string;
  readonly inputFormat?: string;
  readonly asOf?: string;
  readonly quiet?: boolean;
  readonly bom?: boolean;
}

async function openInput(file: string, raw: ProcedureFileOptions): Promise<OpenedFile> {
  const format = inputFormatOption(raw.inputFormat);
  return openFile(file, {
    ...(format ? { format } : {}),
    ...(raw.encoding !== undefined ? { encoding: raw.encoding } : {}),
    ...(raw.sheet !== undefined ? { sheet: raw.sheet } : {}),
    headerRow: headerRowOption(raw.headerRow),
  });
}

function checkHeader<F extends string>(source: OpenedFile, lookup: (h: string) => F | undefined, required: readonly F[], label: (f: F) => string): ReturnType<typeof mapColumns<F>> | undefined {
  if (source.columns === null) return undefined;
  const mapping = mapColumns(source.columns, lookup);
  const conflict = mapping.conflicts[0];
  if (conflict) throw new CliError('cli.header-duplicate-field', { field: label(conflict.field), first: conflict.first.header, second: conflict.second.header });
  for (const field of required) if (!mapping.fields.has(field)) throw new CliError('cli.header-missing', { column: label(field), accepted: `"${field}"` });
  return mapping;
}

/**
 * `truongthon tally FILE`: meeting records → outcome per meeting, with the
 * count against the whole electorate, the winner, and the deadlines that
 * follow. One output record per meeting, in input order, streamed. Exit 1
 * when a record is invalid, inconsistent or undetermined.
 */
export async function runTally(file: string, raw: ProcedureFileOptions, lang: Lang, io: Io): Promise<number> {
  const requested = choiceOption(raw.format, '--format', OUTPUT_FORMATS);
  const format = chooseFormat(requested, raw.out, io.stdout.isTTY === true);
  if (format === 'xlsx' && !raw.out && io.stdout.isTTY) throw new CliError('cli.binary-to-terminal');
  refuseOutputIsInput(file, raw.out);
  const source = await openInput(file, raw);
  let mapping;
  try {
    mapping = checkHeader<MeetingField>(source, meetingFieldForHeader, REQUIRED_MEETING_FIELDS, (f) => fieldName(f, lang));
  } catch (error) {
    await source.close();
    throw error;
  }
  const resolver = meetingResolver(mapping);
  const writer = await openRecordWriter(format, raw.out, tallyLayout(lang), (sink, stream) => tallyTable(sink, lang, colorsFor(stream, io.env)), io, raw.bom !== false);
  const counts = new Map<string, number>();
  let total = 0;
  let bad = 0;
  let notReviewed = false;
  try {
    for await (const group of groupMeetings(source.rows, resolver, { date1904: source.date1904 })) {
      const result = evaluateMeeting(group.record, { province: raw.province ?? null, trace: false });
      const record = tallyRecord(group, result, lang);
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


function fieldName(field: string, lang: Lang): string {
  return fieldLabel(field.replace(/^candidate\./u, 'candidates.'), lang);
}

// ─── report ──────────────────────────────────────────────────────────────────

interface ReportRow {
  readonly level: 'total' | ReportNode['level'];
  readonly code: string;
  readonly name: string;
  readonly node: { readonly counts: ReportNode['counts'] };
}

function flattenReport(report: SecretaryReport, lang: Lang): ReportRow[] {
  const rows: ReportRow[] = [{ level: 'total', code: '', name: formatMessage('report.total', {}, lang), node: { counts: report.total } }];
  const walk = (node: ReportNode) => {
    rows.push({ level: node.level, code: node.code, name: node.name ?? node.code, node });
    for (const child of node.children) walk(child);
  };
  for (const province of report.provinces) walk(province);
  return rows;
}

function reportLayout(lang: Lang): FlatLayout<ReportRow> {
  const col = (key: string) => formatMessage(`report.column.${key}`, {}, lang);
  const percent = cliMessage('out.percent', {}, lang);
  return {
    sheetTitle: cliMessage('out.report-sheet', {}, lang),
    header: [
      cliMessage('out.report-level', {}, lang), cliMessage('out.report-code', {}, lang), cliMessage('out.report-name', {}, lang),
      col('units'), col('leaders'), col('secretaryLeaders'), percent, col('partyMemberLeaders'), percent, col('nonPartyLeaders'), percent,
      col('membershipUnknown'), col('interim'), col('vacant'), col('withoutPartyCell'), col('partyCellUnknown'),
    ].map(escapeFormula),
    row: (r) => {
      const c = r.node.counts.total;
      const p = (v: number | null) => (v === null ? '' : v);
      return [
        escapeFormula(r.level === 'total' ? '' : formatMessage(`report.level.${r.level}`, {}, lang)), escapeFormula(r.code), escapeFormula(r.name),
        c.units, c.leaders, c.secretaryLeaders, p(c.percent.secretaryLeaders), c.partyMemberLeaders, p(c.percent.partyMemberLeaders), c.nonPartyLeaders, p(c.percent.nonPartyLeaders),
        c.membershipUnknown, c.interim, c.vacant, c.withoutPartyCell, c.partyCellUnknown,
      ];
    },
    widths: [22, 10, 32, 12, 14, 18, 10, 16, 10, 16, 10, 12, 10, 10, 12, 12],
  };
}

/**
 * `truongthon report FILE`: unit records → the secretary-also-leader report
 * per commune, district (until 30/06/2025) and province, in the Kon Tum
 * columns (2881/UBND-KTTH): leaders, secretaries also leader, Party-member
 * leaders, with percentages. The report is an aggregate: the rows are read
 * one at a time but the units are kept until the end. Exit 1 when records
 * are left out (listed with their row and reason).
 */
export async function runReport(file: string, raw: ProcedureFileOptions, lang: Lang, io: Io): Promise<number> {
  const asOf = dateOption(raw.asOf, '--as-of') ?? io.today();
  const format = chooseFormat(choiceOption(raw.format, '--format', ['table', 'json', 'csv', 'xlsx'] as const), raw.out, io.stdout.isTTY === true);
  if (format === 'xlsx' && !raw.out && io.stdout.isTTY) throw new CliError('cli.binary-to-terminal');
  refuseOutputIsInput(file, raw.out);
  const source = await openInput(file, raw);
  let mapping;
  try {
    mapping = checkHeader<UnitField>(source, unitFieldForHeader, REQUIRED_UNIT_FIELDS, (f) => fieldName(f, lang));
  } catch (error) {
    await source.close();
    throw error;
  }
  const rows: UnitRow[] = [];
  try {
    for await (const row of readUnits(source.rows, unitResolver(mapping), (value) => findProvince(value, asOf))) rows.push(row);
  } finally {
    await source.close();
  }
  // The library sees only readable rows; its indexes are mapped back to file rows.
  const readable = rows.filter((r) => r.record !== null);
  const report = secretaryAlsoLeaderReport(readable.map((r) => r.record), { asOf });
  const issues: (RecordIssue & { row: number | null })[] = [];
  for (const r of rows) for (const issue of r.issues) issues.push({ row: r.row, ...renderIssue(issue, lang) });
  for (const issue of report.issues) {
    const source = issue.index >= 0 ? readable[issue.index] : undefined;
    const column = source?.columns.get(issue.path as UnitField) ?? null;
    const params = Object.fromEntries(Object.entries(issue.params).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number>;
    issues.push({ row: source?.row ?? null, ...renderIssue({ code: issue.code, column, field: issue.path || null, params }, lang) });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rejected = rows.length - readable.length + report.rejected;
  const findings = report.findings.map((f) => renderFinding(f, lang));
  const deadlines = report.deadlines.map((d) => ({ ...d, citations: d.citations.map((c) => formatCitation(c, lang)) }));

  if (format === 'json') {
    const out = { asOf, records: rows.length, counted: report.counted, rejected, total: report.total, provinces: report.provinces, units: report.units, deadlines, findings, issues, ruleSetVersion: report.ruleSetVersion };
    await writeText(raw.out, `${safeJson(out, 2)}\n`, io);
  } else if (format === 'table') {
    const c = colorsFor(raw.out ? {} : io.stdout, io.env);
    const lines: string[] = [];
    for (const r of flattenReport(report, lang)) {
      const t = r.node.counts.total;
      const indent = r.level === 'total' ? '' : r.level === 'province' ? '  ' : r.level === 'district' ? '    ' : '      ';
      const label = `${indent}${r.code ? `${r.code} ` : ''}${sanitize(r.name)}`;
      const nums = `${formatMessage('report.column.units', {}, lang)}: ${t.units} · ${formatMessage('report.column.leaders', {}, lang)}: ${t.leaders} · ${formatMessage('report.column.secretaryLeaders', {}, lang)}: ${t.secretaryLeaders} (${num(t.percent.secretaryLeaders, lang)}%) · ${formatMessage('report.column.partyMemberLeaders', {}, lang)}: ${t.partyMemberLeaders} (${num(t.percent.partyMemberLeaders, lang)}%)`;
      lines.push(r.level === 'total' || r.level === 'province' ? c.bold(label) : label, c.dim(`${indent}  ${nums}`));
    }
    for (const d of deadlines) lines.push(c.cyan(cliMessage('out.report-deadline', { who: d.who, due: d.due, passed: d.passed ? cliMessage('out.report-deadline-passed', {}, lang) : '' }, lang)));
    // The count of records left out is in the summary (the library sees only the readable rows).
    for (const f of findings) if (f.code !== 'report.records-rejected') lines.push(c.yellow(`! ${f.message}`));
    for (const i of issues) lines.push(c.magenta(`⚠ ${i.row !== null ? `${cliMessage('out.row', {}, lang)} ${i.row}: ` : ''}${sanitize(i.message)}`));
    await writeText(raw.out, `${lines.join('\n')}\n`, io);
  } else {
    const writer = await openRecordWriter(format, raw.out, reportLayout(lang), () => {
      throw new Error('unreachable');
    }, io, raw.bom !== false);
    for (const r of flattenReport(report, lang)) await writer.write(r);
    await writer.end();
  }
  if (!raw.quiet) {
    for (const line of sheetNotes(source, lang)) note(io, line);
    note(io, cliMessage('out.report-summary', { records: rows.length, counted: report.counted, rejected }, lang));
    if (format !== 'table' && format !== 'json') for (const i of issues) note(io, `${i.row !== null ? `${cliMessage('out.row', {}, lang)} ${i.row}: ` : ''}${sanitize(i.message)}`);
  }
  return rejected === 0 && report.ok ? EXIT.ok : EXIT.notAllEligible;
}
