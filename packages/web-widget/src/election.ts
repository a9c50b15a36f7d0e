import type { InputIssue, MeetingRecordInput } from '@truongthon/core';
import { displayDate, evaluateMeeting, fieldLabel, formatFinding, formatIssue, formatMessage, type Lang, type MeetingResult } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { at } from './draft';
import { BALLOTS, type Draft, draftText, editDraft, EMPTY_ROW, isBlank, NOMINATED, PURPOSES, ROW_PATH, toDraft, toRecord, ALIASES } from './election-form';
import { renderResult, TONE } from './election-result';
import { renderDownload } from './download';
import { electionStyles } from './election-styles';
import { FormAssociatedElement, type Problem } from './form-associated';
import { type ElectionKey, te } from './i18n/election';
import { t } from './i18n/index';
import { baseStyles } from './styles';

/** Detail of `truongthon-change`: the record as now typed and its evaluation. */
export interface ElectionChangeDetail {
  readonly value: MeetingRecordInput;
  readonly result: MeetingResult;
}

/** Detail of `truongthon-result`: the new outcome, with the record and full result that gave it. */
export interface ElectionResultDetail {
  readonly outcome: MeetingResult['outcome'];
  readonly value: MeetingRecordInput;
  readonly result: MeetingResult;
}

/**
 * A meeting-result form for the election (or dismissal, removal, cho thôi
 * làm) of a Trưởng thôn / Tổ trưởng tổ dân phố: the electorate of the unit
 * (households or voters), those present, the voting mode, the ballot figures
 * and each candidate's votes. As the user types it shows, from
 * `@truongthon/rules` `evaluateMeeting`, the quorum, the outcome, each
 * candidate's share of the **whole electorate**, the findings with their
 * legal basis, and the next steps with their deadlines (recognition in
 * working days, re-run, interim appointment). Inside a `<form>` it submits
 * the meeting record as JSON under its `name`, and blocks submission while
 * the input is invalid or the figures contradict each other (unless
 * `allow-inconsistent`).
 *
 * @tag truongthon-election
 * @summary Election meeting-result form (form-associated).
 *
 * @attr {string} lang - `vi` (default) or `en`; when absent, inherited from the closest `[lang]` ancestor.
 * @attr {string} unit-kind - The local word for the units (`ap`/`ấp`, `ban`, `khom`, …: the rules' `UNIT_KIND_NAMES`): Vietnamese labels and hints read it instead of "thôn, tổ dân phố".
 *
 * @fires {CustomEvent<ElectionChangeDetail>} truongthon-change - The user changed a figure or a choice, or added or removed a candidate; `detail` has the record and the result.
 * @fires {CustomEvent<ElectionResultDetail>} truongthon-result - The outcome changed (also on the first render); `detail` has the outcome, record and result.
 *
 * @csspart form - The wrapper of all the inputs.
 * @csspart section - Each group of fields (a `<fieldset>`).
 * @csspart legend - The title of a group of fields.
 * @csspart field - A labelled text field or select.
 * @csspart label - A field's label.
 * @csspart input - A text input or select.
 * @csspart hint - The hint under a label.
 * @csspart error - A field's error message.
 * @csspart choice-group - A group of radio buttons (electorate base, voting mode).
 * @csspart row - One candidate line (a `<fieldset>`).
 * @csspart button - The add and remove buttons.
 * @csspart add - The "add a candidate" button.
 * @csspart remove - A candidate line's "remove" button.
 * @csspart summary - The error summary shown on a blocked submit.
 * @csspart result - The result panel.
 * @csspart outcome - The outcome line in the result panel.
 * @csspart quorum - The attendance line.
 * @csspart shares - The table of votes and shares of the whole electorate.
 * @csspart finding - One finding in the result panel.
 * @csspart citation - The legal basis of a finding or a step.
 * @csspart steps - The list of next steps.
 * @csspart step - One next step with its deadline.
 * @csspart config - The configuration-error box (wrong `meeting-date` / `province`).
 * @csspart download - The "Tải biên bản (.docx)" line (its button also has the parts `button download`): the count record made in the browser by `truongthon-docx.js`, loaded from beside the script on the first click.
 *
 * @cssprop [--truongthon-accent=light-dark(#0b5cad, #8ab4f8)] - Links, radio buttons, buttons.
 * @cssprop [--truongthon-ok=light-dark(#17663a, #6fd08c)] - Elected, carried.
 * @cssprop [--truongthon-error=light-dark(#b3261e, #ff8a80)] - Errors, invalid meeting, inconsistent figures.
 * @cssprop [--truongthon-warn=light-dark(#8a5300, #f0b35a)] - No winner and other outcomes to follow up.
 * @cssprop [--truongthon-muted=light-dark(#595959, #b3b3b3)] - Hints and citations.
 * @cssprop [--truongthon-border=#8c8c8c] - Borders.
 * @cssprop [--truongthon-background=transparent] - Background of the element.
 * @cssprop [--truongthon-field-background=Field] - Background of inputs.
 * @cssprop [--truongthon-field-color=FieldText] - Text typed in inputs (set it with the field background).
 * @cssprop [--truongthon-radius=0.375rem] - Corner radius.
 * @cssprop [--truongthon-gap=1rem] - Space between fields.
 * @cssprop [--truongthon-focus=light-dark(#1a4b8c, #ffbf47)] - Focus ring.
 */
