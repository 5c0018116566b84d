import {LitElementRenderer} from '@lit-labs/ssr';
import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {renderValue} from '@lit-labs/ssr/lib/render-value.js';
import {ReactiveElement, type PropertyValues} from 'lit';
import {_$LE} from 'lit-element/private-ssr-support.js';
import {CareElement} from '../internal/care-element.js';
import type {ServerContent} from '../content/content-controller.js';
import {inLocale} from '../localization/localization.js';
import type {Locale} from '../localization/match-locale.js';

/** What one renderPage() call shares with every element it renders: never module state. */
export interface PageContext extends ServerContent {
  /** The page's URL (`--base`): what `src` and links resolve against. */
  baseURI: string;
  /** Written on every `<style>`, for nonce-based policies. */
  nonce?: string;
}

/** Where an element sits: set by the page renderer (top level) or by the enclosing widget. */
export interface Placement {
  page: PageContext;
  /** The `lang` that applies from outside: the enclosing widget's locale, else the nearest ancestor's `lang`. */
  inheritedLang?: string;
  /** Text of the element's inline `<script type="application/json">` (top-level elements only). */
  inlineJson?: string;
}

type ServerElement = CareElement & {render(): unknown};

const styleText = new WeakMap<object, string>();

// The browser paints a page while it is still parsing it (a slow network, a
// busy phone), so it can paint a shadow root cut anywhere: a star rating with
// its stars but not yet its text sits at the end of a line, and moves to the
// next line when the text arrives (CLS 0.0097 on a 412 px phone, before any
// script). So a pre-rendered shadow root shows nothing until its last node,
// this marker, has been parsed: a half-parsed widget looks like one the
// parser has not reached yet. The client's first render removes both.
// The marker is void (no `</template>` inside the declarative one) and
// hidden by the browser. `:not(* *)` is a top-level node of the shadow root:
// Firefox does not re-match `:host>…:has()` when the marker arrives.
const parsedMarker = '<meta data-parsed>';
const untilParsed = ':not(* *):not(:has(~meta[data-parsed])){display:none!important}';

/** A component's stylesheet as written into each of its shadow roots; the same for every instance. */
export function componentStyleText(element: typeof ReactiveElement): string {
  let text = styleText.get(element);
  if (text === undefined) {
    text = (element.elementStyles ?? []).map((style) => ('cssText' in style ? style.cssText : '')).join('');
    text += untilParsed;
    styleText.set(element, text);
  }
  return text;
}

/**
 * Renders a CareElement to declarative shadow DOM. Lit's LitElementRenderer
 * runs only willUpdate, attribute reflection and render(); this one also
 * resolves the locale (and `dir`), runs the controllers (content), renders
 * inside the element's locale and gives the element the page's URL and the
 * content read from the page.
 */
export class CareElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement) {
    return ctor.prototype instanceof CareElement;
  }

  placement?: Placement;
  locale: Locale = 'en';

  override connectedCallback() {
    const element = this.element as ServerElement;
    const {page, inheritedLang, inlineJson} = this.placement!;
    // The element's base URL is the document's in a browser; here it is the rendered page's.
    Object.defineProperty(element, 'baseURI', {value: page.baseURI, configurable: true});
    element.serverContent = {inlineJson, fetched: page.fetched};
    const changed = _$LE.changedProperties(element) as PropertyValues;
    this.locale = element.serverUpdate(inheritedLang, changed);
    // ReactiveElement's update only reflects properties to attributes (LitElement's would render).
    (ReactiveElement.prototype as unknown as {update(c: PropertyValues): void}).update.call(element, changed);
  }

  override renderShadow(renderInfo: RenderInfo) {
    const element = this.element as ServerElement;
    const nonce = this.placement!.page.nonce;
    const style = componentStyleText(element.constructor as typeof ReactiveElement);
    const open = nonce ? `<style nonce="${escapeAttribute(nonce)}">` : '<style>';
    return [
      `${open}${style}</style>`,
      () => inLocale(this.locale, () => renderValue(element.render(), renderInfo)),
      parsedMarker,
    ];
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
