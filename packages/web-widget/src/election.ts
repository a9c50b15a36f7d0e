import type { InputIssue, MeetingRecordInput } from '@truongthon/core';
import { evaluateMeeting, fieldLabel, formatFinding, formatIssue, formatMessage, type Lang, type MeetingResult, type ProcedureStep } from '@truongthon/rules';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FormAssociatedElement } from './form-associated';
import { type ElectionKey, te } from './i18n/election';
import { fill, t } from './i18n/index';
import { type Problem, renderCitations, renderFindings, renderSummary } from './render';
import { electionStyles } from './election-styles';
import { baseStyles } from './styles';

/** Fields with one control each, by dotted path of the meeting record. */
const FIELDS = [
  'electionDate',
  'unit.name',
  'unit.kind',
  'purpose',
  'round',
  'firstRoundDate',
  'receivedOn',
  'recognizedOn',
  'electorateBase',
  'totalElectorate',
  'present',
  'votingMode',
  'ballots.issued',
  'ballots.returned',
  'ballots.valid',
  'ballots.invalid',
  'motion.subject',
  'motion.votesFor',
  'motion.votesAgainst',
] as const;
type FieldPath = (typeof FIELDS)[number];
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const BALLOTS = ['ballots.issued', 'ballots.returned', 'ballots.valid', 'ballots.invalid'] as const;
const PURPOSES = ['election', 'dismissal', 'removal', 'cho-thoi-lam'] as const;
const NOMINATED = ['front_committee', 'self', 'meeting'] as const;
/** What the form starts with: an election, first round, counted on households (the only base from 2023-07-01). */
const DEFAULTS: Partial<Record<FieldPath, string>> = { purpose: 'election', round: 'first', electorateBase: 'households' };
/** Record members with no control in the form, kept as given. */
const PASSTHROUGH = ['id', 'province', 'electionGroup', 'preparation'] as const;
/** Whole-record paths that have no control of their own: the control that stands for them. */
const ALIASES: Readonly<Record<string, string>> = { unit: 'unit.name', ballots: 'ballots.valid', motion: 'motion.votesFor' };
const ROW_PATH = /^candidates\.(\d+)\.(name|votes|nominatedBy)$/u;

/** One candidate line as typed. */
interface Row {
  readonly name: string;
  readonly votes: string;
  readonly nominatedBy: string;
}

/** What the form holds: text as typed, choices as chosen. Turned into a meeting record by {@link toRecord}. */
interface Draft {
  readonly fields: Readonly<Record<FieldPath, string>>;
  readonly rows: readonly Row[];
  readonly passthrough: Readonly<Record<string, unknown>>;
  /** `unit.code`, kept as given (no control). */
  readonly unitCode: unknown;
}

const EMPTY_ROW: Row = { name: '', votes: '', nominatedBy: '' };

function readText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function at(record: unknown, path: string): unknown {
  let node = record;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** Reads anything a host may assign to `value` (a meeting record or its JSON) into a draft; unknown members are dropped. */
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
  const fields = {} as Record<FieldPath, string>;
  for (const path of FIELDS) fields[path] = readText(at(record, path)) || (DEFAULTS[path] ?? '');
  const passthrough: Record<string, unknown> = {};
  for (const key of PASSTHROUGH) if (record[key] !== undefined) passthrough[key] = record[key];
  const candidates = record['candidates'];
  const rows = Array.isArray(candidates)
    ? candidates.map((line: unknown) => ({ name: readText(at(line, 'name')), votes: readText(at(line, 'votes')), nominatedBy: readText(at(line, 'nominatedBy')) }))
    : [EMPTY_ROW];
  return { fields, rows, passthrough, unitCode: at(record, 'unit.code') };
}

