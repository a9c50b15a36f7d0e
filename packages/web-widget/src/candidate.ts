import { ATTESTATION_KEYS, type AttestationKey, type CandidateInput, type InputIssue } from '@truongthon/core';
import { CANDIDATE_FIELD_LABELS, CANDIDATE_MESSAGES, type CandidateResult, checkCandidate, createFormatter, type Lang } from '@truongthon/rules';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ElectionChangeDetail } from './election';
import { FormAssociatedElement } from './form-associated';
import { t, type UiKey } from './i18n/index';
import { type Problem, renderFindings, renderSummary } from './render';
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
type TextPath = 'fullName' | 'dateOfBirth' | 'gender' | 'citizenId' | 'role' | 'unitName';
type ResidencePath = 'permanentResident' | 'livesInUnit' | 'residesInCommune';
type PartyPath = 'partyMember' | 'partyCellSecretary';
type FlagPath = ResidencePath | 'underSanction' | PartyPath;

/** What the form holds: raw text as typed, flags as chosen. Turned into library input by {@link toInput}. */
type Draft = Readonly<Record<TextPath, string>> &
  Readonly<Record<FlagPath, Flag>> & {
    readonly attestations: Readonly<Record<AttestationKey, Flag>>;
    /** Fields with no control in the form (`id`, `unitCode`), kept as given. */
    readonly passthrough: Readonly<Record<string, unknown>>;
  };

const TEXT_PATHS: readonly TextPath[] = ['fullName', 'dateOfBirth', 'gender', 'citizenId', 'role', 'unitName'];
const RESIDENCE_PATHS: readonly ResidencePath[] = ['permanentResident', 'livesInUnit', 'residesInCommune'];
const PARTY_PATHS: readonly PartyPath[] = ['partyMember', 'partyCellSecretary'];
const FLAG_PATHS: readonly FlagPath[] = [...RESIDENCE_PATHS, 'underSanction', ...PARTY_PATHS];
/**
 * A bare candidate (a name and a birth date): what it lacks under the rules
 * in force on an election date is what those rules ask, so the form shows
 * the residence and criteria questions of that date's law without a list of
 * its own (see `#shows`).
 */
const BARE: CandidateInput = { fullName: '-', dateOfBirth: '1900-01-01' };
const YES_NO: readonly [UiKey, UiKey, UiKey] = ['choice.yes', 'choice.no', 'choice.unknown'];
const PASSTHROUGH = ['id', 'unitCode'] as const;
/** Paths of the election context the element builds from its attributes: problems there are the integrator's. */
const CONTEXT_PATHS = new Set(['electionDate', 'province']);

function emptyAttestations(): Record<AttestationKey, Flag> {
  return Object.fromEntries(ATTESTATION_KEYS.map((key) => [key, null])) as Record<AttestationKey, Flag>;
}

function readFlag(value: unknown): Flag {
  return typeof value === 'boolean' ? value : null;
}

function readText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Reads anything a host may assign to `value` (an object or its JSON) into a draft; unknown fields are dropped. */
function toDraft(value: unknown): Draft {
  let source: unknown = value;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      source = {};
    }
  }
  const record = (source !== null && typeof source === 'object' ? source : {}) as Record<string, unknown>;
  const given = (record['attestations'] !== null && typeof record['attestations'] === 'object' ? record['attestations'] : {}) as Record<string, unknown>;
  const attestations = emptyAttestations();
  for (const key of ATTESTATION_KEYS) attestations[key] = readFlag(given[key]);
  const passthrough: Record<string, unknown> = {};
  for (const key of PASSTHROUGH) if (record[key] !== undefined) passthrough[key] = record[key];
  const draft: Record<string, unknown> = { attestations, passthrough };
  for (const path of TEXT_PATHS) draft[path] = readText(record[path]);
  for (const path of FLAG_PATHS) draft[path] = readFlag(record[path]);
  draft['role'] = record['role'] === 'deputy' ? 'deputy' : 'leader';
  return draft as unknown as Draft;
}

