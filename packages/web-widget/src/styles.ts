import type { Styles } from './element';

/** A style sheet from static CSS text (no interpolations), adopted by the elements as a constructed sheet (src/element.ts). */
export const css = (strings: TemplateStringsArray): Styles => ({ cssText: strings[0]! });

/**
 * Shared styles. Everything themeable is a `--truongthon-*` custom property
 * or a `::part`; the host inherits the page's font and colour and follows its
 * `color-scheme` (light-dark() defaults, system colours for typed text). The elements adopt
 * these as constructed style sheets, which a strict CSP allows (no inline
 * `<style>`, no `style` attributes anywhere).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--truongthon-accent, light-dark(#0b5cad, #8ab4f8));
    --_ok: var(--truongthon-ok, light-dark(#17663a, #6fd08c));
    --_error: var(--truongthon-error, light-dark(#b3261e, #ff8a80));
    --_warn: var(--truongthon-warn, light-dark(#8a5300, #f0b35a));
    --_muted: var(--truongthon-muted, light-dark(#595959, #b3b3b3));
    --_border: var(--truongthon-border, #8c8c8c);
    --_bg: var(--truongthon-background, transparent);
    --_field-bg: var(--truongthon-field-background, Field);
    --_field-text: var(--truongthon-field-color, FieldText);
    --_radius: var(--truongthon-radius, 0.375rem);
    --_gap: var(--truongthon-gap, 1rem);
    --_focus: var(--truongthon-focus, light-dark(#1a4b8c, #ffbf47));
    display: block;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    line-height: 1.45;
  }
  /* Browsers without light-dark() (Chrome before 123, Safari before 17.5: still on many office computers) keep the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--truongthon-accent, #0b5cad);
      --_ok: var(--truongthon-ok, #17663a);
      --_error: var(--truongthon-error, #b3261e);
      --_warn: var(--truongthon-warn, #8a5300);
      --_muted: var(--truongthon-muted, #595959);
      --_focus: var(--truongthon-focus, #1a4b8c);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    display: grid;
    gap: var(--_gap);
    container-type: inline-size;
  }
  .layout,
  .form {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  @container (min-width: 54rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(17rem, 2fr);
    }
    .result {
      position: sticky;
      top: 1rem;
    }
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.75rem 1rem 1rem;
    min-width: 0;
  }
  fieldset.bare {
    border: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  input:not([type='radio']),
  select {
    font: inherit;
    color: var(--_field-text);
    background: var(--_field-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.55rem;
    min-height: 2.5rem;
    width: 100%;
  }
  input[type='radio'] {
    accent-color: var(--_accent);
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  @media (forced-colors: active) {
    input:focus-visible,
    select:focus-visible,
    button:focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
  [aria-invalid='true']:not([type='radio']) {
    border-color: var(--_error);
    border-width: 2px;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.25rem;
    border: 0;
    padding: 0;
    margin: 0;
  }
  fieldset.tri {
    display: grid;
    gap: 0.3rem;
    padding: 0.6rem 0;
    border: 0;
    border-radius: 0;
    border-top: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }
  legend + fieldset.tri,
  .hint + fieldset.tri {
    border-top: 0;
  }
  fieldset.tri > legend {
    float: left;
    width: 100%;
    margin-bottom: 0.3rem;
  }
  fieldset.tri > legend + * {
    clear: both;
  }
  .tri > legend {
    font-weight: 600;
    padding: 0;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: normal;
    cursor: pointer;
    min-height: 1.75rem;
  }
  .tri[data-invalid] .choices label {
    color: var(--_error);
  }
  button.link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
    /* WCAG 2.2 target size: at least 24 CSS px. */
    min-height: 24px;
    padding-block: 2px;
  }
  li + li {
    margin-top: 0.25rem;
  }
  ul.links {
    list-style: none;
    padding-inline-start: 0;
  }
  .summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .summary h2,
  .result h2 {
    font-size: 1.1em;
    margin: 0 0 0.5rem;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  /* The tone of a result (--_tone: --_ok, --_warn, --_error) colours its edge and its verdict line. */
  .result {
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_tone, var(--_muted));
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    display: grid;
    gap: 0.6rem;
  }
  .result[data-verdict='eligible'] {
    --_tone: var(--_ok);
  }
  .result[data-verdict='ineligible'] {
    --_tone: var(--_error);
  }
  .result[data-verdict='undetermined'] {
    --_tone: var(--_warn);
  }
  .verdict {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0;
    /* Inherited when there is no tone. */
    color: var(--_tone);
  }
  .findings {
    display: grid;
    gap: 0.4rem;
    list-style: none;
    padding: 0;
  }
  .finding {
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
  }
  .finding[data-severity='error'] {
    border-inline-start-color: var(--_error);
  }
  .finding[data-severity='warning'] {
    border-inline-start-color: var(--_warn);
  }
  .citation {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .config {
    border: 2px dashed var(--_error);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  /* A narrow screen (a 375 px phone): the result panel above the form, not below all its questions. */
  @container (max-width: 54rem) {
    .result {
      order: -1;
    }
  }
  /* Print: a declaration, values as text (no radio buttons, no empty boxes), the result after them, citations as plain lines. */
  @media print {
    :host {
      font-size: 9pt;
      line-height: 1.25;
    }
    .root,
    .layout,
    .form,
    .grid,
    fieldset {
      display: block;
    }
    .result {
      order: 0;
      margin-top: 0.5rem;
    }
    fieldset {
      padding: 0.2rem 0.5rem;
      margin-bottom: 0.3rem;
    }
    .field,
    fieldset.tri {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      padding: 0;
      border: 0;
    }
    fieldset.tri > legend {
      width: auto;
      margin: 0 0.5rem 0 0;
    }
    .tri .choices {
      clear: none;
    }
    input:not([type='radio']),
    select {
      border: 0;
      padding: 0;
      min-height: 0;
      width: auto;
      flex: 1;
      appearance: none;
      background: none;
      color: inherit;
    }
    ::placeholder {
      color: transparent;
    }
    input[type='radio'],
    .choices label:not(:has(:checked)),
    .hint,
    .optional,
    .summary,
    .button,
    [part~='download'] {
      display: none;
    }
  }
`;
