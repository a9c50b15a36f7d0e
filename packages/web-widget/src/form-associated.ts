import type { Lang } from '@truongthon/rules';
import { LitElement, type PropertyValues } from 'lit';
import { toLang } from './i18n/index';

/** Elements whose language follows the page: re-rendered when any `lang` attribute changes. */
const langListeners = new Set<FormAssociatedElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: FormAssociatedElement): void {
  langListeners.add(element);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const listener of langListeners) listener.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(element: FormAssociatedElement): void {
  langListeners.delete(element);
  if (langListeners.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

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
 * Base of the truongthon elements: a Lit element that takes part in its
 * host `<form>` through `ElementInternals` (value, validity anchored to an
 * inner control, reset/disable/restore callbacks) and follows the page's
 * language. It holds no domain logic.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
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

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.#onInvalid);
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
    watchLang(this);
    document.addEventListener('click', this.#onDocumentClick, true);
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
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
    const button = origin.closest('button, input');
    if ((button instanceof HTMLButtonElement || button instanceof HTMLInputElement) && button.form === form && (button.type === 'submit' || button.type === 'image')) {
      this.markSubmitAttempt();
    }
  };

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    const form = this.form;
    const origin = event.composedPath()[0];
    if (form && event.key === 'Enter' && origin instanceof HTMLInputElement && origin.form === form) this.markSubmitAttempt();
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
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
  /** Why the element's value is not valid now, with the control to anchor the message to; `undefined` when valid. */
  protected abstract validityProblem(): { message: string; anchor: HTMLElement | null } | undefined;
  /** The custom states (`:state(…)`) this element may be in, and the one it is in now. */
  protected abstract readonly stateNames: readonly string[];
  protected abstract currentState(): string;
  /** The value the element submits (serialised as JSON). */
  abstract get value(): unknown;

  /** Focuses the control of a dotted input path; `false` when there is none. */
  focusField(path: string): boolean {
    const control = this.control(path);
    control?.focus();
    return control !== null;
  }

  /** Submits the value as JSON, sets validity anchored to the offending control, and sets the custom state. */
  protected syncForm(): void {
    const json = JSON.stringify(this.value);
    this.internals.setFormValue(json, json);
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

  abstract formResetCallback(): void;
  abstract formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
}

/** Defines a custom element unless the name is taken (loading a bundle twice must not throw). */
export function defineOnce(name: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(name)) registry.define(name, constructor);
}
