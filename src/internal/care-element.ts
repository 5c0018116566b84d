import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {LocaleController} from '../localization/locale-controller.js';
import {inLocale} from '../localization/localization.js';
import type {Locale} from '../localization/match-locale.js';
import {defineOnce} from './define-once.js';
import {unavailableMessage} from './unavailable-message.js';

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

  /** A content document set from JavaScript; wins over `src` and inline JSON. */
  @property({attribute: false}) content?: unknown;

  private readonly localeController = new LocaleController(this);
  private readonly pendingWork = new Set<Promise<unknown>>();
  private readonly warned = new Set<string>();

  constructor() {
    super();
    const {dependencies} = this.constructor as typeof CareElement;
    for (const tag in dependencies) defineOnce(tag, dependencies[tag]);
  }

  /** The shipped locale this element renders in. */
  protected get locale(): Locale {
    return this.localeController.locale;
  }

  // Waits for the locale's messages before rendering, so a Thai widget never
  // flashes English text first.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.localeController.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * @internal Used by the controllers, not by pages.
   * Makes `updateComplete` also wait for `work` — a chunk this element loads
   * on demand (the built-in catalogue, the vote outbox) — so that code
   * awaiting `updateComplete` sees the finished widget.
   */
  waitFor(work: Promise<unknown>) {
    this.pendingWork.add(work);
    const done = () => this.pendingWork.delete(work);
    work.then(done, done);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingWork.size) {
      await Promise.allSettled([...this.pendingWork]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override performUpdate() {
    inLocale(this.locale, () => super.performUpdate());
  }

  /**
   * Logs a problem with this element's own attributes, once per problem:
   * `care-widgets: <care-star-rating>: value: expected …`. (Problems in a
   * content document go through ContentController.warn, which names the source.)
   */
  protected warnOnce(problem: string) {
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
