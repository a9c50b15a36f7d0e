import { findProvince, formatMessage, type ReportNode, type SecretaryReport, secretaryAlsoLeaderReport } from '@truongthon/rules';
import { sheetNotes } from '../io/open';
import { readUnits, REQUIRED_UNIT_FIELDS, type UnitField, unitFieldForHeader, unitResolver, type UnitRow } from '../io/unitRows';
import { cliMessage, type Lang, sanitize } from '../messages';
import { colorsFor } from '../render/color';
import { escapeFormula } from '../render/escape';
import { citationsText, type RecordIssue, renderFindings, renderIssue } from '../render/record';
import { num } from '../render/step';
import { type FlatLayout, safeJson } from '../render/writers';
import { checkHeader, choiceOption, dateOption, EXIT, type FileOptions, inputOptions, type Io, note, openInput, textParams } from './common';
import { openRecordWriter, outputFormat, outputPath, refuseOutputIsInput, writeText } from './output';
import { extname } from 'node:path';
import { renderDocx } from '../documents/docx';
import { type FlatReportRow, reportDocument } from '../documents/report';
import { CliError } from '../messages';
import { overlaysOption } from '../overlays';

/** The kinds a report counts apart (Nghị định 185/2026/NĐ-CP Điều 2), then `total`. */
type KindRow = keyof ReportNode['counts'];
const KINDS: readonly KindRow[] = ['total', 'thon', 'to_dan_pho', 'kind_unknown'];

/**
 * The report as flat rows, in every tabular format: for the whole report and
 * each province, district and commune, a row of all its units, then one per
 * kind it has (thôn, tổ dân phố, kind not known); then each record that was
 * not counted, with its row and reason (every issue of the unit file leaves
 * its record out), so that the file itself shows what its totals leave out.
 */
function flattenReport(report: SecretaryReport, excluded: readonly { readonly row: number | null; readonly message: string }[], rejected: number, lang: Lang): FlatReportRow[] {
  const rows: FlatReportRow[] = [];
  const add = (level: 'total' | ReportNode['level'], code: string, name: string, counts: ReportNode['counts']) => {
    for (const kind of KINDS) if (kind === 'total' || counts[kind].units > 0) rows.push({ level, code, name, kind, counts: counts[kind] });
  };
  const total = formatMessage('report.total', {}, lang);
  add('total', '', rejected > 0 ? cliMessage('out.report-total-excluded', { total, excluded: rejected }, lang) : total, report.total);
  const walk = (node: ReportNode) => {
    add(node.level, node.code, node.name ?? node.code, node.counts);
    for (const child of node.children) walk(child);
  };
  for (const province of report.provinces) walk(province);
  for (const issue of excluded) rows.push({ level: 'excluded', row: issue.row, reason: issue.message });
  return rows;
}

function reportLayout(lang: Lang): FlatLayout<FlatReportRow> {
  const col = (key: string) => formatMessage(`report.column.${key}`, {}, lang);
  const percent = cliMessage('out.percent', {}, lang);
  return {
    sheetTitle: cliMessage('out.report-sheet', {}, lang),
    header: [
      cliMessage('out.report-level', {}, lang), cliMessage('out.report-code', {}, lang), cliMessage('out.report-name', {}, lang), cliMessage('out.report-kind', {}, lang),
      col('units'), col('leaders'), col('secretaryLeaders'), percent, col('partyMemberLeaders'), percent, col('nonPartyLeaders'), percent,
      col('membershipUnknown'), col('interim'), col('vacant'), col('withoutPartyCell'), col('partyCellUnknown'),
    ].map(escapeFormula),
    row: (r) => {
      if (r.level === 'excluded') {
        return [escapeFormula(cliMessage('out.report-excluded', {}, lang)), r.row === null ? '' : `${cliMessage('out.row', {}, lang)} ${r.row}`, escapeFormula(r.reason), '', ...Array<string>(13).fill('')];
      }
      const c = r.counts;
      const p = (v: number | null) => (v === null ? '' : v);
      return [
        escapeFormula(r.level === 'total' ? '' : formatMessage(`report.level.${r.level}`, {}, lang)), escapeFormula(r.code), escapeFormula(r.name),
        r.kind === 'total' ? cliMessage('out.report-kind-all', {}, lang) : formatMessage(`report.kind.${r.kind}`, {}, lang),
        c.units, c.leaders, c.secretaryLeaders, p(c.percent.secretaryLeaders), c.partyMemberLeaders, p(c.percent.partyMemberLeaders), c.nonPartyLeaders, p(c.percent.nonPartyLeaders),
        c.membershipUnknown, c.interim, c.vacant, c.withoutPartyCell, c.partyCellUnknown,
      ];
    },
    widths: [22, 10, 32, 16, 12, 14, 18, 10, 16, 10, 16, 10, 12, 10, 10, 12, 12],
  };
}

