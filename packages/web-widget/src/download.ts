/**
 * "Tải biên bản (.docx)" in the result panel of `<truongthon-election>`: the
 * count record of the meeting the element holds (Nghị định 59/2023 Mẫu 02,
 * or 04 for ballots taken to each household), made in the browser, without
 * any server, by the same document model and DOCX renderer as `truongthon
 * documents` (`@truongthon/cli/docx`). They live in a module of their own,
 * `truongthon-docx.js` (src/docx-module.ts), loaded on the first click from
 * beside the script that holds the element, so the element carries only this
 * button and its loader.
 */
import type { Lang, MeetingResult } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';

/** What the download module exports. */
export interface DocxModule {
  /**
   * Makes the meeting's count record as a DOCX file and hands it to the
   * browser as a download, named by unit and date as the CLI names it;
   * `false` when the record gives none.
   */
  downloadCountRecord(record: unknown, result: MeetingResult, lang: Lang): Promise<boolean>;
}

const TEXT = {
  vi: ['Tải biên bản (.docx)', 'Không tạo được biên bản.'],
  en: ['Download the count record (.docx)', 'The record could not be made.'],
} as const;

/** The button, for a result that has a count record (not a blank form, nor invalid, contradictory or undetermined figures). */
export function renderDownload(lang: Lang, record: unknown, result: MeetingResult, blank: boolean): TemplateResult | typeof nothing {
  if (blank || result.outcome === 'invalid' || result.outcome === 'inconsistent' || result.outcome === 'undetermined') return nothing;
  return html`<p part="download">
    <button type="button" class="button" part="button download" @click=${(event: Event) => download(event.currentTarget as HTMLButtonElement, record, result, lang)}>
      ${TEXT[lang][0]}</button
    ><span role="status"></span>
  </p>`;
}

/** Loads the module (once: the browser keeps it) and lets it make the file; says so when it cannot. */
async function download(button: HTMLButtonElement, record: unknown, result: MeetingResult, lang: Lang): Promise<void> {
  const status = button.nextElementSibling as HTMLElement;
  button.disabled = true;
  status.textContent = '';
  try {
    // `new URL('./…', import.meta.url)` as written, so that a bundler of the ES module entries finds the file; in the
    // single-file IIFE builds `import.meta.url` is the script's `document.currentScript`, read while it runs (the build's shim).
    const url = new URL('./truongthon-docx.js', import.meta.url);
    if (!(await ((await import(/* @vite-ignore */ url.href)) as DocxModule).downloadCountRecord(record, result, lang))) throw 0;
  } catch {
    status.textContent = ` ${TEXT[lang][1]}`;
  }
  button.disabled = false;
}