/** The library input for a draft: blank text is left out (so it reads as missing), unknown answers are `null`. */
function toInput(draft: Draft): CandidateInput {
  const input: Record<string, unknown> = { ...draft.passthrough };
  for (const path of TEXT_PATHS) {
    const text = draft[path];
    if (text.trim() !== '') input[path] = text;
  }
  for (const path of FLAG_PATHS) input[path] = draft[path];
  input['attestations'] = { ...draft.attestations };
  return input as CandidateInput;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
 *
 * @fires {CustomEvent<CandidateChangeDetail>} truongthon-change - The user changed an answer; `detail` has the value and the check result.
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
 * @cssprop [--truongthon-accent=#0b5cad] - Links, radio buttons.
 * @cssprop [--truongthon-ok=#17663a] - Eligible.
 * @cssprop [--truongthon-error=#b3261e] - Errors and ineligible.
 * @cssprop [--truongthon-warn=#8a5300] - Undetermined and warnings.
 * @cssprop [--truongthon-muted=#595959] - Hints and citations.
 * @cssprop [--truongthon-border=#8c8c8c] - Borders.
 * @cssprop [--truongthon-background=transparent] - Background of the element.
 * @cssprop [--truongthon-field-background=#fff] - Background of inputs.
 * @cssprop [--truongthon-radius=0.375rem] - Corner radius.
 * @cssprop [--truongthon-gap=1rem] - Space between fields.
 * @cssprop [--truongthon-focus=#ffbf47] - Focus ring.
 */
export class TruongthonCandidate extends FormAssociatedElement {
  static override styles = baseStyles;

  static override properties = {
    electionDate: { type: String, attribute: 'election-date', reflect: true },
    province: { type: String, reflect: true },
    name: { type: String, reflect: true },
    requireEligible: { type: Boolean, attribute: 'require-eligible', reflect: true },
  };

  /** Election (community meeting) date, `YYYY-MM-DD`: chooses the legal regime and the day age is counted on. Required. */
  declare electionDate: string | null;
  /** Province code (`46`) or name (`Thừa Thiên Huế`), read on the election date: chooses provincial rules such as the term length. */
  declare province: string | null;
  /** The name the candidate is submitted under (its value is the candidate as JSON). */
  declare name: string | null;
  /** Also block form submission while the candidate is not `eligible` (by default only invalid input blocks it). */
  declare requireEligible: boolean;
  /** What the form holds (replaced, never mutated: the result cache keys on its identity). */
  #draftValue: Draft = toDraft(null);

  private get draft(): Draft {
    return this.#draftValue;
  }

  private set draft(draft: Draft) {
    this.#draftValue = draft;
    this.requestUpdate();
  }

  /** The value a form reset returns to (default: an empty form). */
  defaultValue: Partial<CandidateInput> | null = null;

  #cache?: { draft: Draft; electionDate: string | null; province: string | null; result: CandidateResult };
  #reportedVerdict?: CandidateResult['verdict'];

  constructor() {
    super();
    this.electionDate = null;
    this.province = null;
    this.name = null;
    this.requireEligible = false;
  }

  /** The candidate as library input (what is submitted, as JSON). Assign an object (or its JSON) to fill the form. */
  get value(): CandidateInput {
    return toInput(this.draft);
  }

  set value(value: Partial<CandidateInput> | string | null | undefined) {
    this.draft = toDraft(value);
  }

  /**
   * The questions the rules in force on `date` ask (`paths`; `null`: no such
   * rules, every question is shown) and those shown for an answer they held
   * (`kept`, so that one does not vanish when the user answers it "unknown"), see `#shows`.
   */
  #asked?: { readonly date: string | null; readonly paths: ReadonlySet<string> | null; readonly kept: Set<string> };

  /** The check result for the current value, election date and province (computed on demand, cached). */
  get result(): CandidateResult {
    const { draft, electionDate, province } = this;
    const cached = this.#cache;
    if (cached && cached.draft === draft && cached.electionDate === electionDate && cached.province === province) return cached.result;
    const result = checkCandidate(toInput(draft), { electionDate: electionDate ?? undefined, province: province || null }, { trace: false, today: localToday() });
    this.#cache = { draft, electionDate, province, result };
    return result;
  }

  formResetCallback(): void {
    this.draft = toDraft(this.defaultValue);
    this.touched = new Set();
    this.submitted = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null, _reason?: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') this.draft = toDraft(state);
  }

  protected readonly stateNames: readonly string[] = ['eligible', 'ineligible', 'undetermined', 'invalid'];

  protected currentState(): string {
    return this.result.verdict;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const result = this.result;
    if (result.verdict !== this.#reportedVerdict) {
      this.#reportedVerdict = result.verdict;
      const detail: CandidateVerdictDetail = { verdict: result.verdict, value: this.value, result };
      this.dispatchEvent(new CustomEvent('truongthon-verdict', { bubbles: true, composed: true, detail }));
    }
  }

  /** What the control of a path shows: its text (see `#shown`), the chosen option, or the radio value of a yes / no / unknown answer. */
  protected override shownText(path: string, type: string): string {
    if (type === 'radio') return String(this.#flag(path));
    return type === 'select' ? this.draft[path as 'gender' | 'role'] : this.#shown(path as 'fullName' | 'dateOfBirth' | 'citizenId' | 'unitName', type);
  }

  readonly #onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const path = target.name;
    if (!path) return;
    let next: Draft = this.draft;
    if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (!target.checked) return;
      next = withFlag(next, path, target.value === 'true' ? true : target.value === 'false' ? false : null);
    } else if ((TEXT_PATHS as readonly string[]).includes(path)) {
      if (next[path as TextPath] !== target.value) next = { ...next, [path]: target.value };
    }
    if (event.type === 'change') this.touch(path);
    if (next === this.draft) return;
    this.draft = next;
    const detail: CandidateChangeDetail = { value: this.value, result: this.result };
    this.dispatchEvent(new CustomEvent('truongthon-change', { bubbles: true, composed: true, detail }));
  };

  /** The focusable control for a dotted input path, if the form has one. */
  protected control(path: string): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    if (path === 'verdict') return root.querySelector<HTMLElement>('.verdict');
    const direct = root.getElementById(`f-${path}`);
    if (direct) return direct;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === path);
    return radios.find((radio) => radio.checked) ?? radios[0] ?? null;
  }

  #isContextIssue(issue: InputIssue): boolean {
    return CONTEXT_PATHS.has(issue.path);
  }

  /** Everything that blocks submission, in the order of the form. */
  #problems(lang: Lang): Problem[] {
    const result = this.result;
    const problems: Problem[] = [];
    for (const issue of result.issues) {
      problems.push(this.#isContextIssue(issue) ? { text: formatIssue(issue, lang) } : { text: formatIssue(issue, lang), target: issue.path });
    }
    if (problems.length > 0 || !this.requireEligible) return problems;
    if (result.verdict === 'ineligible') problems.push({ text: t(lang, 'validity.ineligible'), target: 'verdict' });
    if (result.verdict === 'undetermined') problems.push({ text: t(lang, 'validity.undetermined'), target: result.missing[0] ?? 'verdict' });
    return problems;
  }

  protected validityProblem(): { message: string; anchor: HTMLElement | null } | undefined {
    const lang = this.language;
    const result = this.result;
    const contextIssue = result.issues.find((issue) => this.#isContextIssue(issue));
    const firstControl = this.renderRoot.querySelector<HTMLElement>('input, select');
    if (contextIssue) return { message: t(lang, 'validity.config', { message: formatIssue(contextIssue, lang) }), anchor: firstControl };
    const issue = result.issues[0];
    if (issue) return { message: t(lang, 'validity.invalid', { message: formatIssue(issue, lang) }), anchor: this.control(issue.path) ?? firstControl };
    const problem = this.#problems(lang)[0];
    if (problem) return { message: problem.text, anchor: this.control(problem.target ?? 'verdict') ?? firstControl };
    return undefined;
  }

  /** What a text input shows: a date input only takes `YYYY-MM-DD` (anything else would be blanked by the browser with a console warning). */
  #shown(path: 'fullName' | 'dateOfBirth' | 'citizenId' | 'unitName', type: string | undefined): string {
    const text = this.draft[path];
    return type === 'date' && !/^\d{4}-\d{2}-\d{2}$/u.test(text) ? '' : text;
  }

  /** Issues of a field, shown once the field was changed or a submit was attempted. */
  #visibleIssues(path: string): readonly InputIssue[] {
    if (!this.submitted && !this.touched.has(path)) return [];
    return this.result.issues.filter((issue) => issue.path === path);
  }

  override render(): TemplateResult {
    const lang = this.language;
    const problems = this.submitted ? this.#problems(lang) : [];
    const contextIssues = this.result.issues.filter((issue) => this.#isContextIssue(issue));
    return html`
      <div class="root" lang=${lang}>
        ${problems.length > 0 ? renderSummary(lang, problems, (target) => this.control(target) !== null, (target) => this.focusField(target)) : nothing}
        ${contextIssues.length > 0
          ? html`<div class="config" part="config" role="alert">
              <strong>${t(lang, 'config.heading')}</strong>
              <ul>${contextIssues.map((issue) => html`<li>${formatIssue(issue, lang)}</li>`)}</ul>
            </div>`
          : nothing}
        <div class="layout">
        <fieldset class="bare form" part="form" ?disabled=${this.formDisabled} @input=${this.#onEdit} @change=${this.#onEdit} @keydown=${this.onKeydown}>
          <fieldset part="section">
            <legend part="legend">${t(lang, 'section.person')}</legend>
            <div class="grid">
              ${this.#textField(lang, 'fullName', { autocomplete: 'name' })}
              ${this.#textField(lang, 'dateOfBirth', { type: 'date', autocomplete: 'bday', hint: 'hint.dateOfBirth' })}
              ${this.#selectField(lang, 'gender', [['', 'gender.none'], ['female', 'gender.female'], ['male', 'gender.male']], true)}
              ${this.#textField(lang, 'citizenId', { optional: true, inputmode: 'numeric', autocomplete: 'off', hint: 'hint.citizenId' })}
              ${this.#selectField(lang, 'role', [['leader', 'role.leader'], ['deputy', 'role.deputy']], false)}
              ${this.#textField(lang, 'unitName', { optional: true, autocomplete: 'off' })}
            </div>
          </fieldset>
          <fieldset part="section">
            <legend part="legend">${t(lang, 'section.residence')}</legend>
            ${RESIDENCE_PATHS.map((path) => this.#question(lang, path, YES_NO))}
          </fieldset>
          <fieldset part="section">
            <legend part="legend">${t(lang, 'section.party')}</legend>
            ${PARTY_PATHS.map((path) => this.#flagField(lang, path, YES_NO))}
          </fieldset>
          <fieldset part="section">
            <legend part="legend">${t(lang, 'section.attestations')}</legend>
            <p class="hint" part="hint">${t(lang, 'section.attestations.hint')}</p>
            ${ATTESTATION_KEYS.map((key) => this.#question(lang, `attestations.${key}`, ['choice.met', 'choice.notMet', 'choice.notAssessed']))}
            ${this.#question(lang, 'underSanction', YES_NO)}
          </fieldset>
        </fieldset>
        ${this.#renderResult(lang)}
        </div>
      </div>
    `;
  }

  #textField(
    lang: Lang,
    path: 'fullName' | 'dateOfBirth' | 'citizenId' | 'unitName',
    options: { type?: string; autocomplete?: string; inputmode?: string; hint?: UiKey; optional?: boolean },
  ): TemplateResult {
    const id = `f-${path}`;
    const issues = this.#visibleIssues(path);
    const hintId = options.hint ? `h-${path}` : '';
    const errorId = issues.length > 0 ? `e-${path}` : '';
    const describedBy = [errorId, hintId].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id} part="label"
        >${fieldLabel(path, lang)}${options.optional ? html` <span class="optional">${t(lang, 'optional')}</span>` : nothing}</label
      >
      ${options.hint ? html`<span id=${hintId} class="hint" part="hint">${t(lang, options.hint)}</span>` : nothing}
      <input
        id=${id}
        name=${path}
        part="input"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? nothing}
        inputmode=${options.inputmode ?? nothing}
        spellcheck="false"
        aria-required=${options.optional ? nothing : 'true'}
        aria-invalid=${issues.length > 0 ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      />
      ${this.#errorText(lang, errorId, issues)}
    </div>`;
  }

  #selectField(lang: Lang, path: 'gender' | 'role', options: readonly (readonly [string, UiKey])[], optional: boolean): TemplateResult {
    const id = `f-${path}`;
    const issues = this.#visibleIssues(path);
    const errorId = issues.length > 0 ? `e-${path}` : '';
    return html`<div class="field" part="field">
      <label for=${id} part="label">${fieldLabel(path, lang)}${optional ? html` <span class="optional">${t(lang, 'optional')}</span>` : nothing}</label>
      <select id=${id} name=${path} part="input" aria-invalid=${issues.length > 0 ? 'true' : nothing} aria-describedby=${errorId || nothing}>
        ${options.map(([value, key]) => html`<option value=${value}>${t(lang, key)}</option>`)}
      </select>
      ${this.#errorText(lang, errorId, issues)}
    </div>`;
  }

  #flagField(lang: Lang, path: string, keys: readonly [UiKey, UiKey, UiKey]): TemplateResult {
    const issues = this.#visibleIssues(path);
    const errorId = issues.length > 0 ? `e-${path}` : '';
    const choices: readonly (readonly [string, UiKey])[] = [
      ['true', keys[0]],
      ['false', keys[1]],
      ['null', keys[2]],
    ];
    return html`<fieldset class="tri" part="choice-group" ?data-invalid=${issues.length > 0} aria-describedby=${errorId || nothing}>
      <legend>${fieldLabel(path, lang)}</legend>
      <div class="choices">
        ${choices.map(
          ([raw, key]) =>
            html`<label
              ><input type="radio" name=${path} value=${raw} aria-invalid=${issues.length > 0 ? 'true' : nothing} />
              ${t(lang, key)}</label
            >`,
        )}
      </div>
      ${this.#errorText(lang, errorId, issues)}
    </fieldset>`;
  }

  /** A field's error message (its issues' texts), or nothing when it has none to show. */
  #errorText(lang: Lang, id: string, issues: readonly InputIssue[]): TemplateResult | typeof nothing {
    return issues.length > 0 ? html`<p id=${id} class="error" part="error">${issues.map((issue) => formatIssue(issue, lang)).join(' ')}</p>` : nothing;
  }

  #renderResult(lang: Lang): TemplateResult {
    const result = this.result;
    const legal = result.findings.filter((finding) => finding.kind === 'legal');
    const policy = result.findings.filter((finding) => finding.kind === 'policy');
    const candidateIssues = result.issues.filter((issue) => !this.#isContextIssue(issue));
    return html`<section class="result" part="result" data-verdict=${result.verdict} aria-labelledby="result-title">
      <h2 id="result-title">${t(lang, 'result.heading')}</h2>
      <p class="verdict" part="verdict" role="status" tabindex="-1">
        ${t(lang, 'result.verdict', { verdict: formatMessage(`verdict.${result.verdict}`, {}, lang) })}
      </p>
      ${candidateIssues.length > 0
        ? html`<div>
            <h3>${t(lang, 'result.issues')}</h3>
            <ul class="links">
              ${candidateIssues.map((issue) => html`<li>${this.#fieldLink(issue.path, formatIssue(issue, lang))}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${legal.length > 0 ? renderFindings(lang, t(lang, 'result.legal'), legal, formatFinding) : nothing}
      ${result.missing.length > 0
        ? html`<div part="missing">
            <h3>${t(lang, 'result.missing')}</h3>
            <ul class="links">
              ${result.missing.map((path) => html`<li>${this.#fieldLink(path, fieldLabel(path, lang))}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${policy.length > 0 ? renderFindings(lang, t(lang, 'result.policy'), policy, formatFinding) : nothing}
      ${result.verdict === 'eligible' && legal.length === 0 && policy.length === 0 ? html`<p class="meta">${t(lang, 'result.noFindings')}</p>` : nothing}
      ${this.#renderMeta(lang, result)}
    </section>`;
  }

  #fieldLink(path: string, text: string): TemplateResult | string {
    if (!this.#hasControl(path)) return text;
    return html`<button type="button" class="link" @click=${() => this.focusField(path)}>${text}</button>`;
  }

  #hasControl(path: string): boolean {
    return (TEXT_PATHS as readonly string[]).includes(path) || this.#shows(path);
  }

  /** The answer of a yes / no / unknown path (`undefined`: the form has no such question). */
  #flag(path: string): Flag | undefined {
    if (path.startsWith('attestations.')) return this.draft.attestations[path.slice('attestations.'.length) as AttestationKey];
    return (FLAG_PATHS as readonly string[]).includes(path) ? this.draft[path as FlagPath] : undefined;
  }

  /**
   * Whether the form shows the yes / no / unknown question of a path: the
   * Party questions always; the residence and criteria questions when the
   * rules in force on the election date ask for them (a bare candidate lacks
   * them: the 2012 criteria until 25/05/2026, those of Nghị định
   * 185/2026/NĐ-CP from 26/05/2026), or when they hold (or held, for this
   * election date) an answer. With no such rules (no valid election date,
   * criteria not encoded) every question is shown.
   */
  #shows(path: string): boolean {
    const flag = this.#flag(path);
    if (flag === undefined) return false;
    if ((PARTY_PATHS as readonly string[]).includes(path)) return true;
    const date = this.electionDate;
    let asked = this.#asked;
    if (asked === undefined || asked.date !== date) {
      const missing = checkCandidate(BARE, { electionDate: date ?? undefined }, { trace: false }).missing;
      asked = this.#asked = { date, paths: missing.length > 0 ? new Set(missing) : null, kept: new Set() };
    }
    if (flag !== null) asked.kept.add(path);
    return asked.paths === null || asked.paths.has(path) || asked.kept.has(path);
  }

  /** The yes / no / unknown question of a path, when the form shows it (see `#shows`). */
  #question(lang: Lang, path: string, keys: readonly [UiKey, UiKey, UiKey]): TemplateResult | typeof nothing {
    return this.#shows(path) ? this.#flagField(lang, path, keys) : nothing;
  }

  #renderMeta(lang: Lang, result: CandidateResult): TemplateResult | typeof nothing {
    const parts: string[] = [];
    if (result.regime) parts.push(`${t(lang, 'result.regime')}: ${result.regime.name[lang]}`);
    if (result.term) {
      parts.push(`${t(lang, 'result.term')}: ${result.term.label} (${result.term.start} – ${result.term.end}, ${t(lang, 'result.years', { years: result.term.lengthYears })})`);
    }
    return parts.length > 0 ? html`${parts.map((part) => html`<p class="meta">${part}</p>`)}` : nothing;
  }
}

function withFlag(draft: Draft, path: string, flag: Flag): Draft {
  if (path.startsWith('attestations.')) {
    const key = path.slice('attestations.'.length) as AttestationKey;
    if (!(ATTESTATION_KEYS as readonly string[]).includes(key) || draft.attestations[key] === flag) return draft;
    return { ...draft, attestations: { ...draft.attestations, [key]: flag } };
  }
  if (!(FLAG_PATHS as readonly string[]).includes(path) || draft[path as FlagPath] === flag) return draft;
  return { ...draft, [path]: flag };
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
