import {isServer, LitElement, ReactiveElement} from 'lit';
import type {PropertyValues, ReactiveController} from 'lit';
import {property} from 'lit/decorators.js';
import type {ServerContent} from '../content/content-controller.js';
import {LocaleController} from '../localization/locale-controller.js';
import {inLocale} from '../localization/localization.js';
import {sourceLocale} from '../generated/locale-codes.js';
import type {Locale} from '../localization/match-locale.js';
import type {ContentDocument} from '../content/types.js';
import {defineOnce} from './define-once.js';
import {unavailableMessage} from './unavailable-message.js';

// ReactiveElement's update reflects attributes and marks the update done, without rendering.
const reflectOnly = (ReactiveElement.prototype as unknown as {update(changed: PropertyValues): void}).update;

/**
 * What every care widget shares: the locale of the element (own `lang` →
 * ancestors → `<html lang>` → `en`), re-rendering when it changes, and the
 * two content-source properties. Every msg() call made during an update —
 * in willUpdate, render or updated — uses this element's locale, so widgets
 * in different languages can sit side by side.
 */
export class CareElement extends LitElement {
  /**
   * The care-* elements this one renders, by tag. Each is defined (unless the
   * tag is taken) when an instance is created, so defining this element alone
   * is enough: importing the doctor card also brings its star ratings to life.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** URL of a content document (JSON); see README "Content format". */
  @property({reflect: true}) src?: string;

  /**
   * A content document set from JavaScript; wins over `src` and inline JSON. Checked at run
   * time like any other source, so a document that fails the checks shows "not available".
   */
  @property({attribute: false}) content?: ContentDocument;

  /** @internal Set by the server renderer only: what it read from the page. */
  serverContent?: ServerContent;

  private readonly localeController = new LocaleController(this);
  // Made on first use: most of 1,000 ratings never need them.
  private pendingWork?: Set<Promise<unknown>>;
  private warned?: Set<string>;
  /** The controllers: the server runs their hostUpdate, and a takeover waits for those that load. */
  private controllers?: ReactiveController[];
  /** True while the shadow root still shows what the server rendered (see update). */
  private showsServerRender = false;

  // In-page translators (Chrome's, Google Translate) replace our text nodes
  // with <font> elements, and Lit would go on writing into the text nodes
  // they took out. Any change to the shadow DOM that we did not make marks it
  // foreign, and the next update renders it afresh (the next, not at once:
  // the translator would answer each fresh render with another change).
  private domIsForeign = false;
  // Made after the first render (which so makes no mutation record to drop),
  // in the browser only.
  private foreignChanges?: MutationObserver;
  private translateSetByUs = false;
  /** True when the shadow root's top-level elements carry translate="no". */
  private childrenMarked = false;

  constructor() {
    super();
    const {dependencies} = this.constructor as typeof CareElement;
    for (const tag in dependencies) defineOnce(tag, dependencies[tag]);
  }

  /** The shipped locale this element renders in. */
  protected get locale(): Locale {
    return this.localeController.locale;
  }

  /** @internal Also remembers the controllers, for the server render and the takeover. */
  override addController(controller: ReactiveController) {
    super.addController(controller);
    (this.controllers ??= []).push(controller);
  }

  /** True while a controller still loads what this element shows (its content). */
  protected get loading() {
    return !!this.controllers?.some((controller) => (controller as {loading?: boolean}).loading);
  }

  /**
   * @internal Server rendering only (src/ssr/element-renderer.ts). Lit's server render
   * calls neither connectedCallback nor the controllers, so this does what
   * they do before render(): the locale from own `lang`, else `inheritedLang`
   * (enclosing widget, then page), and the controllers' hostUpdate. Returns the locale.
   */
  serverUpdate(inheritedLang: string | undefined, changed: PropertyValues): Locale {
    // isServer is false in the browser build, so its bundle leaves this out.
    if (isServer) {
      this.localeController.resolveOnServer(inheritedLang);
      inLocale(this.locale, () => {
        this.willUpdate(changed);
        this.controllers?.forEach((controller) => controller.hostUpdate?.());
      });
    }
    return this.locale;
  }

  protected override createRenderRoot() {
    // A pre-rendered widget arrives with its declarative shadow root filled.
    this.showsServerRender = !!this.shadowRoot?.firstChild;
    return super.createRenderRoot(); // update() replaces the server's nodes
  }

