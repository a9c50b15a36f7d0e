import type { CandidateInput, InputIssue } from '@truongthon/core';
import { CANDIDATE_FIELD_LABELS, CANDIDATE_FIELDS, CANDIDATE_MESSAGES, type CandidateResult, checkCandidate, createFormatter, displayDate, type FieldDescription, type FieldGroup, type Lang } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { at, readRecord, readText, typedDate } from './draft';
import type { ElectionChangeDetail } from './election';
import { FormAssociatedElement, type Problem } from './form-associated';
import { t, type UiKey } from './i18n/index';
import { renderFindings } from './render';
import { baseStyles } from './styles';

/**
 * Texts of candidate checks only (input and engine errors, eligibility,
 * policy, verdicts): every code `checkCandidate` can return is in these catalogues,
 * and leaving out the meeting and report texts keeps them out of
 * `truongthon-candidate.iife.js`.
 */
const { fieldLabel, formatFinding, formatIssue, formatMessage } = /* @__PURE__ */ createFormatter(CANDIDATE_MESSAGES, CANDIDATE_FIELD_LABELS);

/** A yes / no / not-known answer, as the library takes it. */
type Flag = boolean | null;

/**
 * What the form holds, by field path: raw text as typed, flags as chosen,
 * and (`passthrough`) the fields with no control in the form (`id`,
 * `unitCode`), kept as given. Turned into library input by {@link toInput}.
 */
interface Draft {
  readonly fields: Readonly<Record<string, string | Flag>>;
  readonly passthrough: Readonly<Record<string, unknown>>;
}

/**
 * The fields an element's form is built from: its class's field descriptions
 * (a subclass may describe an extended schema). A field with a section is
 * asked; one without (`id`, `unitCode`) is passed through as given.
 */
function fieldsOf(element: TruongthonCandidate): readonly FieldDescription[] {
  return (element.constructor as typeof TruongthonCandidate).fields;
}

/** The field the form asks at a path, if any. */
function askedField(element: TruongthonCandidate, path: string): FieldDescription | undefined {
  return fieldsOf(element).find((field) => field.path === path && field.group !== null);
}

/** The form's sections, in order; `criteria` is titled by `section.attestations`. */
const SECTIONS: readonly FieldGroup[] = ['person', 'residence', 'party', 'criteria', 'other'];
/** A stand-in answer of each kind, for a bare candidate (see {@link bare}). */
const PLACEHOLDER: Readonly<Record<string, unknown>> = { text: '-', date: '1900-01-01', flag: null, count: 0, list: [] };

/**
 * A bare candidate: each required field of the description with a stand-in
 * answer of its kind (a choice's first value), nothing else. What it lacks
 * under the rules in force on an election date is what those rules ask, so
 * the form shows the residence and criteria questions of that date's law
 * without a list of its own (see `#shows`).
 */
function bare(fields: readonly FieldDescription[]): CandidateInput {
  const input: Record<string, unknown> = {};
  for (const field of fields) if (field.required) put(input, field.path, field.kind === 'choice' ? field.values![0] : PLACEHOLDER[field.kind]);
  return input as CandidateInput;
}
const YES_NO: readonly [UiKey, UiKey, UiKey] = ['choice.yes', 'choice.no', 'choice.unknown'];
const MET: readonly [UiKey, UiKey, UiKey] = ['choice.met', 'choice.notMet', 'choice.notAssessed'];
/** Paths of the election context the element builds from its attributes: problems there are the integrator's. */
const CONTEXT_PATHS = new Set(['electionDate', 'province']);

/** Sets a dotted path of a record, creating the objects on the way. */
function put(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = record;
  for (const key of keys) target = (target[key] ??= {}) as Record<string, unknown>;
  target[last] = value;
}

/** Reads anything a host may assign to `value` (an object or its JSON) into a draft; unknown fields are dropped. */
function toDraft(all: readonly FieldDescription[], value: unknown): Draft {
  const record = readRecord(value);
  const fields: Record<string, string | Flag> = {};
  const passthrough: Record<string, unknown> = {};
  for (const field of all) {
    const given = at(record, field.path);
    if (field.group === null) {
      if (given !== undefined) put(passthrough, field.path, given);
    } else if (field.kind === 'flag') fields[field.path] = typeof given === 'boolean' ? given : null;
    // A choice that cannot be left unanswered (the post) starts at its first value.
    else if (field.kind === 'choice' && !field.nullable) fields[field.path] = field.values!.includes(given as string) ? (given as string) : field.values![0]!;
    // A date given as `YYYY-MM-DD` is shown as people write it.
    else fields[field.path] = field.kind === 'date' ? displayDate(readText(given)) : readText(given);
  }
  return { fields, passthrough };
}

