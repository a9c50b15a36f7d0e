import { foldKey, type InputIssue, readDate } from '@truongthon/core';
import { dateInWords, type Lang, UNIT_KIND_NAMES } from '@truongthon/rules';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { type PropertyDeclaration, type PropertyValues, ReactiveElement } from './element';
import { t, toLang } from './i18n/index';
import { type LoadedOverlays, loadOverlays } from './overlays';

/** One thing that stops the form from being submitted, shown in the error summary. */
export interface Problem {
  readonly text: string;
  /** The field to focus (a dotted input path, or an element's own target such as `verdict`), or none. */
  readonly target?: string | undefined;
}

/** A message for one field of the value (`path`, dotted as in the value; `''`: the whole value). */
export interface FieldMessage {
  readonly path: string;
  readonly message: string;
}

/** Options of a text input (see `FormAssociatedElement#input`). */
interface InputOptions {
  /** `date`: a date typed `dd/MM/yyyy` (or ISO) whatever the browser's language, read back in words; otherwise plain text. */
  readonly type?: 'date';
  /** Default `off`. */
  readonly autocomplete?: string;
  readonly numeric?: boolean;
  /** The hint text under the label. */
  readonly hint?: string | undefined;
  readonly optional?: boolean;
  readonly readonly?: boolean;
}

/** Choices of a select or a radio group: value and text. */
type Choices = readonly (readonly [string, string])[];

/**
 * The language an element is shown in: its own `lang` attribute, else the
 * closest ancestor's (crossing shadow roots), else Vietnamese.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}

/**
 * Base of the truongthon elements: an element rendered with lit-html
 * (src/element.ts) that takes part in its
 * host `<form>` through `ElementInternals` (value, validity anchored to an
 * inner control, reset/disable/restore callbacks) and follows the page's
 * language. It holds what both elements share: the draft (what the form
 * holds) and its edits, the cached result, the change and state events, the
 * page frame (error summary, configuration box, form, result panel) and the
 * field helpers. It holds no domain logic.
 */
export abstract class FormAssociatedElement<D = unknown> extends ReactiveElement {
  static formAssociated = true;