export class TruongthonElection extends FormAssociatedElement<Draft> {
  /** The element's shadow styles; theme it with the CSS custom properties and parts above. */
  static override styles = [baseStyles, electionStyles];

  static override properties = {
    meetingDate: { type: String, attribute: 'meeting-date', reflect: true },
    province: { type: String, reflect: true },
    name: { type: String, reflect: true },
    allowInconsistent: { type: Boolean, attribute: 'allow-inconsistent', reflect: true },
  };

  /** Meeting date, `YYYY-MM-DD` (or `dd/MM/yyyy`), when the portal sets it (the date field is then read-only); otherwise the user enters it. It chooses the legal regime. */
  declare meetingDate: string | null;
  /** Province code (`46`) or name, read on the meeting date: provincial parameters such as the recognition deadline (Kon Tum: 5 working days). */
  declare province: string | null;
  /** The name the record is submitted under (its value is the meeting record as JSON). */
  declare name: string | null;
  /** Let a record whose figures contradict each other be submitted (by default it blocks the form, anchored on the figure concerned). */
  declare allowInconsistent: boolean;
  /** The value a form reset returns to (default: an empty form). */
  declare defaultValue: Partial<MeetingRecordInput> | null;

  /** Polite announcement of the last row removal (focus moves elsewhere, so it would go unsaid). */
  #announcement = '';

  constructor() {
    super();
    this.meetingDate = null;
    this.province = null;
    this.name = null;
    this.allowInconsistent = false;
  }

  /**
   * The meeting record (library input, what is submitted as JSON). A figure
   * typed that is not a number is kept as typed, and reported in
   * `result.issues`. Assign a record (or its JSON) to fill the form.
   */
  get value(): MeetingRecordInput {
    return toRecord(this.draft, this.meetingDate, this.province);
  }

  set value(value: Partial<MeetingRecordInput> | string | null | undefined) {
    this.draft = toDraft(value);
  }

  /** The `evaluateMeeting` result for the current record, meeting date, province and `overlays` (computed on demand, cached). */
  get result(): MeetingResult {
    const { draft, meetingDate, province, loaded } = this;
    return this.cached([draft, meetingDate, province, loaded], () => evaluateMeeting(toRecord(draft, meetingDate, province), { trace: false, overlays: loaded.registry }));
  }

  protected read(value: unknown): Draft {
    return toDraft(value);
  }

  protected edit(draft: Draft, path: string, value: string): Draft {
    return editDraft(draft, path, value);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.#announcement = '';
  }

  protected readonly stateNames: readonly string[] = Object.keys(TONE);
  protected readonly stateEvent = ['truongthon-result', 'outcome'] as const;

  protected currentState(): string {
    return this.result.outcome;
  }

