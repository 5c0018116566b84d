// @ts-check
// The demo pages and the built widgets (dist/), read-only.
import fastifyStatic from '@fastify/static';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

// The strict-CSP demo pages prove the widgets need no inline script or style and create Trusted
// Types policies only under the names listed; csp-second-lit.html adds a second Lit copy.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
  "require-trusted-types-for 'script'; trusted-types care-widgets";
const cspFor = (/** @type {string} */ file) => {
  const match = /(?:^|[/\\])(csp[^/\\]*\.html)$/.exec(file);
  if (!match) return undefined;
  return match[1] === 'csp-second-lit.html' ? `${CSP} lit-html` : CSP;
};

/** @param {import('fastify').FastifyInstance} app @param {{root: string}} options */
export async function siteRoutes(app, {root}) {
  const common = {
    cacheControl: false,
    etag: true,
    lastModified: true,
    redirect: true, // /demo → /demo/, so the page's relative URLs resolve inside the folder
    dotfiles: /** @type {'ignore'} */ ('ignore'),
  };
  await app.register(fastifyStatic, {
    ...common,
    root: join(root, 'demo'),
    prefix: '/demo/',
    // @fastify/static 10 hands setHeaders the Fastify reply.
    setHeaders(/** @type {any} */ reply, /** @type {string} */ path) {
      reply.header('Cache-Control', 'no-cache'); // always the latest build while developing
      const csp = cspFor(path);
      if (csp) reply.header('Content-Security-Policy', csp);
    },
  });
  await app.register(fastifyStatic, {
    ...common,
    root: join(root, 'dist'),
    prefix: '/dist/',
    decorateReply: false,
    setHeaders(/** @type {any} */ reply) {
      reply.header('Cache-Control', 'no-cache');
    },
  });
  // The docs site and its configurator (npm run docs writes dist-docs/). Its snippets load the
  // widgets from dist-docs/dist/, which a partner may paste on another origin (with SRI).
  if (existsSync(join(root, 'dist-docs'))) {
    await app.register(fastifyStatic, {
      ...common,
      root: join(root, 'dist-docs'),
      prefix: '/docs/',
      decorateReply: false,
      setHeaders(/** @type {any} */ reply, /** @type {string} */ path) {
        reply.header('Cache-Control', 'no-cache');
        if (/[/\\]dist-docs[/\\]dist[/\\]/.test(path)) reply.header('Access-Control-Allow-Origin', '*');
      },
    });
  }
  // The pre-rendered demo pages (npm run build writes them to dist/demo/, when the build has the
  // pre-renderer) stand in for demo/*.html.
  const page = (/** @type {string} */ name, /** @type {any} */ reply) =>
    existsSync(join(root, 'dist', 'demo', name))
      ? reply.sendFile(name, join(root, 'dist', 'demo'))
      : reply.sendFile(name);
  app.get('/demo/', (_request, reply) => page('index.html', reply));
  app.get('/demo/:page', (request, reply) => {
    const {page: name} = /** @type {{page: string}} */ (request.params);
    return /^[\w-]+\.html$/.test(name) ? page(name, reply) : reply.sendFile(name);
  });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  app.get('/demo', (_request, reply) => reply.redirect('/demo/'));
  app.get('/favicon.ico', (_request, reply) => reply.code(204).send()); // the demo has no icon
}
