import { type Citation, type Finding, formatCitation } from '@truongthon/core';
import type { Lang } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { t } from './i18n/index';

/** One thing that stops the form from being submitted, shown in the error summary. */
export interface Problem {
  readonly text: string;
  /** The field to focus (a dotted input path, or an element's own target such as `verdict`), or none. */
  readonly target?: string | undefined;
}

/**
 * The error summary shown on a blocked submit: a focusable alert listing
 * every problem; an entry whose field exists is a button that focuses it.
 */
export function renderSummary(lang: Lang, problems: readonly Problem[], focusable: (target: string) => boolean, focus: (target: string) => void): TemplateResult {
  return html`<div class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title">${problems.length === 1 ? t(lang, 'summary.headingOne') : t(lang, 'summary.heading', { count: problems.length })}</h2>
    <ul class="links">
      ${problems.map((problem) =>
        problem.target && focusable(problem.target)
          ? html`<li><button type="button" class="link" @click=${() => focus(problem.target!)}>${problem.text}</button></li>`
          : html`<li>${problem.text}</li>`,
      )}
    </ul>
  </div>`;
}

/** A citation in the element's language, flagged when its text was not verified. */
export function citationText(lang: Lang, citation: Citation): string {
  const text = formatCitation(citation, lang);
  return citation.confidence === 'unconfirmed' ? `${text} (${t(lang, 'result.unconfirmed')})` : text;
}

/** The "Basis: …" line of a finding or a step, or nothing when it has no citation. */
export function renderCitations(lang: Lang, citations: readonly Citation[]): TemplateResult | typeof nothing {
  return citations.length > 0
    ? html`<span class="citation" part="citation">${t(lang, 'result.basis')}: ${citations.map((citation) => citationText(lang, citation)).join('; ')}</span>`
    : nothing;
}

/**
 * A titled list of findings, each with its text and legal basis. `format` is
 * the rules' `formatFinding` over the catalogues the element needs (so that a
 * single-element bundle carries only its own texts).
 */
export function renderFindings(lang: Lang, heading: string, findings: readonly Finding[], format: (finding: Finding, lang: Lang) => string): TemplateResult {
  return html`<div>
    <h3>${heading}</h3>
    <ul class="findings">
      ${findings.map(
        (finding) => html`<li class="finding" part="finding" data-severity=${finding.severity} data-code=${finding.code}>
          ${format(finding, lang)} ${renderCitations(lang, finding.citations)}
        </li>`,
      )}
    </ul>
  </div>`;
}