/** Blank text is not given. */
function given(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * A typed count as a number: `361`, `1.200` / `1,200` / `1 200` (thousands
 * grouped), or a decimal or negative number (which the library reports as not
 * a count). Anything else is passed on as typed, for the library to report.
 */
function toCount(text: string): number | string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (compact === '') return undefined;
  if (/^\d{1,3}([.,]\d{3})+$/u.test(compact)) return Number(compact.replace(/[.,]/gu, ''));
  if (/^[+-]?\d+([.,]\d+)?$/u.test(compact)) return Number(compact.replace(',', '.'));
  return text;
}

/** The meeting record for a draft: the library input that is evaluated and submitted. */
function toRecord(draft: Draft, meetingDate: string | null, province: string | null): MeetingRecordInput {
  const out: Record<string, unknown> = {};
  const set = (path: string, value: unknown): void => {
    if (value === undefined) return;
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  };
  const f = draft.fields;
  const text = (path: FieldPath) => set(path, given(f[path]));
  const count = (path: FieldPath) => set(path, toCount(f[path]));
  set('id', draft.passthrough['id']);
  set('electionDate', given(meetingDate ?? '') ?? given(f.electionDate));
  set('province', given(province ?? '') ?? draft.passthrough['province']);
  set('unit', {});
  set('unit.code', draft.unitCode);
  text('unit.name');
  text('unit.kind');
  text('purpose');
  text('round');
  if (f.round === 'rerun') text('firstRoundDate');
  text('electorateBase');
  count('totalElectorate');
  count('present');
  text('votingMode');
  if (f.votingMode === 'secret_ballot' || f.votingMode === 'household_ballot') for (const path of BALLOTS) count(path);
  if (f.purpose === 'election') {
    out['candidates'] = draft.rows.map((row) => {
      const line: Record<string, unknown> = {};
      if (given(row.name) !== undefined) line['name'] = row.name;
      const votes = toCount(row.votes);
      if (votes !== undefined) line['votes'] = votes;
      if (row.nominatedBy) line['nominatedBy'] = row.nominatedBy;
      return line;
    });
  } else {
    text('motion.subject');
    count('motion.votesFor');
    count('motion.votesAgainst');
    text('recognizedOn');
  }
  text('receivedOn');
  set('electionGroup', draft.passthrough['electionGroup']);
  set('preparation', draft.passthrough['preparation']);
  return out as MeetingRecordInput;
}

