import { displayDate, electionTimeline, formatMessage } from '@truongthon/rules';
import { cliMessage, type Lang } from '../messages';
import { colorsFor } from '../render/color';
import { localName, renderFindings } from '../render/record';
import { conditionText, confidenceText, renderStep } from '../render/step';
import { safeJson } from '../render/writers';
import { overlaysOption } from '../overlays';
import { dateOption, EXIT, type Io, tableOrJson } from './common';

/**
 * `truongthon timeline --meeting-date D [--province X]`: every step of an
 * election around a meeting date, with its last allowed day and legal basis.
 */
export async function runTimeline(raw: { meetingDate?: string; province?: string; receivedOn?: string; format?: string; details?: boolean; overlays?: string[] }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.meetingDate, '--meeting-date')!;
  const receivedOn = dateOption(raw.receivedOn, '--received-on');
  const format = tableOrJson(raw.format, io);
  const overlays = await overlaysOption(raw.overlays, lang);
  const result = electionTimeline(date, { province: raw.province ?? null, receivedOn: receivedOn ?? null, overlays });
  if (!result.ok) {
    for (const issue of result.issues) io.stderr.write(`${formatMessage(issue.code, { ...issue.params, field: issue.path === 'electionDate' ? '--meeting-date' : issue.path === 'province' ? '--province' : issue.path }, lang)}\n`);
    return EXIT.usage;
  }
  const details = raw.details === true;
  const steps = result.steps.map((s) => renderStep(s, lang, details, overlays.documents));
  const findings = renderFindings(result.findings, lang, details, overlays.documents);
  const regime = result.regime ? { id: result.regime.id, name: localName(result.regime.name, lang) } : null;
  if (format === 'json') {
    io.stdout.write(`${safeJson({ meetingDate: date, regime, province: result.province, steps, findings, ruleIds: result.ruleIds }, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines = [c.bold(`${cliMessage('out.timeline-title', { date }, lang)}${result.province ? ` · ${result.province.name}` : ''}${regime ? ` · ${regime.id}: ${regime.name}` : ''}`)];
  for (const step of steps) {
    const condition = conditionText(step, lang);
    lines.push(`  ${(step.date === null ? '—' : displayDate(step.date, lang)).padEnd(10)}  ${step.label} (${step.basisText})${condition ? ` — ${condition}` : ''}`);
    // Officials read the basis alone; the step's confidence and its citations' notes only with --details (JSON keeps them as data).
    if (step.citation) lines.push(c.dim(`              ${step.citation}${details ? ` · ${confidenceText(step.confidence, lang)}` : ''}`));
  }
  for (const f of findings) lines.push(c.yellow(`  ! ${f.message}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
