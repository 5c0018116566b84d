/**
 * The server build's entry (dist/ssr/index.js, package subpath `./ssr`):
 * pre-rendering care-* widgets to declarative shadow DOM in Node. Lit's
 * Node build brings the little DOM it needs (HTMLElement, customElements);
 * Lit SSR's global DOM shim is left out on purpose: it would replace the
 * host process's `fetch` and define `window`/`document` for every other
 * library in a partner's server. Without it, a widget that touches
 * `document` while rendering fails loudly in the tests.
 */
import '../define.js';

export {renderPage, type RenderPageOptions} from './render-page.js';
export {styleSources, type StyleSources} from './csp.js';
export type {FetchOptions} from './fetch-sources.js';