/** How an outcome is coloured: good, to follow up, or wrong. */
const TONE: Readonly<Record<MeetingResult['outcome'], 'ok' | 'warn' | 'error'>> = {
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
 *
 * @cssprop [--truongthon-accent=#0b5cad] - Links, radio buttons, buttons.
 * @cssprop [--truongthon-ok=#17663a] - Elected, carried.
 * @cssprop [--truongthon-error=#b3261e] - Errors, invalid meeting, inconsistent figures.
 * @cssprop [--truongthon-warn=#8a5300] - No winner and other outcomes to follow up.
 * @cssprop [--truongthon-muted=#595959] - Hints and citations.
 * @cssprop [--truongthon-border=#8c8c8c] - Borders.
 * @cssprop [--truongthon-background=transparent] - Background of the element.
 * @cssprop [--truongthon-field-background=#fff] - Background of inputs.
 * @cssprop [--truongthon-radius=0.375rem] - Corner radius.
 * @cssprop [--truongthon-gap=1rem] - Space between fields.
 * @cssprop [--truongthon-focus=#ffbf47] - Focus ring.
 */
export class TruongthonElection extends FormAssociatedElement {
  static override styles = [baseStyles, electionStyles];

  static override properties = {
    meetingDate: { type: String, attribute: 'meeting-date', reflect: true },
    province: { type: String, reflect: true },
    name: { type: String, reflect: true },
    allowInconsistent: { type: Boolean, attribute: 'allow-inconsistent', reflect: true },
  };

  /** Meeting date, `YYYY-MM-DD`, when the portal sets it (the date field is then read-only); otherwise the user enters it. It chooses the legal regime. */
  declare meetingDate: string | null;
  /** Province code (`46`) or name, read on the meeting date: provincial parameters such as the recognition deadline (Kon Tum: 5 working days). */
  declare province: string | null;
  /** The name the record is submitted under (its value is the meeting record as JSON). */
  declare name: string | null;
  /** Let a record whose figures contradict each other be submitted (by default it blocks the form, anchored on the figure concerned). */
  declare allowInconsistent: boolean;
  /** The value a form reset returns to (default: an empty form). */
  defaultValue: Partial<MeetingRecordInput> | null = null;

  /** What the form holds (replaced, never mutated: the result cache keys on its identity). */
  #draftValue: Draft = toDraft(null);
  #cache?: { draft: Draft; meetingDate: string | null; province: string | null; result: MeetingResult };
  #reportedOutcome?: MeetingResult['outcome'];
  /** Polite announcement of the last row removal (focus moves elsewhere, so it would go unsaid). */
  #announcement = '';

  constructor() {
    super();
    this.meetingDate = null;
    this.province = null;
    this.name = null;
    this.allowInconsistent = false;
  }

  private get draft(): Draft {
    return this.#draftValue;
  }

  private set draft(draft: Draft) {
    this.#draftValue = draft;
    this.requestUpdate();
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

  /** The `evaluateMeeting` result for the current record, meeting date and province (computed on demand, cached). */
  get result(): MeetingResult {
    const { draft, meetingDate, province } = this;
    const cached = this.#cache;
    if (cached && cached.draft === draft && cached.meetingDate === meetingDate && cached.province === province) return cached.result;
    const result = evaluateMeeting(toRecord(draft, meetingDate, province), { trace: false });
    this.#cache = { draft, meetingDate, province, result };
    return result;
  }

  formResetCallback(): void {
    this.draft = toDraft(this.defaultValue);
    this.touched = new Set();
    this.submitted = false;
    this.#announcement = '';
  }

  formStateRestoreCallback(state: string | File | FormData | null, _reason?: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') this.draft = toDraft(state);
  }

  protected readonly stateNames: readonly string[] = Object.keys(TONE);

  protected currentState(): string {
    return this.result.outcome;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const result = this.result;
    if (result.outcome !== this.#reportedOutcome) {
      this.#reportedOutcome = result.outcome;
      const detail: ElectionResultDetail = { outcome: result.outcome, value: this.value, result };
      this.dispatchEvent(new CustomEvent('truongthon-result', { bubbles: true, composed: true, detail }));
    }
  }

  #emitChange(): void {
    const detail: ElectionChangeDetail = { value: this.value, result: this.result };
    this.dispatchEvent(new CustomEvent('truongthon-change', { bubbles: true, composed: true, detail }));
  }

  readonly #onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const path = target.name;
    if (!path || (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked)) return;
    let next: Draft = this.draft;
    const row = ROW_PATH.exec(path);
    if (row) {
      const index = Number(row[1]);
      const key = row[2] as keyof Row;
      const line = next.rows[index];
      if (line && line[key] !== target.value) next = { ...next, rows: next.rows.map((r, i) => (i === index ? { ...r, [key]: target.value } : r)) };
    } else if (FIELD_SET.has(path) && next.fields[path as FieldPath] !== target.value) {
      next = { ...next, fields: { ...next.fields, [path]: target.value } };
    }
    if (event.type === 'change') this.touch(path);
    if (next === this.draft) return;
    this.draft = next;
    this.#emitChange();
  };

  /** Adds an empty candidate line and moves focus to its name. */
  readonly #addRow = async (): Promise<void> => {
    const index = this.draft.rows.length;
    this.draft = { ...this.draft, rows: [...this.draft.rows, EMPTY_ROW] };
    this.#announcement = '';
    this.#emitChange();
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
    this.#emitChange();
    await this.updateComplete;
    const focus = rows.length === 0 ? this.control('candidates') : this.renderRoot.querySelector<HTMLElement>(`#r-${Math.min(index, rows.length - 1)}`);
    focus?.focus();
  }

  /** The focusable control for a dotted record path (or its nearest ancestor path that has one), if the form has one. */
  protected control(path: string): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    if (path === 'outcome') return root.querySelector<HTMLElement>('.verdict');
    for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const id = ALIASES[p] ?? p;
      const direct = root.getElementById(`f-${id}`);
      if (direct) return direct;
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === id);
      if (radios.length > 0) return radios.find((radio) => radio.checked) ?? radios[0]!;
    }
    return null;
  }

  /** Problems of the integrator's configuration (attributes), not of what the user typed. */
  #isContextIssue(issue: InputIssue): boolean {
    return issue.path === 'province' || (issue.path === 'electionDate' && !!this.meetingDate);
  }

  /** Whether contradicting figures block submission. */
  #blocksInconsistent(): boolean {
    return !this.allowInconsistent && this.result.outcome === 'inconsistent';
  }

  /**
   * The text of an input issue. Two library messages are replaced by clearer
   * ones from the same catalogue: an unanswered choice (reported as a value
   * outside the allowed list) reads as missing, and text typed in a count
   * (reported as the wrong type) reads as not a whole number.
   */
  #issueText(issue: InputIssue, lang: Lang): string {
    if (issue.code === 'input.invalid-value' && at(this.value, issue.path) === undefined) return formatMessage('input.required', { field: issue.path }, lang);
    if (issue.code === 'input.wrong-type' && issue.params['expected'] === 'number') return formatMessage('input.not-a-count', { field: issue.path }, lang);
    return formatIssue(issue, lang);
  }

  /** Everything that blocks submission, in the order the library reports it. */
  #problems(lang: Lang): Problem[] {
    const result = this.result;
    const problems: Problem[] = result.issues.map((issue) => ({ text: this.#issueText(issue, lang), target: this.#isContextIssue(issue) ? undefined : issue.path }));
    if (problems.length === 0 && this.#blocksInconsistent()) {
      for (const finding of result.findings) if (finding.severity === 'error') problems.push({ text: formatFinding(finding, lang), target: finding.path ?? 'outcome' });
    }
    return problems;
  }

  protected validityProblem(): { message: string; anchor: HTMLElement | null } | undefined {
    const lang = this.language;
    const issues = this.result.issues;
    const firstControl = this.renderRoot.querySelector<HTMLElement>('input:not([readonly]), select');
    const contextIssue = issues.find((issue) => this.#isContextIssue(issue));
    if (contextIssue) return { message: t(lang, 'validity.config', { message: this.#issueText(contextIssue, lang) }), anchor: firstControl };
    const problem = this.#problems(lang)[0];
    if (!problem) return undefined;
    const key: ElectionKey = issues.length > 0 ? 'validity.invalid' : 'validity.inconsistent';
    return { message: te(lang, key, { message: problem.text }), anchor: this.control(problem.target ?? 'outcome') ?? firstControl };
  }

  /** Error texts of a field, shown once the field was changed or a submit was attempted: its input issues, then the contradictions anchored on it. */
  #fieldErrors(path: string, lang: Lang): string[] {
    if (!this.submitted && !this.touched.has(path)) return [];
    const result = this.result;
    const texts = result.issues.filter((issue) => issue.path === path).map((issue) => this.#issueText(issue, lang));
    if (result.outcome === 'inconsistent') {
      for (const finding of result.findings) if (finding.severity === 'error' && finding.path === path) texts.push(formatFinding(finding, lang));
    }
    return texts;
  }

  /** What the control of a path shows: its text, or the choice made; a date input only a `YYYY-MM-DD` date (anything else would be blanked by the browser with a console warning). */
  protected override shownText(path: string, type: string): string {
    const text = this.#text(path);
    return type === 'date' && !/^\d{4}-\d{2}-\d{2}$/u.test(text) ? '' : text;
  }

  /** The text a control shows for a path. */
  #text(path: string): string {
    const row = ROW_PATH.exec(path);
    if (row) return this.draft.rows[Number(row[1])]?.[row[2] as keyof Row] ?? '';
    if (path === 'electionDate' && this.meetingDate) return this.meetingDate;
    return this.draft.fields[path as FieldPath] ?? '';
  }

  override render(): TemplateResult {
    const lang = this.language;
    const f = this.draft.fields;
    const problems = this.submitted ? this.#problems(lang) : [];
    const contextIssues = this.result.issues.filter((issue) => this.#isContextIssue(issue));
    const notStated: readonly [string, string] = ['', te(lang, 'notStated')];
    return html`
      <div class="root" lang=${lang}>
        ${problems.length > 0 ? renderSummary(lang, problems, (target) => this.control(target) !== null, (target) => this.focusField(target)) : nothing}
        ${contextIssues.length > 0
          ? html`<div class="config" part="config" role="alert">
              <strong>${t(lang, 'config.heading')}</strong>
              <ul>${contextIssues.map((issue) => html`<li>${this.#issueText(issue, lang)}</li>`)}</ul>
            </div>`
          : nothing}
        <div class="layout">
          <fieldset class="bare form" part="form" ?disabled=${this.formDisabled} @input=${this.#onEdit} @change=${this.#onEdit} @keydown=${this.onKeydown}>
            <fieldset part="section">
              <legend part="legend">${te(lang, 'section.meeting')}</legend>
              <div class="grid">
                ${this.#input(lang, 'electionDate', { type: 'date', readonly: !!this.meetingDate, hint: this.meetingDate ? 'hint.meetingDate' : undefined })}
                ${this.#input(lang, 'unit.name', {})}
                ${this.#select(lang, 'unit.kind', [notStated, ['thon', formatMessage('report.kind.thon', {}, lang)], ['to_dan_pho', formatMessage('report.kind.to_dan_pho', {}, lang)]], true)}
                ${this.#select(lang, 'purpose', PURPOSES.map((purpose) => [purpose, te(lang, `purpose.${purpose}`)]))}
                ${this.#select(lang, 'round', [['first', te(lang, 'round.first')], ['rerun', te(lang, 'round.rerun')]])}
                ${f.round === 'rerun' ? this.#input(lang, 'firstRoundDate', { type: 'date', optional: true }) : nothing}
                ${this.#input(lang, 'receivedOn', { type: 'date', optional: true, hint: 'hint.receivedOn' })}
                ${f.purpose === 'election' ? nothing : this.#input(lang, 'recognizedOn', { type: 'date', optional: true })}
              </div>
            </fieldset>
            <fieldset part="section">
              <legend part="legend">${te(lang, 'section.electorate')}</legend>
              ${this.#radios(lang, 'electorateBase', [['households', te(lang, 'base.households')], ['voters', te(lang, 'base.voters')]])}
              <div class="grid">
                ${this.#input(lang, 'totalElectorate', { count: true, hint: 'hint.total' })} ${this.#input(lang, 'present', { count: true })}
              </div>
              ${this.#radios(lang, 'votingMode', [['secret_ballot', te(lang, 'mode.secret_ballot')], ['show_of_hands', te(lang, 'mode.show_of_hands')], ['household_ballot', te(lang, 'mode.household_ballot')]])}
            </fieldset>
            ${f.votingMode === 'secret_ballot' || f.votingMode === 'household_ballot'
              ? html`<fieldset part="section">
                  <legend part="legend">${te(lang, 'section.ballots')}</legend>
                  <div class="grid">${BALLOTS.map((path) => this.#input(lang, path, { count: true, optional: true }))}</div>
                </fieldset>`
              : nothing}
            ${f.purpose === 'election'
              ? this.#renderRows(lang, notStated)
              : html`<fieldset part="section">
                  <legend part="legend">${te(lang, 'section.motion')}</legend>
                  <div class="grid">
                    ${this.#input(lang, 'motion.subject', { optional: true })} ${this.#input(lang, 'motion.votesFor', { count: true })}
                    ${this.#input(lang, 'motion.votesAgainst', { count: true, optional: true })}
                  </div>
                </fieldset>`}
          </fieldset>
          ${this.#renderResult(lang)}
        </div>
        <p class="sr-only" role="status">${this.#announcement}</p>
      </div>
    `;
  }

  #renderRows(lang: Lang, notStated: readonly [string, string]): TemplateResult {
    const rows = this.draft.rows;
    const errors = this.#fieldErrors('candidates', lang);
    const nominated = [notStated, ...NOMINATED.map((key) => [key, te(lang, `nominated.${key}`)] as const)];
    return html`<fieldset part="section" class="rows" aria-describedby=${errors.length > 0 ? 'e-candidates' : nothing}>
      <legend part="legend">${te(lang, 'section.candidates')}</legend>
      ${rows.length === 0 ? html`<p class="hint" part="hint">${te(lang, 'none')}</p>` : nothing}
      ${rows.map(
        (row, index) => html`<fieldset class="row" part="row">
          <legend>${te(lang, 'row', { n: index + 1 })}</legend>
          <div class="row-grid">
            ${this.#input(lang, `candidates.${index}.name`, {})} ${this.#input(lang, `candidates.${index}.votes`, { count: true })}
            ${this.#select(lang, `candidates.${index}.nominatedBy`, nominated, true)}
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

  #input(lang: Lang, path: string, options: { type?: string; count?: boolean; optional?: boolean; readonly?: boolean; hint?: ElectionKey | undefined }): TemplateResult {
    const id = `f-${path}`;
    const errors = this.#fieldErrors(path, lang);
    const hintId = options.hint ? `h-${path}` : '';
    const errorId = errors.length > 0 ? `e-${path}` : '';
    const describedBy = [errorId, hintId].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id} part="label">${fieldLabel(path, lang)}${options.optional ? html` <span class="optional">${t(lang, 'optional')}</span>` : nothing}</label>
      ${options.hint ? html`<span id=${hintId} class="hint" part="hint">${te(lang, options.hint)}</span>` : nothing}
      <input
        id=${id}
        name=${path}
        part="input"
        type=${options.type ?? 'text'}
        inputmode=${options.count ? 'numeric' : nothing}
        autocomplete="off"
        spellcheck="false"
        ?readonly=${options.readonly}
        aria-required=${options.optional || options.readonly ? nothing : 'true'}
        aria-invalid=${errors.length > 0 ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      />
      ${errors.length > 0 ? html`<p id=${errorId} class="error" part="error">${errors.join(' ')}</p>` : nothing}
    </div>`;
  }

  #select(lang: Lang, path: string, options: readonly (readonly [string, string])[], optional = false): TemplateResult {
    const id = `f-${path}`;
    const errors = this.#fieldErrors(path, lang);
    const errorId = errors.length > 0 ? `e-${path}` : '';
    return html`<div class="field" part="field">
      <label for=${id} part="label">${fieldLabel(path, lang)}${optional ? html` <span class="optional">${t(lang, 'optional')}</span>` : nothing}</label>
      <select id=${id} name=${path} part="input" aria-invalid=${errors.length > 0 ? 'true' : nothing} aria-describedby=${errorId || nothing}>
        ${options.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select>
      ${errors.length > 0 ? html`<p id=${errorId} class="error" part="error">${errors.join(' ')}</p>` : nothing}
    </div>`;
  }

  #radios(lang: Lang, path: FieldPath, choices: readonly (readonly [string, string])[]): TemplateResult {
    const errors = this.#fieldErrors(path, lang);
    const errorId = errors.length > 0 ? `e-${path}` : '';
    return html`<fieldset class="tri" part="choice-group" ?data-invalid=${errors.length > 0} aria-describedby=${errorId || nothing}>
      <legend>${fieldLabel(path, lang)}</legend>
      <div class="choices">
        ${choices.map(
          ([value, text]) =>
            html`<label><input type="radio" name=${path} value=${value} aria-invalid=${errors.length > 0 ? 'true' : nothing} /> ${text}</label>`,
        )}
      </div>
      ${errors.length > 0 ? html`<p id=${errorId} class="error" part="error">${errors.join(' ')}</p>` : nothing}
    </fieldset>`;
  }

  #fieldLink(path: string, text: string): TemplateResult | string {
    if (this.control(path) === null) return text;
    return html`<button type="button" class="link" @click=${() => this.focusField(path)}>${text}</button>`;
  }

  #renderResult(lang: Lang): TemplateResult {
    const result = this.result;
    const { quorum, motion } = result;
    const issues = result.issues.filter((issue) => !this.#isContextIssue(issue));
    const { steps } = result;
    const meta: string[] = [];
    if (result.regime) meta.push(`${t(lang, 'result.regime')}: ${result.regime.name[lang]}`);
    if (result.province) meta.push(`${fieldLabel('province', lang)}: ${result.province.name}`);
    return html`<section class="result" part="result" data-outcome=${result.outcome} data-tone=${TONE[result.outcome]} aria-labelledby="result-title">
      <h2 id="result-title">${te(lang, 'result.heading')}</h2>
      <p class="verdict" part="outcome" role="status" tabindex="-1">
        ${t(lang, 'result.verdict', { verdict: formatMessage(`outcome.${result.outcome}`, {}, lang) })}
      </p>
      ${quorum
        ? html`<p class="quorum" part="quorum" data-met=${quorum.met}>
            ${te(lang, 'quorum', { present: quorum.present, total: quorum.total, percent: quorum.percent, required: quorum.requiredPercent })}
            <strong>${te(lang, quorum.met ? 'quorum.met' : 'quorum.notMet')}</strong>
          </p>`
        : nothing}
      ${result.candidates.length > 0 && quorum ? this.#renderShares(lang, result, quorum.total) : nothing}
      ${motion && quorum ? html`<p part="motion">${te(lang, 'motion', { votes: motion.votesFor, total: quorum.total, percent: motion.percent })}</p>` : nothing}
      ${issues.length > 0
        ? html`<div>
            <h3>${t(lang, 'result.issues')}</h3>
            <ul class="links">
              ${issues.map((issue) => html`<li>${this.#fieldLink(issue.path, this.#issueText(issue, lang))}</li>`)}
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
                  <strong>${formatMessage(`step.${step.id}`, {}, lang)}</strong>: ${this.#when(lang, step)} ${renderCitations(lang, step.citations)}
                </li>`,
              )}
            </ol>
          </div>`
        : nothing}
      ${meta.map((line) => html`<p class="meta">${line}</p>`)}
    </section>`;
  }

  /**
   * Votes and shares of the whole electorate. The winning threshold is read
   * from the outcome finding's `required` parameter (the result has no field
   * for it); the meters, coloured against it, are shown only when it is known.
   */
  #renderShares(lang: Lang, result: MeetingResult, total: number): TemplateResult {
    const outcomeFinding = result.findings.find((finding) => finding.code === 'procedure.elected' || finding.code === 'procedure.no-winner');
    const required = outcomeFinding?.params['required'];
    const threshold = typeof required === 'number' ? required : undefined;
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
  #when(lang: Lang, step: ProcedureStep): string {
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
}

declare global {
  interface HTMLElementTagNameMap {
    'truongthon-election': TruongthonElection;
  }
  interface GlobalEventHandlersEventMap {
    'truongthon-result': CustomEvent<ElectionResultDetail>;
  }
}
