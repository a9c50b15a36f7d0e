import type { Citation, Finding } from '@truongthon/core';
import { citationText as officialCitation, type Lang } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { t } from './i18n/index';

/**
 * A citation as officials read it, in the element's language: the rules'
 * `citationText` ("khoản 3 Điều 12 Thông tư 04/2012/TT-BNV", "Công văn
 * 2881/UBND-KTTH của UBND tỉnh Kon Tum"), ending "(cần đối chiếu văn bản
 * gốc)" when its text was not verified.
 */
export function citationText(lang: Lang, citation: Citation): string {
  return officialCitation(citation, lang);
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