/** Raw options of `truongthon report`, as commander gives them. */
export interface ReportCommandOptions extends FileOptions {
  readonly asOf?: string;
  /** `--overlays PATH` (repeatable): province data files or folders of them (the provinces' reporting deadlines). */
  readonly overlays?: readonly string[];
}

/**
 * `truongthon report FILE`: unit records → the secretary-also-leader report
 * per commune, district (until 30/06/2025) and province, in the Kon Tum
 * columns (2881/UBND-KTTH): leaders, secretaries also leader, Party-member
 * leaders, with percentages. The report is an aggregate: the rows are read
 * one at a time but the units are kept until the end. Exit 1 when records
 * are left out (listed with their row and reason).
 */
export async function runReport(file: string, raw: ReportCommandOptions, lang: Lang, io: Io): Promise<number> {
  const asOf = dateOption(raw.asOf, '--as-of') ?? io.today();
  const requested = choiceOption(raw.format, '--format', ['table', 'json', 'csv', 'xlsx', 'docx'] as const);
  // DOCX is the report's alone (a document, not a table of records): chosen by --format or an --out ending .docx.
  const docx = requested === 'docx' || (requested === undefined && raw.out !== undefined && extname(raw.out).toLowerCase() === '.docx');
  if (docx && outputPath(raw.out) === undefined && io.stdout.isTTY) throw new CliError('cli.binary-to-terminal');
  if (docx) refuseOutputIsInput(file, outputPath(raw.out));
  const format = docx ? 'docx' : outputFormat(file, requested, raw.out, io);
  const overlays = await overlaysOption(raw.overlays, lang);
  const [source, mapping] = await openInput(file, inputOptions(raw), (opened) => checkHeader<UnitField>(opened, unitFieldForHeader, REQUIRED_UNIT_FIELDS, lang));
  const rows: UnitRow[] = [];
  try {
    for await (const row of readUnits(source.rows, unitResolver(mapping), (value) => findProvince(value, asOf))) rows.push(row);
  } finally {
    await source.close();
  }
  // The library sees only readable rows; its indexes are mapped back to file rows.
  const readable = rows.filter((r) => r.record !== null);
  const report = secretaryAlsoLeaderReport(readable.map((r) => r.record), { asOf, overlays });
  const issues: (RecordIssue & { row: number | null })[] = [];
  for (const r of rows) for (const issue of r.issues) issues.push({ row: r.row, ...renderIssue(issue, lang) });
  for (const issue of report.issues) {
    const source = issue.index >= 0 ? readable[issue.index] : undefined;
    const column = source?.columns.get(issue.path as UnitField) ?? null;
    issues.push({ row: source?.row ?? null, ...renderIssue({ code: issue.code, column, field: issue.path || null, params: textParams(issue.params) }, lang) });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rejected = rows.length - readable.length + report.rejected;
  const details = raw.details === true;
  const findings = renderFindings(report.findings, lang, details, overlays.documents);
  const deadlines = report.deadlines.map((d) => ({ ...d, citations: d.citations.map((c) => citationsText([c], lang, details, overlays.documents)) }));
  const issueLine = (i: (typeof issues)[number]) => `${i.row !== null ? `${cliMessage('out.row', {}, lang)} ${i.row}: ` : ''}${sanitize(i.message)}`;

  if (format === 'json') {
    const out = { asOf, records: rows.length, counted: report.counted, rejected, total: report.total, provinces: report.provinces, units: report.units, deadlines, findings, issues, ruleSetVersion: report.ruleSetVersion };
    await writeText(raw.out, `${safeJson(out, 2)}\n`, io);
  } else if (format === 'docx') {
    const doc = reportDocument(flattenReport(report, issues, rejected, lang), asOf, lang, {
      deadlines: deadlines.map((d) => cliMessage('out.report-deadline', { who: d.who, due: d.due, passed: d.passed ? cliMessage('out.report-deadline-passed', {}, lang) : '' }, lang)),
      findings: findings.filter((f) => f.code !== 'report.records-rejected').map((f) => f.message),
    });
    await writeText(raw.out, await renderDocx(doc), io);
  } else if (format === 'table') {
    const c = colorsFor(raw.out ? {} : io.stdout, io.env);
    const lines: string[] = [];
    const rowsOfReport = flattenReport(report, [], 0, lang);
    for (const [i, r] of rowsOfReport.entries()) {
      if (r.level === 'excluded' || r.kind !== 'total') continue;
      const t = r.counts;
      const indent = r.level === 'total' ? '' : r.level === 'province' ? '  ' : r.level === 'district' ? '    ' : '      ';
      const label = `${indent}${r.code ? `${r.code} ` : ''}${sanitize(r.name)}`;
      const nums = `${formatMessage('report.column.units', {}, lang)}: ${t.units} · ${formatMessage('report.column.leaders', {}, lang)}: ${t.leaders} · ${formatMessage('report.column.secretaryLeaders', {}, lang)}: ${t.secretaryLeaders} (${num(t.percent.secretaryLeaders, lang)}%) · ${formatMessage('report.column.partyMemberLeaders', {}, lang)}: ${t.partyMemberLeaders} (${num(t.percent.partyMemberLeaders, lang)}%)`;
      lines.push(r.level === 'total' || r.level === 'province' ? c.bold(label) : label, c.dim(`${indent}  ${nums}`));
      // The units of each kind this area has (the rows that follow it).
      const kinds: string[] = [];
      for (let k = i + 1; k < rowsOfReport.length; k += 1) {
        const next = rowsOfReport[k]!;
        if (next.level === 'excluded' || next.kind === 'total') break;
        kinds.push(`${formatMessage(`report.kind.${next.kind}`, {}, lang)}: ${next.counts.units}`);
      }
      if (kinds.length > 0) lines.push(c.dim(`${indent}  ${kinds.join(' · ')}`));
    }
    for (const d of deadlines) lines.push(c.cyan(cliMessage('out.report-deadline', { who: d.who, due: d.due, passed: d.passed ? cliMessage('out.report-deadline-passed', {}, lang) : '' }, lang)));
    // The count of records left out is in the summary (the library sees only the readable rows).
    for (const f of findings) if (f.code !== 'report.records-rejected') lines.push(c.yellow(`! ${f.message}`));
    for (const i of issues) lines.push(c.magenta(`⚠ ${issueLine(i)}`));
    await writeText(raw.out, `${lines.join('\n')}\n`, io);
  } else {
    const writer = await openRecordWriter(format, raw.out, reportLayout(lang), () => {
      throw new Error('unreachable');
    }, io, raw.bom !== false);
    for (const r of flattenReport(report, issues, rejected, lang)) await writer.write(r);
    await writer.end();
  }
  if (!raw.quiet) {
    for (const line of sheetNotes(source, lang)) note(io, line);
    note(io, cliMessage('out.report-summary', { records: rows.length, counted: report.counted, rejected }, lang));
    if (format !== 'table' && format !== 'json' && format !== 'docx') for (const i of issues) note(io, issueLine(i));
  }
  return rejected === 0 && report.ok ? EXIT.ok : EXIT.notAllEligible;
}
