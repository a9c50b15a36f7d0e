import { render } from 'lit/html.js';

/** A style sheet's text (what the css tag of src/styles.ts makes); the elements adopt it as a constructed sheet. */
export interface Styles {
  readonly cssText: string;
}

/** How a reactive property is read from its attribute and written back (a subset of Lit's property options). */
export interface PropertyDeclaration {
  /** `Boolean`: present or absent; otherwise the attribute's text (or `null`). */
  readonly type?: typeof String | typeof Boolean;
  /** The attribute's name (default: the property's, lower-cased); `false`: a property only. */
  readonly attribute?: string | false;
  /** Write the property back to its attribute after each change. */
  readonly reflect?: boolean;
}

/** The changed properties of an update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

type ElementClass = typeof ReactiveElement;

/** The reactive properties of a class and of the classes it extends, by name (a subclass's declaration wins). */
function declarations(constructor: ElementClass): Map<string, PropertyDeclaration> {
  const found = new Map<string, PropertyDeclaration>();
  for (let c = constructor; c !== ReactiveElement; c = Object.getPrototypeOf(c) as ElementClass) {
    for (const [name, declaration] of Object.entries(Object.hasOwn(c, 'properties') ? c.properties : {})) if (!found.has(name)) found.set(name, declaration);
  }
  return found;
}

/** The attribute of a reactive property, or `false` for a property only. */
function attributeOf(name: string, declaration: PropertyDeclaration): string | false {
  return declaration.attribute ?? name.toLowerCase();
}

/**
 * The base of the elements, in Lit's terms without the rest of Lit: the
 * properties of `static properties` are reactive (an accessor each, read
 * from their attribute, written back to it when `reflect`), a change renders
 * the element once in a microtask with lit-html's `render` into its shadow
 * root (`delegatesFocus`, `static styles` adopted), between `willUpdate` and
 * `updated`, and `updateComplete` resolves when that render is done. No
 * render happens before the element is first connected.
 */
/**
 * `HTMLElement`, or on a server (Node, server-side rendering), where there is
 * none, an empty class: the elements' classes can be imported there (as Lit's
 * can), never constructed.
 */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

export abstract class ReactiveElement extends ElementBase {
  /** The reactive properties of the class (its ancestors' are added). */
  static properties: Readonly<Record<string, PropertyDeclaration>> = {};
  /** The shadow root's style sheets. */
  static styles: Styles | readonly Styles[] = [];

  /** Read once, by `customElements.define`: gives each reactive property its accessor, and lists their attributes. */
  static get observedAttributes(): string[] {
    const attributes: string[] = [];
    for (const [name, declaration] of declarations(this)) {
      if (!Object.hasOwn(this.prototype, name)) {
        Object.defineProperty(this.prototype, name, {
          get(this: ReactiveElement) {
            return this.#values.get(name);
          },
          set(this: ReactiveElement, value: unknown) {
            this.#set(name, value);
          },
          configurable: true,
        });
      }
      const attribute = attributeOf(name, declaration);
      if (attribute) attributes.push(attribute);
    }
    return attributes;
  }

  /** The shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;
  #values = new Map<string, unknown>();
  /** Properties changed since the last render, with their previous values. */
  #changed: PropertyValues = new Map();
  /** Properties to write back to their attributes at the next render. */
  #reflecting = new Set<string>();
  /** The property being set from its attribute (not written back). */
  #fromAttribute?: string;
  /** Values a page gave the properties before the element was defined, applied when it is first connected. */
  #early = new Map<string, unknown>();
  #connected = false;
  #pending?: Promise<boolean>;

  constructor() {
    super();
    for (const name of declarations(this.constructor as ElementClass).keys()) {
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, (this as Record<string, unknown>)[name]);
        delete (this as Record<string, unknown>)[name];
      }
    }
    this.renderRoot = this.attachShadow({ mode: 'open', delegatesFocus: true });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([(this.constructor as ElementClass).styles].flat().map((styles) => styles.cssText).join('\n'));
    this.renderRoot.adoptedStyleSheets = [sheet];
  }

  #set(name: string, value: unknown): void {
    const old = this.#values.get(name);
    if (Object.is(old, value)) return;
    this.#values.set(name, value);
    if (!this.#changed.has(name)) this.#changed.set(name, old);
    if (declarations(this.constructor as ElementClass).get(name)?.reflect && this.#fromAttribute !== name) this.#reflecting.add(name);
    this.requestUpdate();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    for (const [name, declaration] of declarations(this.constructor as ElementClass)) {
      if (attributeOf(name, declaration) !== attribute) continue;
      this.#fromAttribute = name;
      (this as Record<string, unknown>)[name] = declaration.type === Boolean ? value !== null : value;
      this.#fromAttribute = undefined;
    }
  }

  connectedCallback(): void {
    this.#connected = true;
    for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
    this.#early.clear();
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  /** Renders the element again in a microtask (once, however many times it is asked before then). */
  requestUpdate(): void {
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      if (this.#connected) this.#update();
      return true;
    });
  }

  /** Resolves when the render asked for so far is done. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
  }

  #update(): void {
    const changed = this.#changed;
    this.#changed = new Map();
    this.willUpdate(changed);
    const declared = declarations(this.constructor as ElementClass);
    for (const name of this.#reflecting) {
      const attribute = attributeOf(name, declared.get(name)!);
      const value = this.#values.get(name);
      if (!attribute) continue;
      if (value == null || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
    }
    this.#reflecting.clear();
    render(this.render(), this.renderRoot, { host: this });
    this.updated(changed);
  }

  /** Before a render: the changed properties with their previous values. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The template of the shadow root. */
  protected abstract render(): unknown;

  /** After a render. */
  protected updated(_changed: PropertyValues): void {}
}