  /** Adds an empty candidate line and moves focus to its name. */
  readonly #addRow = async (): Promise<void> => {
    const index = this.draft.rows.length;
    this.draft = { ...this.draft, rows: [...this.draft.rows, EMPTY_ROW] };
    this.#announcement = '';
    this.emitChange();
    await this.updateComplete;
    this.focusField(`candidates.${index}.name`);
  };

  /**
   * Removes a candidate line. Focus goes to the remove button now in its
   * place (or the previous line's, or the add button when none is left), and
   * the removal is announced politely.
   */
  async #removeRow(index: number): Promise<void> {
    const rows = this.draft.rows.filter((_, i) => i !== index);
    // The lines below move up one place: so do the fields the user touched there.
    this.touched = new Set(
      [...this.touched].flatMap((path) => {
        const match = ROW_PATH.exec(path);
        if (!match) return [path];
        const at = Number(match[1]);
        return at === index ? [] : [at > index ? `candidates.${at - 1}.${match[2]}` : path];
      }),
    );
    this.draft = { ...this.draft, rows };
    this.#announcement = te(this.language, 'removed', { n: index + 1 });
    this.emitChange();
    await this.updateComplete;
    const focus = rows.length === 0 ? this.control('candidates') : this.renderRoot.querySelector<HTMLElement>(`#r-${Math.min(index, rows.length - 1)}`);
    focus?.focus();
  }

  /** The focusable control for a dotted record path (or its nearest ancestor path that has one), if the form has one. */
  protected control(path: string): HTMLElement | null {
    if (path === 'outcome') return this.renderRoot.querySelector<HTMLElement>('.verdict');
    for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const control = this.controlOf(ALIASES[p] ?? p);
      if (control) return control;
    }
    return null;
  }

  /** Problems of the integrator's configuration (attributes), not of what the user typed. */
  #isContextIssue(issue: InputIssue): boolean {
    return issue.path === 'province' || (issue.path === 'electionDate' && !!this.meetingDate);
  }

  /**
   * The text of an input issue. Two library messages are replaced by clearer
   * ones from the same catalogue: an unanswered choice (reported as a value
   * outside the allowed list) reads as missing, and text typed in a count
   * (reported as the wrong type) reads as not a whole number.
   */
  #issueText(issue: InputIssue, lang: Lang): string {
    const date = this.dateIssue(issue, lang);
    if (date) return date;
    if (issue.code === 'input.invalid-value' && at(this.value, issue.path) === undefined) return formatMessage('input.required', { field: issue.path }, lang);
    if (issue.code === 'input.wrong-type' && issue.params['expected'] === 'number') return formatMessage('input.not-a-count', { field: issue.path }, lang);
    return formatIssue(issue, lang);
  }

  /** Everything that blocks submission, in the order the library reports it. */
  protected problems(lang: Lang): Problem[] {
    const result = this.result;
    const problems: Problem[] = result.issues.map((issue) => ({ text: this.#issueText(issue, lang), target: this.#isContextIssue(issue) ? undefined : issue.path }));
    if (problems.length === 0 && !this.allowInconsistent && result.outcome === 'inconsistent') {
      for (const finding of result.findings) if (finding.severity === 'error') problems.push({ text: formatFinding(finding, lang), target: finding.path ?? 'outcome' });
    }
    return problems;
  }

  protected configErrors(lang: Lang): string[] {
    return this.result.issues.filter((issue) => this.#isContextIssue(issue)).map((issue) => this.#issueText(issue, lang));
  }

  protected validityProblem(): { message: string; anchor: HTMLElement | null } | undefined {
    const lang = this.language;
    const issues = this.result.issues;
    const firstControl = this.renderRoot.querySelector<HTMLElement>('input:not([readonly]), select');
    const contextIssue = issues.find((issue) => this.#isContextIssue(issue));
    if (contextIssue) return { message: t(lang, 'validity.config', { message: this.#issueText(contextIssue, lang) }), anchor: firstControl };
    const problem = this.problems(lang)[0];
    if (!problem) return undefined;
    const key: ElectionKey = issues.length > 0 ? 'validity.invalid' : 'validity.inconsistent';
    return { message: te(lang, key, { message: problem.text }), anchor: this.control(problem.target ?? 'outcome') ?? firstControl };
  }

  protected label(path: string, lang: Lang): string {
    return fieldLabel(path, lang);
  }

  /** A field's input issues, then the contradictions anchored on it. */
  protected errors(path: string, lang: Lang): string[] {
    const result = this.result;
    const texts = result.issues.filter((issue) => issue.path === path).map((issue) => this.#issueText(issue, lang));
    if (result.outcome === 'inconsistent') {
      for (const finding of result.findings) if (finding.severity === 'error' && finding.path === path) texts.push(formatFinding(finding, lang));
    }
    return texts;
  }

  /** What the control of a path shows: its text, or the choice made (the meeting date when the portal sets it). */
  protected override shownText(path: string): string {
    return path === 'electionDate' && this.meetingDate ? displayDate(this.meetingDate) : draftText(this.draft, path);
  }

  /** A choice's values with the names the rules' catalogues give them (`value.<path>.<value>`). */
  #choices(lang: Lang, path: string, values: readonly string[]): (readonly [string, string])[] {
    return values.map((value) => [value, formatMessage(`value.${path}.${value}`, {}, lang)] as const);
  }

  protected renderFields(lang: Lang): TemplateResult {
    const f = this.draft.fields;
    const notStated: readonly [string, string] = ['', te(lang, 'notStated')];
    return html`<fieldset part="section">
        <legend part="legend">${te(lang, 'section.meeting')}</legend>
        <div class="grid">
          ${this.input(lang, 'electionDate', { type: 'date', readonly: !!this.meetingDate, hint: this.meetingDate ? te(lang, 'hint.meetingDate') : undefined })}
          ${this.input(lang, 'unit.name')}
          ${this.select(lang, 'unit.kind', [notStated, ['thon', formatMessage('report.kind.thon', {}, lang)], ['to_dan_pho', formatMessage('report.kind.to_dan_pho', {}, lang)]], true)}
          ${this.select(lang, 'purpose', this.#choices(lang, 'purpose', PURPOSES))}
          ${this.select(lang, 'round', this.#choices(lang, 'round', ['first', 'rerun']))}
          ${f.round === 'rerun' ? this.input(lang, 'firstRoundDate', { type: 'date', optional: true }) : nothing}
          ${this.input(lang, 'receivedOn', { type: 'date', optional: true, hint: te(lang, 'hint.receivedOn') })}
          ${f.purpose === 'election' ? nothing : this.input(lang, 'recognizedOn', { type: 'date', optional: true })}
        </div>
      </fieldset>
      <fieldset part="section">
        <legend part="legend">${te(lang, 'section.electorate')}</legend>
        ${this.radios(lang, 'electorateBase', this.#choices(lang, 'electorateBase', ['households', 'voters']))}
        <div class="grid">
          ${this.input(lang, 'totalElectorate', { numeric: true, hint: te(lang, 'hint.total') })} ${this.input(lang, 'present', { numeric: true })}
        </div>
        ${this.radios(lang, 'votingMode', this.#choices(lang, 'votingMode', ['secret_ballot', 'show_of_hands', 'household_ballot']))}
      </fieldset>
      ${f.votingMode === 'secret_ballot' || f.votingMode === 'household_ballot'
        ? html`<fieldset part="section">
            <legend part="legend">${te(lang, 'section.ballots')}</legend>
            <div class="grid">${BALLOTS.map((path) => this.input(lang, path, { numeric: true, optional: true }))}</div>
          </fieldset>`
        : nothing}
      ${f.purpose === 'election'
        ? this.#renderRows(lang, notStated)
        : html`<fieldset part="section">
            <legend part="legend">${te(lang, 'section.motion')}</legend>
            <div class="grid">
              ${this.input(lang, 'motion.subject', { optional: true })} ${this.input(lang, 'motion.votesFor', { numeric: true })}
              ${this.input(lang, 'motion.votesAgainst', { numeric: true, optional: true })}
            </div>
          </fieldset>`}`;
  }

  protected renderResult(lang: Lang): TemplateResult {
    // After a blocked submit the error summary lists the issues: not again in the panel.
    const issues = this.submitted ? [] : this.result.issues.filter((issue) => !this.#isContextIssue(issue));
    const blank = !this.submitted && isBlank(this.draft);
    return renderResult(lang, this.result, issues.map((issue) => this.fieldLink(issue.path, this.#issueText(issue, lang))), blank, renderDownload(lang, this.value, this.result, blank));
  }

  protected override renderEnd(): TemplateResult {
    return html`<p class="sr-only" role="status">${this.#announcement}</p>`;
  }

  #renderRows(lang: Lang, notStated: readonly [string, string]): TemplateResult {
    const rows = this.draft.rows;
    const errors = this.fieldErrors('candidates', lang);
    const nominated = [notStated, ...this.#choices(lang, 'candidates.nominatedBy', NOMINATED)];
    return html`<fieldset part="section" class="rows" aria-describedby=${errors.length > 0 ? 'e-candidates' : nothing}>
      <legend part="legend">${te(lang, 'section.candidates')}</legend>
      ${rows.length === 0 ? html`<p class="hint" part="hint">${te(lang, 'none')}</p>` : nothing}
      ${rows.map(
        (row, index) => html`<fieldset class="row" part="row">
          <legend>${te(lang, 'row', { n: index + 1 })}</legend>
          <div class="row-grid">
            ${this.input(lang, `candidates.${index}.name`)} ${this.input(lang, `candidates.${index}.votes`, { numeric: true })}
            ${this.select(lang, `candidates.${index}.nominatedBy`, nominated, true)}
            <button
              type="button"
              class="button remove"
              part="button remove"
              id=${`r-${index}`}
              aria-label=${te(lang, 'remove.label', { n: index + 1, name: row.name.trim() }).trim()}
              @click=${() => this.#removeRow(index)}
            >
              ${te(lang, 'remove')}
            </button>
          </div>
        </fieldset>`,
      )}
      ${errors.length > 0 ? html`<p id="e-candidates" class="error" part="error">${errors.join(' ')}</p>` : nothing}
      <button type="button" class="button add" part="button add" id="f-candidates" aria-describedby=${errors.length > 0 ? 'e-candidates' : nothing} @click=${this.#addRow}>
        + ${te(lang, 'add')}
      </button>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'truongthon-election': TruongthonElection;
  }
  interface GlobalEventHandlersEventMap {
    'truongthon-result': CustomEvent<ElectionResultDetail>;
  }
}
