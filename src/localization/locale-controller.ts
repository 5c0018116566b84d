import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {isLocaleReady, loadLocale} from './localization.js';
import {isRtl, matchLocale, type Locale} from './match-locale.js';
import {resolveLocale} from './resolve-locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
const observeOptions: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};
// One observer for the whole page: any `lang` change anywhere re-resolves
// every widget (a walk up the ancestors each, cheap even for 1,000 widgets).
let observer: MutationObserver | undefined;
const watched = new WeakSet<Node>();

function watch(root: Node) {
  if (watched.has(root)) return; // observing a node again costs time, with 1,000 widgets
  watched.add(root);
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(root, observeOptions);
}

/**
 * Keeps a widget's locale in step with the `lang` that applies to it
 * (own → ancestors across shadow roots → `<html>` → `en`), loads that
 * locale's messages, and gives Arabic widgets `dir="rtl"` unless the author
 * set a direction on the element.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  private readonly host: Host;
  private dirSetByUs = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** Settles when the current locale's messages are available. */
  get ready(): Promise<void> | undefined {
    return isLocaleReady(this.locale) ? undefined : loadLocale(this.locale);
  }

  hostConnected() {
    controllers.add(this);
    watch(this.host.ownerDocument.documentElement);
    // Shadow roots hide their mutations from a document-level observer.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      watch(root);
    }
    this.refresh();
  }

  hostDisconnected() {
    controllers.delete(this);
  }

  refresh() {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
    this.applyDirection();
  }

  /**
   * Server rendering, where there is no document to walk: the element's own
   * `lang`, else `inherited` (the enclosing widget's locale or the page's
   * `lang`, which the renderer knows). Sets `dir="rtl"` the same way.
   */
  resolveOnServer(inherited?: string) {
    // Called by CareElement.serverUpdate only; guarded the same way, so the browser build leaves it out.
    if (isServer) {
      this.locale = matchLocale(this.host.getAttribute('lang') || inherited);
      this.applyDirection();
    }
  }

  private applyDirection() {
    const host = this.host;
    if (host.hasAttribute('dir') && !this.dirSetByUs) return; // the author's choice wins
    if (isRtl(this.locale)) {
      if (host.getAttribute('dir') !== 'rtl') host.setAttribute('dir', 'rtl');
      this.dirSetByUs = true;
    } else if (this.dirSetByUs) {
      host.removeAttribute('dir');
      this.dirSetByUs = false;
    }
  }
}
