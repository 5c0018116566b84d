import {html, LitElement} from 'lit';
import {msg} from '@lit/localize';
import {property} from 'lit/decorators.js';
import {LocaleController} from '../localization/locale-controller.js';
import {inLocale} from '../localization/localization.js';
import type {Locale} from '../localization/match-locale.js';

/**
 * What every care widget shares: the locale of the element (own `lang` →
 * ancestors → `<html lang>` → `en`), re-rendering when it changes, and the
 * two content-source properties. Every msg() call made during an update —
 * in willUpdate, render or updated — uses this element's locale, so widgets
 * in different languages can sit side by side.
 */
export class CareElement extends LitElement {
  /** URL of a content document (JSON); see README "Content format". */
  @property({reflect: true}) src?: string;

  /** A content document set from JavaScript; wins over `src` and inline JSON. */
  @property({attribute: false}) content?: unknown;

  private readonly localeController = new LocaleController(this);
  private readonly pendingWork = new Set<Promise<unknown>>();
  private readonly warned = new Set<string>();

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

  /** The calm message shown when content is missing or invalid. */
  protected renderUnavailable() {
    return html`<p class="unavailable" part="message" role="status">
      ${msg('This information is not available right now.', {
        id: 'content.unavailable',
        desc: 'Shown in place of a widget whose content could not be loaded or is invalid.',
      })}
    </p>`;
  }
}