/**
 * The library input for a draft: blank text is left out (so it reads as
 * missing), unknown answers are `null`, typed dates are `YYYY-MM-DD`.
 */
function toInput(all: readonly FieldDescription[], draft: Draft): CandidateInput {
  const input: Record<string, unknown> = { ...draft.passthrough };
  for (const field of all) {
    const value = draft.fields[field.path];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    put(input, field.path, field.kind === 'date' ? typedDate(value as string) : value);
  }
  return input as CandidateInput;
}

/** Today in the browser's time zone, `YYYY-MM-DD` (the UTC calendar date of local midnight's wall-clock time). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Detail of `truongthon-change`: the value as now typed and its check result. */
export interface CandidateChangeDetail {
  readonly value: CandidateInput;
  readonly result: CandidateResult;
}

/** Detail of `truongthon-verdict`: the new verdict, with the value and full result that gave it. */
export interface CandidateVerdictDetail {
  readonly verdict: CandidateResult['verdict'];
  readonly value: CandidateInput;
  readonly result: CandidateResult;
}

/**
 * A candidate form for Trưởng thôn / Tổ trưởng tổ dân phố (or deputy) that
 * checks eligibility as the user types, with `@truongthon/rules`: it shows
 * the verdict, each finding with its legal basis, and the missing answers
 * that could still change an undetermined verdict. Inside a `<form>` it
 * submits the candidate as JSON under its `name` and blocks submission while
 * the input is invalid (or, with `require-eligible`, while the candidate is
 * not eligible).
 *
 * @tag truongthon-candidate
 * @summary Candidate eligibility form (form-associated).
 *
 * @attr {string} lang - `vi` (default) or `en`; when absent, inherited from the closest `[lang]` ancestor.
 * @attr {boolean} hide-policy - Leave the Party-policy advice out of the result panel (it never changes the verdict).
 * @attr {boolean} mirror-input - Also put the value in a hidden `<input>` after the element (for code that reads `form.elements` or `$(form).serialize()`, which skip custom elements); the element then leaves the value to it.
 * @attr {string} unit-kind - The local word for the units (`ap`/`ấp`, `ban`, `khom`, …: the rules' `UNIT_KIND_NAMES`): Vietnamese labels and hints read it instead of "thôn, tổ dân phố".
 *
 * @fires {CustomEvent<CandidateChangeDetail>} truongthon-change - The user changed an answer; `detail` has the value and the check result.
 * @fires {Event} input - Also after a form reset or a restore of the page's form state (the value went back).
 * @fires {Event} change - After a form reset or a restore, with `input`.
 * @fires {CustomEvent<CandidateVerdictDetail>} truongthon-verdict - The verdict changed (also on the first render); `detail` has the verdict, value and result.
 *
 * @csspart form - The wrapper of all the inputs.
 * @csspart section - Each group of fields (a `<fieldset>`).
 * @csspart legend - The title of a group of fields.
 * @csspart field - A labelled text field or select.
 * @csspart label - A field's label.
 * @csspart input - A text input or select.
 * @csspart hint - The hint under a label.
 * @csspart error - A field's error message.
 * @csspart choice-group - A yes / no / unknown question.
 * @csspart summary - The error summary shown on a blocked submit.
 * @csspart result - The result panel.
 * @csspart verdict - The verdict line in the result panel.
 * @csspart finding - One finding in the result panel.
 * @csspart citation - The legal basis of a finding.
 * @csspart missing - The list of missing answers.
 * @csspart config - The configuration-error box (wrong or missing `election-date` / `province`).
 *
 * @cssprop [--truongthon-accent=light-dark(#0b5cad, #8ab4f8)] - Links, radio buttons.
 * @cssprop [--truongthon-ok=light-dark(#17663a, #6fd08c)] - Eligible.
 * @cssprop [--truongthon-error=light-dark(#b3261e, #ff8a80)] - Errors and ineligible.
 * @cssprop [--truongthon-warn=light-dark(#8a5300, #f0b35a)] - Undetermined and warnings.
 * @cssprop [--truongthon-muted=light-dark(#595959, #b3b3b3)] - Hints and citations.
 * @cssprop [--truongthon-border=#8c8c8c] - Borders.
 * @cssprop [--truongthon-background=transparent] - Background of the element.
 * @cssprop [--truongthon-field-background=Field] - Background of inputs.
 * @cssprop [--truongthon-field-color=FieldText] - Text typed in inputs (set it with the field background).
 * @cssprop [--truongthon-radius=0.375rem] - Corner radius.
 * @cssprop [--truongthon-gap=1rem] - Space between fields.
 * @cssprop [--truongthon-focus=light-dark(#1a4b8c, #ffbf47)] - Focus ring.
 */
