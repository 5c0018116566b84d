// @ts-check
// Pre-rendering on request, for partners whose CMS includes server-side fragments:
//   POST /render                      an HTML page or fragment in, the same with every care-* element
//                                     pre-rendered (declarative shadow DOM) out; nothing else changes
//   GET  /render/<tag>?<attributes>   one widget, its attributes from the query string
// The renderer is the package's own (dist/ssr, `care-widgets render`). A `src` document comes from
// this server's content folder (from memory, never over HTTP) or from an allowed origin; anything
// else (other hosts, 169.254.169.254, file:, a redirect off the list) is never requested and the
// widget shows its calm "not available" text. Results are cached by a hash of the whole input.
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL, URLSearchParams} from 'node:url';
import {LRUCache} from 'lru-cache';
import {clientHash} from '../client-hash.mjs';

export const RENDER_BODY_LIMIT = 256 * 1024;
/** Bounds the (synchronous) rendering work of one request, as the body limit bounds its input. */
const MAX_WIDGETS = 100;
/** Page attributes any widget may carry, besides its own (its observedAttributes). */
const PAGE_ATTRIBUTES = ['lang', 'dir', 'id', 'class'];
const CONTENT_PATH = /^\/content\/([a-z0-9][a-z0-9-]{0,63})\.json$/;
// Defence in depth for someone opening a render URL directly: the markup is meant to be included
// in another page, so as a page of its own it may show styles and images but run nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'";

const escapeAttribute = (/** @type {string} */ value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{root: string, documents: Map<string, import('../content.mjs').PublishedDocument>,
 *   config: import('../config.mjs').Config, isAllowedOrigin: (request: import('fastify').FastifyRequest) => boolean}} options
 */
export async function renderRoutes(app, {root, documents, config, isAllowedOrigin}) {
  const rendererFile = join(root, 'dist', 'ssr', 'index.js');
  /** @type {Promise<{renderPage: (html: string, options: object) => Promise<string>}> | undefined} */
  let renderer;
  // Loaded on first use: a server that never renders does not carry Lit and every locale.
  const loadRenderer = () => (renderer ??= import(pathToFileURL(rendererFile).href));

  /** Parsed content documents, by name (they were validated at start and never change). */
  const parsed = new Map();
  /** @param {URL} origin the server's own origin, as this request reached it @returns {(url: URL) => unknown} */
  const ownDocument = (origin) => (url) => {
    const name = url.origin === origin.origin ? CONTENT_PATH.exec(url.pathname)?.[1] : undefined;
    const document = name === undefined ? undefined : documents.get(name);
    if (!document) return undefined;
    if (!parsed.has(name)) parsed.set(name, JSON.parse(document.body.toString()));
    return parsed.get(name);
  };

  const cache = new LRUCache({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (/** @type {string} */ html) => Math.max(1, html.length),
    // src documents on partner origins may change; a minute old is fresh enough for a page include.
    ttl: 60_000,
  });
  /** Renders in progress, by key: identical requests arriving together render once. */
  const pending = new Map();

  /**
   * @param {import('fastify').FastifyRequest} request @param {string} html
   * @returns {Promise<{html: string, cache: 'hit' | 'miss'}>}
   */
  async function render(request, html) {
    // Relative src and links resolve against this server: the markup is this server's answer.
    const base = new URL(`${request.protocol}://${request.host}/`);
    const key = createHash('sha256')
      .update(JSON.stringify([base.href, html]))
      .digest('base64url');
    const cached = cache.get(key);
    if (cached !== undefined) return {html: cached, cache: 'hit'};
    if (!pending.has(key)) {
      const work = loadRenderer()
        .then(({renderPage}) =>
          renderPage(html, {
            base: base.href,
            localDocument: ownDocument(base),
            // Never this server itself over HTTP, even when it is listed: its content is read above.
            allowOrigins: config.allowedOrigins.filter((origin) => origin !== base.origin),
            timeoutMs: config.render.timeoutMs,
          }),
        )
        .then((out) => {
          cache.set(key, out);
          return out;
        })
        .finally(() => pending.delete(key));
      pending.set(key, work);
    }
    return {html: await pending.get(key), cache: 'miss'};
  }

  /** @param {import('fastify').FastifyReply} reply @param {{html: string, cache: string}} result */
  const sendHtml = (reply, result) =>
    reply
      .type('text/html; charset=utf-8')
      .header('x-render-cache', result.cache)
      .header('Content-Security-Policy', CSP)
      .send(result.html);

  const rateLimit = {
    max: config.render.perMinute,
    timeWindow: 60_000,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => clientHash(config.hashSalt, request.ip),
  };

  // Without the build there is nothing to render with: say so rather than fail each request.
  app.addHook('onRequest', async (_request, reply) => {
    if (!existsSync(rendererFile))
      return reply.code(503).send({error: 'the pre-renderer is not built (run npm run build)'});
  });
  app.addContentTypeParser('text/html', {parseAs: 'string', bodyLimit: RENDER_BODY_LIMIT}, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error, _request, reply) => {
    if (/** @type {any} */ (error).code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({error: `body larger than ${RENDER_BODY_LIMIT / 1024} KB`});
    throw error; // the app's handler: JSON errors like every other route
  });

  app.post('/render', {
    bodyLimit: RENDER_BODY_LIMIT,
    config: {rateLimit},
    onRequest: async (request, reply) => {
      if (!isAllowedOrigin(request)) return reply.code(403).send({error: 'origin not allowed'});
    },
    handler: async (request, reply) => {
      if (!/^text\/html\b/i.test(request.headers['content-type'] ?? ''))
        return reply.code(415).send({error: 'Content-Type: expected text/html'});
      const html = request.body;
      if (typeof html !== 'string' || !html.trim())
        return reply.code(400).send({error: 'body: expected an HTML page or fragment (Content-Type: text/html)'});
      if ((html.match(/<care-/gi) ?? []).length > MAX_WIDGETS)
        return reply.code(400).send({error: `body: more than ${MAX_WIDGETS} care-* elements`});
      // The answer depends on the posted page only; nothing for a shared cache to keep.
      reply.header('Cache-Control', 'no-store');
      return sendHtml(reply, await render(request, html));
    },
  });

  app.get('/render/:tag', {config: {rateLimit}}, async (request, reply) => {
    const {tag} = /** @type {{tag: string}} */ (request.params);
    await loadRenderer(); // defines the elements
    const element = tag.startsWith('care-') ? /** @type {any} */ (globalThis).customElements.get(tag) : undefined;
    if (!element) return reply.code(404).send({error: `no widget "${tag}"`});
    const allowed = new Set([...element.observedAttributes, ...PAGE_ATTRIBUTES]);
    // The raw query keeps the order and repeats that a parsed object would lose.
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const seen = new Set();
    let attributes = '';
    for (const [name, value] of query) {
      if (!allowed.has(name)) return reply.code(400).send({error: `${name}: not an attribute of <${tag}>`});
      if (seen.has(name)) return reply.code(400).send({error: `${name}: given more than once`});
      seen.add(name);
      attributes += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    }
    // Same input, same answer: a CDN or the partner's CMS may keep it as long as this cache does.
    reply.header('Cache-Control', 'public, max-age=60');
    return sendHtml(reply, await render(request, `<${tag}${attributes}></${tag}>`));
  });
}