  static override properties: Readonly<Record<string, PropertyDeclaration>> = { overlays: { attribute: false } };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'mirror-input', 'unit-kind'];
  }

  /** The element's `ElementInternals` (form value, validity, states). */
  protected readonly internals: ElementInternals;
  /** Set by `formDisabledCallback` (a disabled attribute or a disabled `<fieldset>` ancestor). */
  protected formDisabled = false;
  /** True for the rest of the task in which the user tried to submit the form (or `reportValidity()` ran). */
  #attempt = false;
  /** Fields (dotted input paths) the user changed at least once: their errors are shown. */
  #touchedPaths: ReadonlySet<string> = new Set();
  /** A submit was attempted: all errors and the summary are shown. */
  #submittedFlag = false;
  /** Move focus to the error summary after the next render. */
  #focusSummary = false;
  /** What the form holds (replaced, never mutated: the result cache keys on its identity). */
  #draft: D;
  #cache?: { readonly keys: readonly unknown[]; readonly result: unknown };
  /** The state last announced by the state event. */
  #reported?: string;
  #langObserver?: MutationObserver;
  /** The hidden input that mirrors the value in the light DOM (`mirror-input`), once made. */
  #mirror?: HTMLInputElement;
  /** The server's messages (`setServerErrors`), each until its field changes. */
  #server: readonly Problem[] = [];

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.#onInvalid);
    this.#draft = this.read(null);
  }

  protected get draft(): D {
    return this.#draft;
  }

  protected set draft(draft: D) {
    this.#draft = draft;
    this.requestUpdate();
  }

  /** The value a form reset returns to (default: an empty form). */
  defaultValue: unknown = null;

  /**
   * Province data (issue 20): province data files as JSON objects, valid
   * against `province-data.schema.json` of `@truongthon/rules`, used with the
   * built-in overlays for the provincial parameters (the recognition
   * deadline, the term). They are read and checked by `truongthon-overlays.js`,
   * loaded from beside the script on the first assignment; until it answers,
   * and when a file does not fit (a coded error in the configuration box),
   * the built-in overlays are used.
   */
  declare overlays: readonly unknown[] | null | undefined;
  /** What the overlays module made of `overlays`: the registry to evaluate with, or the error shown; empty while it loads or when none are set. */
  protected loaded: LoadedOverlays = {};

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('overlays')) return;
    const files = this.overlays;
    this.loaded = {};
    if (files != null)
      void loadOverlays(files).then((loaded) => {
        if (this.overlays === files) {
          this.loaded = loaded;
          this.requestUpdate();
        }
      });
  }

  /** Reads anything a host may assign to `value` (an object or its JSON) into a draft. */
  protected abstract read(value: unknown): D;
  /** The draft after the user set the control named `path` to `value` (the same draft when nothing changes). */
  protected abstract edit(draft: D, path: string, value: string): D;

  /** `compute()`, cached while every one of `keys` (the draft and the attributes it depends on) stays the same. */
  protected cached<R>(keys: readonly unknown[], compute: () => R): R {
    const cache = this.#cache;
    if (cache && keys.every((key, i) => key === cache.keys[i])) return cache.result as R;
    const result = compute();
    this.#cache = { keys, result };
    return result;
  }

  /** Dispatches a bubbling, composed `CustomEvent` (the elements document theirs with `@fires`). */
  protected emit(type: string, detail: unknown): void {
    const event = new CustomEvent(type, { bubbles: true, composed: true, detail });
    this.dispatchEvent(event);
  }

  /** `truongthon-change`: the value as now typed and its result. */
  protected emitChange(): void {
    this.emit('truongthon-change', { value: this.value, result: this.result });
  }

  /** The user changed a control of the form: the draft follows, the field counts as touched on `change`. */
  protected readonly onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const path = target.name;
    if (!path || (target.type === 'radio' && !target.checked)) return;
    const next = this.edit(this.draft, path, target.value);
    if (event.type === 'change') this.touch(path);
    if (next === this.draft) return;
    this.#server = this.#server.filter((problem) => problem.target !== path);
    this.draft = next;
    this.emitChange();
  };

  formResetCallback(): void {
    this.draft = this.read(this.defaultValue);
    this.touched = new Set();
    this.submitted = false;
    this.#server = [];
    this.#announceValue();
  }

  formStateRestoreCallback(state: string | File | FormData | null, _reason?: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') {
      this.draft = this.read(state);
      this.#announceValue();
    }
  }

  /**
   * `input` and `change` on the element after a form reset or a restore, as a
   * form library bound to it expects (Vue's `v-model`, a React `onChange`,
   * jQuery's `.on('change')` follow the value back to empty).
   */
  #announceValue(): void {
    this.emit('input', null);
    this.emit('change', null);
  }

  protected get touched(): ReadonlySet<string> {
    return this.#touchedPaths;
  }

  protected set touched(touched: ReadonlySet<string>) {
    this.#touchedPaths = touched;
    this.requestUpdate();
  }

  /** Marks a field as changed by the user (its errors are shown from now on). */
  protected touch(path: string): void {
    if (!this.#touchedPaths.has(path)) this.touched = new Set([...this.#touchedPaths, path]);
  }

  protected get submitted(): boolean {
    return this.#submittedFlag;
  }

  protected set submitted(submitted: boolean) {
    this.#submittedFlag = submitted;
    this.requestUpdate();
  }

  readonly #onInvalid = (event: Event): void => {
    // A script's checkValidity() changes nothing on screen. A blocked submit shows every error and the summary,
    // instead of the browser's bubble; the summary takes focus when this is the form's first invalid control.
    if (!this.submitAttempt) return;
    event.preventDefault();
    this.submitted = true;
    this.#focusSummary = this.isFirstInvalid();
  };

  /** Enter in a text field submits the host form, as in a native field (never while an IME such as Telex is composing). */
  protected readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.isComposing || !(target instanceof HTMLInputElement)) return;
    const form = this.form;
    if (!form) return;
    event.preventDefault();
    this.markSubmitAttempt();
    form.requestSubmit();
  };

  /** The language the element renders in (`vi` or `en`): its `lang` attribute, inherited from the page, else `vi`. */
  get language(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put the mirror input back after a move (it is removed with the element).
    this.requestUpdate();
    // The language follows the page: re-render when any `lang` attribute changes (one observer per element; a page has one or two).
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    document.addEventListener('click', this.#onDocumentClick, true);
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mirror?.remove();
    this.#langObserver?.disconnect();
    document.removeEventListener('click', this.#onDocumentClick, true);
    document.removeEventListener('keydown', this.#onDocumentKeydown, true);
  }

  /**
   * Whether the current `invalid` event comes from the user trying to submit
   * (a submit button of our form, Enter in one of its fields, or
   * `reportValidity()`), as opposed to a script calling `checkValidity()`,
   * which must not show errors or move focus.
   */
  protected get submitAttempt(): boolean {
    return this.#attempt;
  }

  /** Marks a submit attempt for the rest of this task. */
  protected markSubmitAttempt(): void {
    this.#attempt = true;
    setTimeout(() => {
      this.#attempt = false;
    }, 0);
  }

  /** Whether this element is the first invalid control of its form (the one a blocked submit should focus). */
  protected isFirstInvalid(): boolean {
    const form = this.form;
    if (!form) return true;
    for (const element of form.elements) {
      const control = element as Element & { willValidate?: boolean; validity?: ValidityState };
      if (control.willValidate && control.validity && !control.validity.valid) return control === this;
    }
    return true;
  }

  readonly #onDocumentClick = (event: Event): void => {
    const form = this.form;
    const origin = event.composedPath()[0];
    if (!form || !(origin instanceof Element)) return;
    const button = origin.closest<HTMLInputElement>('button, input');
    if (button?.form === form && (button.type === 'submit' || button.type === 'image')) {
      this.markSubmitAttempt();
    }
  };

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    const form = this.form;
    // Enter in a control of our form (only a text field's submits; for the others the attempt mark lapses unused).
    if (form && event.key === 'Enter' && (event.composedPath()[0] as HTMLInputElement).form === form) this.markSubmitAttempt();
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) this.requestUpdate();
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The form-control type, as for native controls. */
  get type(): string {
    return this.localName;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The `<label>` elements of the page that point at this element. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.markSubmitAttempt();
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.showValue();
    this.syncForm();
    if (this.#focusSummary) {
      this.#focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    }
    const state = this.currentState();
    if (state !== this.#reported) {
      this.#reported = state;
      const [type, key] = this.stateEvent;
      this.emit(type, { [key]: state, value: this.value, result: this.result });
    }
  }

  /**
   * What the inner control named `path` shows for the current value: the
   * text of an input of `type` (`text`, `date`, …), or, for `radio` buttons
   * and a `select`'s options, the value of the choice made. `undefined`
   * (the default) leaves the control alone.
   */
  protected shownText(_path: string, _type: 'radio' | 'select' | string): string | undefined {
    return undefined;
  }

  /**
   * Makes every inner control show the current value, after every render:
   * compared with the live DOM state and set only where they differ, as Lit's
   * `live` directive does (so typing, IME composition and the caret are left
   * alone, and a control the user changed without the value following is put
   * back), in a few lines instead of the directive machinery.
   */
  protected showValue(): void {
    for (const control of this.renderRoot.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      const select = control instanceof HTMLSelectElement;
      const shown = this.shownText(control.name, select ? 'select' : control.type);
      if (shown === undefined) continue;
      if (select) {
        for (const option of control.options) if (option.selected !== (option.value === shown)) option.selected = option.value === shown;
      } else if (control.type === 'radio') {
        if (control.checked !== (control.value === shown)) control.checked = control.value === shown;
      } else if (control.value !== shown) {
        control.value = shown;
      }
    }
  }

  /** The inner control of a dotted input path, or `null` when there is none. */
  protected abstract control(path: string): HTMLElement | null;

  /** The control with the id `f-{id}`, else the checked (or first) radio button named `id`, else `null`. */
  protected controlOf(id: string): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === id);
    return root.getElementById(`f-${id}`) ?? radios.find((radio) => radio.checked) ?? radios[0] ?? null;
  }
  /** Why the element's value is not valid now, with the control to anchor the message to; `undefined` when valid. */
  protected abstract validityProblem(): { message: string; anchor: HTMLElement | null } | undefined;
  /** The custom states (`:state(…)`) this element may be in, and the one it is in now. */
  protected abstract readonly stateNames: readonly string[];
  protected abstract currentState(): string;
  /** The event announcing a new state (also on the first render), and the member of its detail that holds the state. */
  protected abstract readonly stateEvent: readonly [type: string, key: string];
  /** The value the element submits (serialised as JSON). */
  abstract get value(): unknown;
  /** The result for the current value. */
  abstract get result(): unknown;

  /**
   * The messages that stand between the value and a submit, as the error
   * summary lists them after a blocked submit (whether or not one was tried),
   * then the server's (`setServerErrors`): `{ path, message }`, in the
   * element's language; `path` is dotted as in the value (`''` or an
   * attribute's name for what the page must fix, `verdict` / `outcome` for
   * what `require-eligible` / `allow-inconsistent` refuse).
   */
  validationMessages(): FieldMessage[] {
    return [...this.problems(this.language), ...this.#server].map(({ target, text }) => ({ path: target ?? '', message: text }));
  }

  /**
   * Shows messages the back end returned (e.g. the `issues` of a 400 from
   * `truongthon serve`, paths relative to the value) on their fields and in
   * the error summary, which takes focus, each until the user changes its
   * field; a path without a field is listed in the summary only. They do not
   * block the form (the server checks again). `[]` clears them; so does a
   * form reset.
   */
  setServerErrors(errors: readonly FieldMessage[]): void {
    this.#server = errors.map(({ path, message }) => ({ target: path, text: String(message) }));
    this.#focusSummary = this.#server.length > 0;
    this.requestUpdate();
  }

  /** Focuses the control of a dotted input path; `false` when there is none. */
  focusField(path: string): boolean {
    const control = this.control(path);
    control?.focus();
    return control !== null;
  }

  /** Submits the value as JSON, sets validity anchored to the offending control, and sets the custom state. */
  protected syncForm(): void {
    // What the user typed or pasted decomposed (NFD, as macOS and old spreadsheets give it) is submitted composed.
    const json = JSON.stringify(this.value).normalize('NFC');
    const mirrored = this.hasAttribute('mirror-input') ? this.getAttribute('name') : null;
    // With `mirror-input`, a hidden input after the element carries the value instead (FormData would hold it twice);
    // the state, which history restores, stays the element's.
    this.internals.setFormValue(mirrored ? null : json, json);
    if (mirrored) {
      const mirror = (this.#mirror ??= document.createElement('input'));
      mirror.type = 'hidden';
      mirror.name = mirrored;
      mirror.value = json;
      mirror.disabled = this.formDisabled;
      if (mirror.previousSibling !== this) this.after(mirror);
    } else this.#mirror?.remove();
    const problem = this.validityProblem();
    if (problem) this.internals.setValidity({ customError: true }, problem.message, problem.anchor ?? undefined);
    else this.internals.setValidity({});
    const states = this.internals.states as Set<string> | undefined;
    if (states) {
      try {
        for (const name of this.stateNames) states.delete(name);
        states.add(this.currentState());
      } catch {
        // CustomStateSet with plain names is recent (Chromium 125, Firefox 126, Safari 17.4); states are a styling extra.
      }
    }
  }

  /** Everything that blocks submission, listed in the error summary on a blocked submit. */
  protected abstract problems(lang: Lang): Problem[];
  /** The texts of the integrator's configuration errors (the attributes), not of what the user typed. */
  protected abstract configErrors(lang: Lang): string[];
  /** The label of a field. */
  protected abstract label(path: string, lang: Lang): string;
  /** The error texts of a field. */
  protected abstract errors(path: string, lang: Lang): string[];
  /** The sections of the form. */
  protected abstract renderFields(lang: Lang): unknown;
  /** The result panel. */
  protected abstract renderResult(lang: Lang): unknown;

  /** Below the form and the result panel: nothing by default. */
  protected renderEnd(): unknown {
    return nothing;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const problems = [...(this.submitted ? this.problems(lang) : []), ...this.#server];
    const config = [...this.configErrors(lang), ...(this.loaded.error ? [this.loaded.error] : [])];
    return html`
      <div class="root" lang=${lang}>
        ${problems.length > 0
          ? html`<div class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
              <h2 id="summary-title">${problems.length === 1 ? t(lang, 'summary.headingOne') : t(lang, 'summary.heading', { count: problems.length })}</h2>
              <ul class="links">
                ${problems.map((problem) => html`<li>${problem.target ? this.fieldLink(problem.target, problem.text) : problem.text}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${config.length > 0
          ? html`<div class="config" part="config" role="alert">
              <strong>${t(lang, 'config.heading')}</strong>
              <ul>${config.map((text) => html`<li>${text}</li>`)}</ul>
            </div>`
          : nothing}
        <div class="layout">
          <fieldset class="bare form" part="form" ?disabled=${this.formDisabled} @input=${this.onEdit} @change=${this.onEdit} @keydown=${this.onKeydown}>
            ${this.renderFields(lang)}
          </fieldset>
          ${this.renderResult(lang)}
        </div>
        ${this.renderEnd()}
      </div>
    `;
  }

  /** Error texts of a field, shown once the field was changed or a submit was attempted; then the server's. */
  protected fieldErrors(path: string, lang: Lang): string[] {
    return [...(this.submitted || this.touched.has(path) ? this.errors(path, lang) : []), ...this.#server.filter((problem) => problem.target === path).map((problem) => problem.text)];
  }

  /** A text: a button that focuses the field of `path` when the form has one (`linked`). */
  protected fieldLink(path: string, text: string, linked = this.control(path) !== null): TemplateResult | string {
    return linked ? html`<button type="button" class="link" @click=${() => this.focusField(path)}>${text}</button>` : text;
  }

  /**
   * A Vietnamese text with "thôn, tổ dân phố" read as the word the
   * `unit-kind` attribute names (`ap` or `ấp`, `ban`, `khom`, …: a word of the
   * rules' `UNIT_KIND_NAMES` that tells a kind, with or without diacritics);
   * unchanged without one, or in English.
   */
  protected unitWords(text: string): string {
    const kind = foldKey(this.getAttribute('unit-kind') ?? '');
    const name = UNIT_KIND_NAMES.find((entry) => entry.kind && entry.origin !== 'label' && foldKey(entry.word) === kind);
    return name ? text.replaceAll('thôn, tổ dân phố', name.word) : text;
  }

  #label(lang: Lang, path: string, optional: boolean | undefined): TemplateResult {
    return html`<label for=${`f-${path}`} part="label">${this.unitWords(this.label(path, lang))}${optional ? html` <span class="optional">${t(lang, 'optional')}</span>` : nothing}</label>`;
  }

  #error(path: string, errors: readonly string[]): TemplateResult | typeof nothing {
    return errors.length > 0 ? html`<p id=${`e-${path}`} class="error" part="error">${errors.join(' ')}</p>` : nothing;
  }

  /**
   * The text of an input issue about a date the user typed that the library
   * could not read, in the form's words (a day that does not exist, the
   * `dd/MM/yyyy` to type) rather than the library's `YYYY-MM-DD`; `undefined`
   * for every other issue.
   */
  protected dateIssue(issue: InputIssue, lang: Lang): string | undefined {
    const typed = issue.code === 'input.invalid-date' ? this.shownText(issue.path, 'text') : undefined;
    const read = typed ? readDate(typed) : undefined;
    return read && !read.ok ? t(lang, `date.${read.reason}`, { field: this.label(issue.path, lang) }) : undefined;
  }

  /**
   * A labelled text input (with its hint and errors). A date (`type: 'date'`)
   * is a text field that takes `dd/MM/yyyy` (or ISO) whatever the browser's
   * language, and reads the date back in words under it.
   */
  protected input(lang: Lang, path: string, options: InputOptions = {}): TemplateResult {
    const errors = this.fieldErrors(path, lang);
    const hintId = options.hint ? `h-${path}` : '';
    const read = options.type === 'date' ? readDate(this.shownText(path, 'text') ?? '') : undefined;
    const words = read?.ok ? dateInWords(read.date, lang) : '';
    const describedBy = [errors.length > 0 ? `e-${path}` : '', hintId, words && `w-${path}`].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      ${this.#label(lang, path, options.optional)}
      ${options.hint ? html`<span id=${hintId} class="hint" part="hint">${this.unitWords(options.hint)}</span>` : nothing}
      <input
        id=${`f-${path}`}
        name=${path}
        part="input"
        type="text"
        placeholder=${read ? t(lang, 'date.placeholder') : nothing}
        inputmode=${options.numeric ? 'numeric' : nothing}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck="false"
        ?readonly=${options.readonly}
        aria-required=${options.optional || options.readonly ? nothing : 'true'}
        aria-invalid=${errors.length > 0 ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      />
      ${words ? html`<span id=${`w-${path}`} class="hint" part="hint">${words}</span>` : nothing}
      ${this.#error(path, errors)}
    </div>`;
  }

  /** A labelled select (with its errors). */
  protected select(lang: Lang, path: string, choices: Choices, optional = false): TemplateResult {
    const errors = this.fieldErrors(path, lang);
    return html`<div class="field" part="field">
      ${this.#label(lang, path, optional)}
      <select id=${`f-${path}`} name=${path} part="input" aria-invalid=${errors.length > 0 ? 'true' : nothing} aria-describedby=${errors.length > 0 ? `e-${path}` : nothing}>
        ${choices.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select>
      ${this.#error(path, errors)}
    </div>`;
  }

  /** A group of radio buttons under the field's label (with its errors). */
  protected radios(lang: Lang, path: string, choices: Choices): TemplateResult {
    const errors = this.fieldErrors(path, lang);
    const invalid = errors.length > 0 ? 'true' : nothing;
    return html`<fieldset class="tri" part="choice-group" ?data-invalid=${errors.length > 0} aria-describedby=${errors.length > 0 ? `e-${path}` : nothing}>
      <legend>${this.unitWords(this.label(path, lang))}</legend>
      <div class="choices">
        ${choices.map(([value, text]) => html`<label><input type="radio" name=${path} value=${value} aria-invalid=${invalid} /> ${text}</label>`)}
      </div>
      ${this.#error(path, errors)}
    </fieldset>`;
  }
}

/** Defines a custom element unless the name is taken (loading a bundle twice must not throw). */
export function defineOnce(name: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(name)) registry.define(name, constructor);
}