export class TruongthonCandidate extends FormAssociatedElement<Draft> {
  /** The element's shadow styles; theme it with the CSS custom properties and parts above. */
  static override styles = baseStyles;

  /**
   * The candidate's fields the form is built from: the rules'
   * `CANDIDATE_FIELDS`. A subclass may give the description of an extended
   * schema (`describeCandidate` of `@truongthon/rules`); a field with no
   * words of its own is asked under "Other information".
   */
  static fields: readonly FieldDescription[] = CANDIDATE_FIELDS;

  static override properties = {
    electionDate: { type: String, attribute: 'election-date', reflect: true },
    province: { type: String, reflect: true },
    name: { type: String, reflect: true },
    requireEligible: { type: Boolean, attribute: 'require-eligible', reflect: true },
    hidePolicy: { type: Boolean, attribute: 'hide-policy', reflect: true },
  };

  /** Election (community meeting) date, `YYYY-MM-DD` or `dd/MM/yyyy`: chooses the legal regime and the day age is counted on. Required. */
  declare electionDate: string | null;
  /** Province code (`46`) or name (`Thừa Thiên Huế`), read on the election date: chooses provincial rules such as the term length. */
  declare province: string | null;
  /** The name the candidate is submitted under (its value is the candidate as JSON). */
  declare name: string | null;
  /** Also block form submission while the candidate is not `eligible` (by default only invalid input blocks it). */
  declare requireEligible: boolean;
  /** Leave the Party-policy advice out of the result panel (it never changes the verdict; `result` keeps it). */
  declare hidePolicy: boolean;
  /** The value a form reset returns to (default: an empty form). */
  declare defaultValue: Partial<CandidateInput> | null;

  constructor() {
    super();
    this.electionDate = null;
    this.province = null;
    this.name = null;
    this.requireEligible = false;
    this.hidePolicy = false;
  }

  /** The candidate as library input (what is submitted, as JSON). Assign an object (or its JSON) to fill the form. */
  get value(): CandidateInput {
    return toInput(fieldsOf(this), this.draft);
  }

  set value(value: Partial<CandidateInput> | string | null | undefined) {
    this.draft = toDraft(fieldsOf(this), value);
  }

  /**
   * The questions the rules in force on `date` ask (`paths`; `null`: no such
   * rules, every question is shown) and those shown for an answer they held
   * (`kept`, so that one does not vanish when the user answers it "unknown"), see `#shows`.
   */
  #asked?: { readonly date: string | null; readonly paths: ReadonlySet<string> | null; readonly kept: Set<string> };

  /** The check result for the current value, election date and province (computed on demand, cached). */
  get result(): CandidateResult {
    const { draft, electionDate, province, loaded } = this;
    return this.cached([draft, electionDate, province, loaded], () =>
      checkCandidate(toInput(fieldsOf(this), draft), { electionDate: this.#electionDay, province: province || null }, { trace: false, today: localToday(), overlays: loaded.registry }),
    );
  }

  /** The `election-date` attribute as a legal date (it may be written `dd/MM/yyyy` too). */
  get #electionDay(): string | undefined {
    return this.electionDate ? typedDate(this.electionDate) : undefined;
  }

  protected read(value: unknown): Draft {
    return toDraft(fieldsOf(this), value);
  }

  protected edit(draft: Draft, path: string, value: string): Draft {
    const field = askedField(this, path);
    if (!field) return draft;
    const next = field.kind === 'flag' ? (value === 'true' ? true : value === 'false' ? false : null) : value;
    return draft.fields[path] === next ? draft : { ...draft, fields: { ...draft.fields, [path]: next } };
  }

  protected readonly stateNames: readonly string[] = ['eligible', 'ineligible', 'undetermined', 'invalid'];
  protected readonly stateEvent = ['truongthon-verdict', 'verdict'] as const;

  protected currentState(): string {
    return this.result.verdict;
  }

  /** What the control of a path shows: its text, the chosen option, or the radio value of a yes / no / unknown answer. */
  protected override shownText(path: string, type: string): string {
    return String(this.draft.fields[path] ?? (type === 'radio' ? null : ''));
  }

  /** The focusable control for a dotted input path, if the form has one. */
  protected control(path: string): HTMLElement | null {
    return path === 'verdict' ? this.renderRoot.querySelector<HTMLElement>('.verdict') : this.controlOf(path);
  }

  #isContextIssue(issue: InputIssue): boolean {
    return CONTEXT_PATHS.has(issue.path);
  }

