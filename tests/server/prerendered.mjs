/**
 * Pre-rendered pages for tests/prerender.test.ts, rendered by the real CLI
 * (bin/care-widgets.mjs, so `npm run build` first), and the built script
 * answered late, like a slow CDN.
 *
 *   GET /routes/prerendered?page=page&csp=none|strict|hashes|nonce&raw=1&stream=1&hold=KEY
 *       raw=1: the same page not pre-rendered. csp: the policy sent with it
 *       (strict: no inline styles; hashes: strict plus `care-widgets csp`;
 *       nonce: strict plus a nonce, the page rendered with --nonce).
 *       stream=1: sent in pieces 150 ms apart, cut inside every widget's
 *       shadow root (after its first </span>, and after a table's second row),
 *       as a slow network or a busy phone's parser delivers it.
 *       hold=KEY: sent up to the first widget's stars, the rest only once
 *       /routes/prerendered-release?key=KEY is asked (or after 10 s)
 *   GET /routes/late-dist/<n>/<file>   dist/<file> byte for byte; care-widgets.js 800 ms late
 */
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {Readable} from 'node:stream';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const cli = new URL('bin/care-widgets.mjs', root).pathname;
const nonce = 'cHJlcmVuZGVyLXRlc3Q';
const strict =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types care-widgets";
const rendered = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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

const shadowRootStart = '<template shadowrootmode';

/** Where stream=1 cuts the page: inside every declarative shadow root. */
function cutsInside(html) {
  const end = (text, from) =>
    from === -1 || html.indexOf(text, from) === -1 ? -1 : html.indexOf(text, from) + text.length;
  const cuts = new Set();
  for (let at = html.indexOf(shadowRootStart); at !== -1; at = html.indexOf(shadowRootStart, at + 1)) {
    const next = html.indexOf(shadowRootStart, at + 1);
    for (const cut of [end('</span>', at), end('</tr>', end('</tr>', at))])
      if (cut !== -1 && (next === -1 || cut < next)) cuts.add(cut);
  }
  return [...cuts].sort((a, b) => a - b);
}

const releases = new Map();

/** The page as a stream, cut at `cuts`; before each later piece, `pause()` is awaited. */
function inPieces(html, cuts, pause) {
  return Readable.from(
    (async function* () {
      let from = 0;
      for (const cut of cuts) {
        yield html.slice(from, cut);
        from = cut;
        await pause();
      }
      yield html.slice(from);
    })(),
  );
}

export async function prerenderedRoutes(ctx) {
  if (ctx.path === '/routes/prerendered-release') {
    releases.get(String(ctx.query.key))?.();
    releases.delete(String(ctx.query.key));
    ctx.body = 'released';
    return true;
  }
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
  const body = html.replace('/routes/late-dist/care-widgets.js', `/routes/late-dist/${++loads}/care-widgets.js`);
  ctx.body = body;
  if (ctx.query.stream) ctx.body = inPieces(body, cutsInside(body), () => sleep(150));
  if (ctx.query.hold) {
    const released = new Promise((resolve) => {
      releases.set(String(ctx.query.hold), resolve);
      setTimeout(resolve, 10000);
    });
    ctx.body = inPieces(body, cutsInside(body).slice(0, 1), () => released);
  }
  if (csp === 'strict') ctx.set('Content-Security-Policy', strict);
  if (csp === 'hashes')
    ctx.set('Content-Security-Policy', strict.replace("style-src 'self'", `style-src ${await styleSources()}`));
  if (csp === 'nonce')
    ctx.set('Content-Security-Policy', strict.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`));
  return true;
}