  // Waits for the locale's messages before rendering, so a Thai widget never
  // flashes English text first. A pre-rendered widget already shows its
  // content, so its takeover also waits for a task of its own: a page of
  // widgets is then many short tasks the browser can answer input between,
  // not one long one (Lighthouse's Total Blocking Time).
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.localeController.ready;
    const turn = this.showsServerRender ? new Promise((resolve) => setTimeout(resolve)) : undefined;
    const waits = ready && turn ? Promise.all([ready, turn]) : (ready ?? turn);
    return waits ? waits.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * @internal Used by the controllers, not by pages.
   * Makes `updateComplete` also wait for `work` — a chunk this element loads
   * on demand (the built-in catalogue, the vote outbox) — so that code
   * awaiting `updateComplete` sees the finished widget.
   */
  waitFor(work: Promise<unknown>) {
    const pending = (this.pendingWork ??= new Set());
    pending.add(work);
    const done = () => pending.delete(work);
    work.then(done, done);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Not async: most widgets load nothing, and a page of them awaits each.
    return super
      .getUpdateComplete()
      .then((complete) =>
        this.pendingWork?.size
          ? Promise.allSettled([...this.pendingWork]).then(() => this.getUpdateComplete())
          : complete,
      );
  }

  protected override performUpdate() {
    inLocale(this.locale, () => super.performUpdate());
  }

  override connectedCallback() {
    // Pre-rendered inside another widget's shadow root: that widget's first
    // render replaces this element, so it never starts on its own.
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    // A framework that renders before the tag is defined (React, Vue) passes an object as the
    // attribute `content="[object Object]"`, which nothing reads: say so, not "content missing".
    if (this.hasAttribute('content')) {
      this.warnOnce('the content attribute is ignored; set content as a property (see docs/frameworks.md)');
    }
  }

  /**
   * The takeover of a pre-rendered widget: the server's render stays while
   * its content loads (the locale is ready by now, see scheduleUpdate), then
   * is replaced in the same task, so no frame shows an empty or half-built
   * widget. No hydration: a fresh render also picks up a language or rating
   * that changed since the page was rendered.
   */
  protected override update(changed: PropertyValues) {
    if (this.showsServerRender) {
      if (this.loading) return reflectOnly.call(this, changed);
      this.showsServerRender = false;
      this.domIsForeign = true; // the server's nodes are replaced, like a translator's
    }
    if (this.domIsForeign) {
      // A new marker makes render() start a new part instead of patching the old one.
      this.renderRoot.replaceChildren((this.renderOptions.renderBefore = document.createComment('')));
    }
    super.update(changed);
    if (this.foreignChanges)
      this.foreignChanges.takeRecords(); // our own changes
    else {
      this.foreignChanges = new MutationObserver(() => (this.domIsForeign = true));
      this.foreignChanges.observe(this.renderRoot, {childList: true, subtree: true});
    }
    this.domIsForeign = false;
    this.markTranslatable();
  }

  /**
   * Text in a language we ship is already in the reader's language, so a
   * translator must leave it alone (`translate="no"`, unless the author set
   * `translate`). English stays translatable: it is also what readers of
   * every unshipped language get. The shadow tree does not inherit
   * `translate` from the host, so its top-level elements carry it too.
   */
  private markTranslatable() {
    if (!this.hasAttribute('translate') || this.translateSetByUs) {
      const mark = this.locale !== sourceLocale;
      if (mark) this.setAttribute('translate', 'no');
      else if (this.translateSetByUs) this.removeAttribute('translate');
      this.translateSetByUs = mark;
    }
    // Read once: `translate` is inherited, so each read walks up the page.
    const translatable = this.translate;
    // Most widgets are translatable and never marked: nothing to do then.
    if (translatable && !this.childrenMarked) return;
    for (const child of this.renderRoot.children) {
      if (!translatable) child.setAttribute('translate', 'no');
      else child.removeAttribute('translate');
    }
    this.childrenMarked = !translatable;
  }

  /**
   * Logs a problem with this element's own attributes, once per problem:
   * `care-widgets: <care-star-rating>: value: expected …`. (Problems in a
   * content document go through ContentController.warn, which names the source.)
   */
  protected warnOnce(problem: string) {
    this.warned ??= new Set();
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    console.warn(`care-widgets: <${this.localName}>: ${problem}`);
  }

  /**
   * The one `heading-level` rule of every widget that takes the attribute: a
   * whole number from 1 to 6 is used as given; anything else (0, 9, 2.5, "h2")
   * gives level 3 and one warning naming the attribute. The host page owns the
   * outline, so a wrong level is reported, not rounded or clamped into a guess.
   * No attribute (null/undefined) is the default 3, without a warning.
   */
  protected headingLevelOf(level: number | null | undefined): number {
    if (level == null) return 3;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.warnOnce('heading-level: expected a whole number from 1 to 6');
    return 3;
  }

  /** The calm message shown when content is missing or invalid. */
  protected renderUnavailable() {
    return unavailableMessage();
  }
}
