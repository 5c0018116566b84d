import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {validateContent, type ValidationResult} from '../content/validate.js';
import {CareElementRenderer, type PageContext} from './element-renderer.js';
import {fetchDocument, type FetchOptions} from './fetch-sources.js';
import {serverReady} from './server-ready.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderPageOptions extends FetchOptions {
  /** The page's URL: relative `src` documents are fetched against it. */
  base?: string;
  /** A CSP nonce written on every pre-rendered `<style>`. */
  nonce?: string;
  /**
   * Documents the caller already holds (a server's own content folder): the
   * parsed JSON for a `src` URL, or undefined to fetch that URL. Validated
   * like a fetched document.
   */
  localDocument?: (url: URL) => unknown;
}

interface Widget {
  element: Element;
  /** The nearest ancestor's `lang`. */
  inheritedLang?: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** Every care-* element of the page that is not inside another one, in document order. */
function findWidgets(node: Node, inheritedLang: string | undefined, found: Widget[]) {
  if (!('childNodes' in node)) return found;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (customElements.get(child.tagName) && child.tagName.startsWith('care-')) {
      // Already rendered (a declarative shadow root is its first element child): leave it.
      const first = child.childNodes.find(isElement);
      if (!(first?.tagName === 'template' && attribute(first, 'shadowrootmode'))) {
        found.push({element: child, inheritedLang});
      }
      continue; // its light DOM is the page's, not rendered
    }
    findWidgets(child, attribute(child, 'lang') || inheritedLang, found);
  }
  return found;
}

function inlineJson(element: Element) {
  const script = element.childNodes.find(
    (child): child is Element =>
      isElement(child) && child.tagName === 'script' && attribute(child, 'type') === 'application/json',
  );
  if (!script) return undefined;
  return script.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
}

/** A start tag and declarative shadow root for one widget, rendered in its own locale. */
function renderWidget({element, inheritedLang}: Widget, page: PageContext) {
  const renderer = new CareElementRenderer(element.tagName);
  renderer.placement = {page, inheritedLang, inlineJson: inlineJson(element)};
  for (const {name, value} of element.attrs) renderer.setAttribute(name, value);
  const renderInfo: RenderInfo = {
    elementRenderers: [CareElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [renderer.element],
    slotStack: [],
    deferHydration: false,
    // A widget inside a widget's shadow root: same page, and the enclosing widget's locale.
    customElementRendered: () => {
      const nested = renderInfo.customElementInstanceStack.at(-1);
      const host = renderInfo.customElementHostStack.at(-1);
      if (nested instanceof CareElementRenderer && host instanceof CareElementRenderer)
        nested.placement = {page, inheritedLang: host.locale};
    },
  };
  renderer.connectedCallback();
  const attributes = collectResultSync(renderer.renderAttributes());
  const shadow = collectResultSync(renderer.renderShadow(renderInfo));
  return `<${element.tagName}${attributes}><template shadowrootmode="open">${withoutHydrationMarkers(shadow)}</template>`;
}

// The client re-renders instead of hydrating, so Lit's part markers are dead
// weight (about a quarter of the markup). Content is escaped, so a marker
// can only come from Lit. `defer-hydration` stays: it tells a nested widget
// to leave its takeover to the enclosing one.
const withoutHydrationMarkers = (html: string) =>
  html
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    // A false boolean property bound with `.checked=${false}` would read as checked in HTML.
    .replace(/ (checked|selected|disabled|required|readonly|multiple|hidden|open)="false"/g, '');

/**
 * Pre-renders every care-* element of an HTML page (or fragment) in place:
 * each gets its declarative shadow root, rendered in the language that
 * applies to it, with content from the built-in catalogue, its inline JSON
 * or its `src` document (fetched here, once per URL). Every other byte of
 * the page stays as it was. Each call has its own state, so one process
 * can render many pages at once.
 */
export async function renderPage(html: string, options: RenderPageOptions = {}): Promise<string> {
  await serverReady();
  const baseURI = new URL(options.base ?? 'file:///').href;
  const widgets = findWidgets(parse(html, {sourceCodeLocationInfo: true}), undefined, []);

  const urls = new Set<string>();
  for (const {element} of widgets) {
    const src = attribute(element, 'src');
    if (src && !inlineJson(element)) urls.add(new URL(src, baseURI).href);
  }
  const fetched = new Map<string, ValidationResult>();
  await Promise.all(
    [...urls].map(async (url) => {
      const local = options.localDocument?.(new URL(url));
      fetched.set(url, local === undefined ? await fetchDocument(url, options) : validateContent(local));
    }),
  );

  const page: PageContext = {baseURI, fetched, nonce: options.nonce};
  let out = '';
  let copied = 0;
  for (const widget of widgets) {
    const location = widget.element.sourceCodeLocation!.startTag!;
    out += html.slice(copied, location.startOffset) + renderWidget(widget, page);
    copied = location.endOffset;
  }
  return out + html.slice(copied);
}
