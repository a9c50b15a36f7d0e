import { css } from './styles';

/*
 * In a module of its own: a tagged template is a call, which a bundler keeps
 * wherever its module is included, so next to `baseStyles` it would ship in
 * the candidate-only build too.
 */

/** Styles of `<truongthon-election>` only (candidate lines, the shares table, next steps, outcome tones). */
export const electionStyles = css`
  .result[data-tone='ok'] {
    --_tone: var(--_ok);
  }
  .result[data-tone='warn'] {
    --_tone: var(--_warn);
  }
  .result[data-tone='error'] {
    --_tone: var(--_error);
  }
  .quorum,
  .result p {
    margin: 0;
  }
  .quorum:not([data-met='true']) strong {
    color: var(--_error);
  }
  fieldset.row {
    padding: 0.5rem 0.75rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  fieldset.row > legend {
    font-weight: 600;
    font-size: 0.95em;
  }
  .row-grid {
    display: grid;
    gap: 0.5rem var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    align-items: start;
  }
  .button {
    font: inherit;
    color: var(--_accent);
    background: var(--_field-bg);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.4rem 0.9rem;
    min-height: 2.5rem;
    cursor: pointer;
    justify-self: start;
  }
  .button.add {
    font-weight: 600;
  }
  .button:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    font-size: 0.9em;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    vertical-align: top;
  }
  thead th {
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  meter {
    display: block;
    width: 100%;
    min-width: 4rem;
    height: 0.6rem;
  }
  tr[data-winner] th,
  .badge {
    color: var(--_ok);
    font-weight: 700;
  }
  .steps {
    display: grid;
    gap: 0.4rem;
    padding-inline-start: 1.25rem;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
