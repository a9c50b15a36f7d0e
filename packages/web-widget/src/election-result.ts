/** The result panel of `<truongthon-election>`: outcome, quorum, shares of the whole electorate, issues, findings, next steps. */
import { fieldLabel, formatFinding, formatMessage, type Lang, type MeetingResult, type ProcedureStep } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { te } from './i18n/election';
import { fill, t } from './i18n/index';
import { renderCitations, renderFindings } from './render';

/** How an outcome is coloured: good, to follow up, or wrong. */
export const TONE: Readonly<Record<MeetingResult['outcome'], 'ok' | 'warn' | 'error'>> = {
  elected: 'ok',
  carried: 'ok',
  'no-winner': 'warn',
  'not-carried': 'warn',
  undetermined: 'warn',
  'household-ballot-required': 'warn',
  'invalid-meeting': 'error',
  inconsistent: 'error',
  invalid: 'error',
};

/**
 * The result panel; `issues` are the input issues to correct, each a link to
 * its field where the form has one. A `blank` form (nothing typed, no submit
 * tried) gets a neutral panel instead of the list of what it lacks.
 */
export function renderResult(lang: Lang, result: MeetingResult, issues: readonly (TemplateResult | string)[], blank = false, download: TemplateResult | typeof nothing = nothing): TemplateResult {
  if (blank) {
    return html`<section class="result" part="result" data-outcome="empty" aria-labelledby="result-title">
      <h2 id="result-title">${te(lang, 'result.heading')}</h2>
      <p class="verdict" part="outcome" role="status" tabindex="-1">${te(lang, 'result.empty')}</p>
    </section>`;
  }
  const { quorum, motion, steps } = result;
  // More present than the whole electorate: the rules' coded finding, never "enough present".
  const impossible = result.findings.find((finding) => finding.code === 'tally.present-exceeds-total');
  const meta: string[] = [];
  if (result.regime) meta.push(`${t(lang, 'result.regime')}: ${result.regime.name[lang]}`);
  if (result.province) meta.push(`${fieldLabel('province', lang)}: ${result.province.name}`);
  return html`<section class="result" part="result" data-outcome=${result.outcome} data-tone=${TONE[result.outcome]} aria-labelledby="result-title">
    <h2 id="result-title">${te(lang, 'result.heading')}</h2>
    <p class="verdict" part="outcome" role="status" tabindex="-1">
      ${t(lang, 'result.verdict', { verdict: formatMessage(`outcome.${result.outcome}`, {}, lang) })}
    </p>
    ${quorum
      ? html`<p class="quorum" part="quorum" data-met=${impossible ? 'impossible' : quorum.met}>
          ${te(lang, 'quorum', { present: quorum.present, total: quorum.total, percent: quorum.percent, required: quorum.requiredPercent })}
          <strong>${impossible ? formatFinding(impossible, lang) : te(lang, quorum.met ? 'quorum.met' : 'quorum.notMet')}</strong>
        </p>`
      : nothing}
    ${result.candidates.length > 0 && quorum ? renderShares(lang, result, quorum.total) : nothing}
    ${motion && quorum ? html`<p part="motion">${te(lang, 'motion', { votes: motion.votesFor, total: quorum.total, percent: motion.percent })}</p>` : nothing}
    ${issues.length > 0
      ? html`<div>
          <h3>${t(lang, 'result.issues')}</h3>
          <ul class="links">
            ${issues.map((issue) => html`<li>${issue}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${result.findings.length > 0 ? renderFindings(lang, te(lang, 'findings'), result.findings, formatFinding) : nothing}
    ${steps.length > 0
      ? html`<div part="steps">
          <h3>${te(lang, 'steps')}</h3>
          <ol class="steps">
            ${steps.map(
              (step) => html`<li class="step" part="step" data-step=${step.id}>
                <strong>${formatMessage(`step.${step.id}`, {}, lang)}</strong>: ${when(lang, step)} ${renderCitations(lang, step.citations)}
              </li>`,
            )}
          </ol>
        </div>`
      : nothing}
    ${download} ${meta.map((line) => html`<p class="meta">${line}</p>`)}
  </section>`;
}

/**
 * Votes and shares of the whole electorate, with the result's winning
 * threshold (`winThreshold`); the meters, coloured against it, are shown
 * only when it is known.
 */
function renderShares(lang: Lang, result: MeetingResult, total: number): TemplateResult {
  const threshold = result.winThreshold?.percent;
  return html`<table class="shares" part="shares">
    <caption>
      ${te(lang, 'shares', { total })} ${threshold === undefined ? nothing : te(lang, 'shares.required', { required: threshold })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${te(lang, 'col.name')}</th>
        <th scope="col" class="num">${te(lang, 'col.votes')}</th>
        <th scope="col" class="num">${te(lang, 'col.share')}</th>
      </tr>
    </thead>
    <tbody>
      ${result.candidates.map((line) => {
        const won = result.winner?.name === line.name;
        return html`<tr ?data-winner=${won}>
          <th scope="row">${line.name}${won ? html` <strong class="badge">${te(lang, 'winner')}</strong>` : nothing}</th>
          <td class="num">${line.votes}</td>
          <td class="num">
            ${fill(lang, '{p}%', { p: line.percent })}
            ${threshold === undefined
              ? nothing
              : html`<meter aria-hidden="true" min="0" max="100" low=${threshold} high=${threshold} optimum="100" .value=${line.percent}></meter>`}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** When a step is due: its last day, how it is counted and from when, the longest it may last, where the number comes from. */
function when(lang: Lang, step: ProcedureStep): string {
  const parts: string[] = [];
  const basis = step.basis;
  if (step.date) parts.push(te(lang, 'step.by', { date: step.date }));
  if (basis.kind !== 'meeting-day') {
    let text = formatMessage(`basis.${basis.kind}`, 'days' in basis ? { days: basis.days } : {}, lang);
    if (basis.kind !== 'not-set' && basis.kind !== 'calendar-days-before' && basis.from) text += ` ${te(lang, 'step.since', { date: basis.from })}`;
    parts.push(text);
  }
  if (step.maxMonths != null) parts.push(te(lang, 'step.maxMonths', { months: step.maxMonths }));
  if ((step as { source?: string }).source === 'province') parts.push(te(lang, 'step.province'));
  return parts.join(', ');
}