  /** The text of an input issue (a typed date the library cannot read in the form's words). */
  #issueText(issue: InputIssue, lang: Lang): string {
    return this.dateIssue(issue, lang) ?? formatIssue(issue, lang);
  }

  /** Everything that blocks submission, in the order of the form. */
  protected problems(lang: Lang): Problem[] {
    const result = this.result;
    const problems: Problem[] = result.issues.map((issue) => ({ text: this.#issueText(issue, lang), target: this.#isContextIssue(issue) ? undefined : issue.path }));
    if (problems.length > 0 || !this.requireEligible) return problems;
    if (result.verdict === 'ineligible') problems.push({ text: t(lang, 'validity.ineligible'), target: 'verdict' });
    if (result.verdict === 'undetermined') problems.push({ text: t(lang, 'validity.undetermined'), target: result.missing[0] ?? 'verdict' });
    return problems;
  }

  protected configErrors(lang: Lang): string[] {
    return this.result.issues.filter((issue) => this.#isContextIssue(issue)).map((issue) => this.#issueText(issue, lang));
  }

  protected validityProblem(): { message: string; anchor: HTMLElement | null } | undefined {
    const lang = this.language;
    const result = this.result;
    const contextIssue = result.issues.find((issue) => this.#isContextIssue(issue));
    const firstControl = this.renderRoot.querySelector<HTMLElement>('input, select');
    if (contextIssue) return { message: t(lang, 'validity.config', { message: this.#issueText(contextIssue, lang) }), anchor: firstControl };
    const issue = result.issues[0];
    if (issue) return { message: t(lang, 'validity.invalid', { message: this.#issueText(issue, lang) }), anchor: this.control(issue.path) ?? firstControl };
    const problem = this.problems(lang)[0];
    if (problem) return { message: problem.text, anchor: this.control(problem.target ?? 'verdict') ?? firstControl };
    return undefined;
  }

  protected label(path: string, lang: Lang): string {
    return fieldLabel(path, lang);
  }

  protected errors(path: string, lang: Lang): string[] {
    return this.result.issues.filter((issue) => issue.path === path).map((issue) => this.#issueText(issue, lang));
  }

  protected renderFields(lang: Lang): TemplateResult {
    return html`${SECTIONS.map((group) => {
      const fields = fieldsOf(this).filter((field) => field.group === group);
      if (fields.length === 0) return nothing;
      // The criteria to attest come first, then the exclusions.
      if (group === 'criteria') fields.sort((a, b) => Number(!a.assessed) - Number(!b.assessed));
      const grid = group === 'person';
      const controls = fields.map((field) => this.#control(lang, field));
      return html`<fieldset part="section">
        <legend part="legend">${t(lang, group === 'criteria' ? 'section.attestations' : (`section.${group}` as UiKey))}</legend>
        ${group === 'criteria' ? html`<p class="hint" part="hint">${t(lang, 'section.attestations.hint')}</p>` : nothing}
        ${grid ? html`<div class="grid">${controls}</div>` : controls}
      </fieldset>`;
    })}`;
  }

  /** The control of one field, by its kind: a text or date input, a select, or a yes / no / unknown question. */
  #control(lang: Lang, field: FieldDescription): TemplateResult | typeof nothing {
    const { path, kind } = field;
    const optional = !field.required;
    const hint = field.hint?.[lang];
    if (kind === 'flag') {
      const choices = (field.assessed ? MET : YES_NO).map((key, i) => [['true', 'false', 'null'][i]!, t(lang, key)] as const);
      return field.group === 'residence' || field.group === 'criteria' ? this.#question(lang, path, choices) : this.radios(lang, path, choices);
    }
    if (kind === 'choice') {
      const options = field.values!.map((value) => [value, field.valueLabels?.[value]?.[lang] ?? value] as const);
      return this.select(lang, path, field.nullable ? [['', t(lang, 'choice.none')], ...options] : options, field.nullable);
    }
    return this.input(lang, path, { optional, hint, ...(kind === 'date' ? { type: 'date' } : {}), ...(kind === 'citizenId' ? { numeric: true } : {}) });
  }

  /**
   * Nothing typed or answered yet (the post aside) and no submit tried: the
   * result panel is neutral instead of listing what an empty form lacks.
   */
  #blank(): boolean {
    return !this.submitted && Object.entries(this.draft.fields).every(([path, value]) => value === null || value === '' || askedField(this, path)?.kind === 'choice');
  }

  protected renderResult(lang: Lang): TemplateResult {
    const result = this.result;
    const blank = this.#blank();
    const legal = blank ? [] : result.findings.filter((finding) => finding.kind === 'legal');
    const policy = this.hidePolicy || blank ? [] : result.findings.filter((finding) => finding.kind === 'policy');
    // After a blocked submit the error summary lists the issues: not again here.
    const candidateIssues = blank || this.submitted ? [] : result.issues.filter((issue) => !this.#isContextIssue(issue));
    const missing = blank ? [] : result.missing;
    const meta: string[] = [];
    const electionDay = this.#electionDay;
    if (electionDay && !result.issues.some((issue) => issue.path === 'electionDate')) meta.push(`${t(lang, 'result.electionDate')}: ${displayDate(electionDay, lang)}`);
    if (result.regime) meta.push(`${t(lang, 'result.regime')}: ${result.regime.name[lang]}`);
    if (result.term) meta.push(`${t(lang, 'result.term')}: ${result.term.label} (${displayDate(result.term.start, lang)} – ${displayDate(result.term.end, lang)}, ${t(lang, 'result.years', { years: result.term.lengthYears })})`);
    const link = (path: string, text: string) => this.fieldLink(path, text, askedField(this, path)?.kind === 'flag' ? this.#shows(path) : askedField(this, path) !== undefined);
    return html`<section class="result" part="result" data-verdict=${blank ? 'empty' : result.verdict} aria-labelledby="result-title">
      <h2 id="result-title">${t(lang, 'result.heading')}</h2>
      <p class="verdict" part="verdict" role="status" tabindex="-1">
        ${blank ? t(lang, 'result.empty') : t(lang, 'result.verdict', { verdict: formatMessage(`verdict.${result.verdict}`, {}, lang) })}
      </p>
      ${candidateIssues.length > 0
        ? html`<div>
            <h3>${t(lang, 'result.issues')}</h3>
            <ul class="links">
              ${candidateIssues.map((issue) => html`<li>${link(issue.path, this.#issueText(issue, lang))}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${legal.length > 0 ? renderFindings(lang, t(lang, 'result.legal'), legal, formatFinding) : nothing}
      ${missing.length > 0
        ? html`<div part="missing">
            <h3>${t(lang, 'result.missing')}</h3>
            <ul class="links">
              ${missing.map((path) => html`<li>${link(path, fieldLabel(path, lang))}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${policy.length > 0 ? renderFindings(lang, t(lang, 'result.policy'), policy, formatFinding) : nothing}
      ${result.verdict === 'eligible' && legal.length === 0 && policy.length === 0 ? html`<p class="meta">${t(lang, 'result.noFindings')}</p>` : nothing}
      ${meta.map((line) => html`<p class="meta">${line}</p>`)}
    </section>`;
  }

  /**
   * Whether the form shows the yes / no / unknown question of a path: those
   * of the Party and other sections always; the residence and criteria questions when the
   * rules in force on the election date ask for them (a bare candidate lacks
   * them: the 2012 criteria until 25/05/2026, those of Nghị định
   * 185/2026/NĐ-CP from 26/05/2026), or when they hold (or held, for this
   * election date) an answer. With no such rules (no valid election date,
   * criteria not encoded) every question is shown.
   */
  #shows(path: string): boolean {
    const field = askedField(this, path);
    if (field?.kind !== 'flag') return false;
    const flag = this.draft.fields[path];
    const group = field.group;
    if (group !== 'residence' && group !== 'criteria') return true;
    const date = this.#electionDay ?? null;
    let asked = this.#asked;
    if (asked === undefined || asked.date !== date) {
      const missing = checkCandidate(bare(fieldsOf(this)), { electionDate: date ?? undefined }, { trace: false }).missing;
      asked = this.#asked = { date, paths: missing.length > 0 ? new Set(missing) : null, kept: new Set() };
    }
    if (flag !== null) asked.kept.add(path);
    return asked.paths === null || asked.paths.has(path) || asked.kept.has(path);
  }

  /** The yes / no / unknown question of a path, when the form shows it (see `#shows`). */
  #question(lang: Lang, path: string, choices: readonly (readonly [string, string])[]): TemplateResult | typeof nothing {
    return this.#shows(path) ? this.radios(lang, path, choices) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'truongthon-candidate': TruongthonCandidate;
  }
  interface GlobalEventHandlersEventMap {
    /** From `<truongthon-candidate>` (`CandidateChangeDetail`) or `<truongthon-election>` (`ElectionChangeDetail`). */
    'truongthon-change': CustomEvent<CandidateChangeDetail | ElectionChangeDetail>;
    'truongthon-verdict': CustomEvent<CandidateVerdictDetail>;
  }
}
