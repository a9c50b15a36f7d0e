import { interimDeadline } from '@truongthon/rules';
import { cliMessage, type Lang } from '../messages';
import { colorsFor } from '../render/color';
import { citationDetails, citationsText, renderFindings } from '../render/record';
import { safeJson } from '../render/writers';
import { dateOption, EXIT, type Io, tableOrJson } from './common';

/**
 * `truongthon interim --appointed-on D`: the last day by which a head must be
 * elected after the commune appoints an interim head on D (6 months under
 * Nghị định 185/2026/NĐ-CP Điều 4 khoản 2 from 26/05/2026; TT 04/2012 Điều 12
 * before), with its citation.
 */
export async function runInterim(raw: { appointedOn?: string; format?: string; details?: boolean }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.appointedOn, '--appointed-on')!;
  const format = tableOrJson(raw.format, io);
  const result = interimDeadline(date);
  const details = raw.details === true;
  const findings = renderFindings(result.findings, lang, details);
  if (format === 'json') {
    io.stdout.write(`${safeJson({ appointedOn: result.appointedOn, electionDueBy: result.electionDueBy, maxMonths: result.maxMonths, parameterId: result.parameterId, confidence: result.confidence, citations: result.citations, findings }, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines = [c.bold(cliMessage('out.interim-title', { date }, lang))];
  if (result.electionDueBy !== null && result.maxMonths !== null) {
    lines.push(`  ${cliMessage('out.interim-due', { due: result.electionDueBy, months: result.maxMonths }, lang)}`);
    if (result.confidence) {
      const basis = citationsText(result.citations, lang, details);
      lines.push(c.dim(`  ${details ? `${basis} · ${citationDetails({ confidence: result.confidence }, lang)}` : basis}`));
    }
  } else {
    lines.push(`  ${cliMessage('out.interim-no-cap', {}, lang)}`);
  }
  for (const f of findings) lines.push(c.yellow(`  ! ${f.message}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
