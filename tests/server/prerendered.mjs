/**
 * Pre-rendered pages for tests/prerender.test.ts, rendered by the real CLI
 * (bin/care-widgets.mjs, so `npm run build` first), and the built script
 * answered late, like a slow CDN.
 *
 *   GET /routes/prerendered?page=page&csp=none|strict|hashes|nonce&raw=1
 *       raw=1: the same page not pre-rendered. csp: the policy sent with it
 *       (strict: no inline styles; hashes: strict plus `care-widgets csp`;
 *       nonce: strict plus a nonce, the page rendered with --nonce)
 *   GET /routes/late-dist/<n>/<file>   dist/<file> byte for byte; care-widgets.js 800 ms late
 */
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const cli = new URL('bin/care-widgets.mjs', root).pathname;
const nonce = 'cHJlcmVuZGVyLXRlc3Q';
const strict =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types care-widgets";
const rendered = new Map();
let loads = 0;

async function render(page, origin, withNonce) {
  const key = `${page} ${withNonce}`;
  if (!rendered.has(key)) {
    const file = new URL(`tests/fixtures/prerender/${page}.html`, root).pathname;
    const args = ['render', file, '--base', `${origin}/tests/fixtures/prerender/${page}.html`];
    if (withNonce) args.push('--nonce', nonce);
    rendered.set(
      key,
      run(process.execPath, [cli, ...args]).then(({stdout}) => stdout),
    );
  }
  return rendered.get(key);
}

let cspSources;
const styleSources = () =>
  (cspSources ??= run(process.execPath, [cli, 'csp']).then(({stdout}) => stdout.trim().replace(/^style-src /, '')));

export async function prerenderedRoutes(ctx) {
  if (ctx.path.startsWith('/routes/late-dist/')) {
    const name = ctx.path.slice('/routes/late-dist/'.length).replace(/^\d+\//, '');
    if (!/^[\w.-]+(\/[\w.-]+)?$/.test(name) || name.includes('..')) return false;
    if (name === 'care-widgets.js') await new Promise((resolve) => setTimeout(resolve, 800));
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store'); // late on every page load, not only the first
    ctx.body = readFileSync(new URL(`dist/${name}`, root));
    return true;
  }
  if (ctx.path !== '/routes/prerendered') return false;
  const page = String(ctx.query.page ?? 'page');
  if (!/^[\w-]+$/.test(page)) return false;
  const csp = String(ctx.query.csp ?? 'none');
  ctx.type = 'text/html';
  const html = ctx.query.raw
    ? readFileSync(new URL(`tests/fixtures/prerender/${page}.html`, root), 'utf8')
    : await render(page, ctx.origin, csp === 'nonce');
  // A fresh script URL on every load, so no browser cache makes it early. A
  // path, not a query: the chunks import the entry by its plain URL.
  ctx.body = html.replace('/routes/late-dist/care-widgets.js', `/routes/late-dist/${++loads}/care-widgets.js`);
  if (csp === 'strict') ctx.set('Content-Security-Policy', strict);
  if (csp === 'hashes')
    ctx.set('Content-Security-Policy', strict.replace("style-src 'self'", `style-src ${await styleSources()}`));
  if (csp === 'nonce')
    ctx.set('Content-Security-Policy', strict.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`));
  return true;
}
