/**
 * Real HTTP routes the test runner serves under /routes/, so tests exercise
 * the network the way a partner page does (no fetch stubs). Each test uses
 * its own `key` so counts and stored votes never leak between tests.
 *
 *   GET  /routes/content?key=k&fixture=sample|invalid|broken-json&status=500
 *        &type=text/html&delay=3000&fail=1      (fail: first N requests get 500)
 *   GET  /routes/hits?key=k                     → {"hits": n}
 *   POST /routes/votes?key=k&fail=n             vote endpoint; behaviour set by
 *   POST /routes/votes-mode?key=k&mode=ok|500|400|408|429|down|hang
 *        (fail: the first n requests get 500 whatever the mode; down drops the connection)
 *   GET  /routes/votes-log?key=k                → votes counted (a repeated voteId counts once)
 *   GET  /routes/votes-attempts?key=k           → voteId of every request that had a body
 */
import {readFileSync} from 'node:fs';
import {prerenderedRoutes} from './prerendered.mjs';

const hits = new Map();
const voteModes = new Map();
const votes = new Map();
const attempts = new Map();
const sample = () => readFileSync(new URL('../../demo/content/sample.json', import.meta.url), 'utf8');

const fixtures = {
  sample,
  invalid: () =>
    JSON.stringify({
      procedures: [{id: 'x', name: 'X'}],
      doctors: [
        {id: 'a', name: 'A'},
        {id: 'b', name: 'B'},
        {id: 'c', name: 'C', photo: 'javascript:alert(1)'},
      ],
    }),
  'broken-json': () => '{"procedures": [',
  'javascript-url': () =>
    JSON.stringify({procedures: [{id: 'x', name: 'X', source: {title: 'T', url: 'javascript:alert(1)'}}]}),
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts a request for `key`; returns how many there have been. */
function countHit(key) {
  const total = (hits.get(key) ?? 0) + 1;
  hits.set(key, total);
  return total;
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// The strict policy partners may run; the second page also allows the
// policy of a partner's own Lit copy.
const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types care-widgets";
const cspPages = {
  '/tests/fixtures/csp-strict.html': strictCsp,
  '/tests/fixtures/csp-second-lit.html': `${strictCsp} lit-html`,
};

export function testRoutes() {
  return async (ctx, next) => {
    if (cspPages[ctx.path]) {
      await next();
      ctx.set('Content-Security-Policy', cspPages[ctx.path]);
      return;
    }
    if (!ctx.path.startsWith('/routes/')) return next();
    if (await prerenderedRoutes(ctx)) return;
    const query = ctx.query;
    const key = String(query.key ?? '');
    switch (ctx.path) {
      case '/routes/content': {
        const hitNumber = countHit(key);
        if (query.delay) await sleep(Number(query.delay));
        if (query.fail && hitNumber <= Number(query.fail)) return json(ctx, 500, {error: 'planned failure'});
        ctx.status = Number(query.status ?? 200);
        ctx.type = String(query.type ?? 'application/json');
        ctx.body = (fixtures[query.fixture ?? 'sample'] ?? sample)();
        return;
      }
      case '/routes/dist': {
        // The built file byte for byte (the test server otherwise transforms
        // .js it serves, which would break Subresource Integrity checks).
        const name = String(query.file ?? '');
        if (!/^[\w.-]+(\/[\w.-]+)?$/.test(name) || name.includes('..')) return json(ctx, 400, {error: 'bad file'});
        ctx.type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
        ctx.body = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
        return;
      }
      case '/routes/hits':
        return json(ctx, 200, {hits: hits.get(key) ?? 0});
      case '/routes/votes-mode':
        voteModes.set(key, String(query.mode ?? 'ok'));
        return json(ctx, 200, {mode: voteModes.get(key)});
      case '/routes/votes-log':
        return json(ctx, 200, votes.get(key) ?? []);
      case '/routes/votes-attempts':
        return json(ctx, 200, attempts.get(key) ?? []);
      case '/routes/votes': {
        if (ctx.method === 'OPTIONS') return json(ctx, 204, null);
        const mode = voteModes.get(key) ?? 'ok';
        const hitNumber = countHit(key);
        if (mode === 'down') {
          ctx.respond = false; // nothing is sent; the status only keeps the runner from listing a 404
          ctx.status = 502;
          ctx.req.socket.destroy(); // like a server that is not there
          return;
        }
        if (mode === 'hang') await sleep(30_000);
        const body = JSON.parse((await readBody(ctx)) || '{}');
        attempts.set(key, [...(attempts.get(key) ?? []), body.voteId]);
        if (query.fail && hitNumber <= Number(query.fail)) return json(ctx, 500, {error: 'planned failure'});
        if (mode !== 'ok') return json(ctx, Number(mode), {error: `planned ${mode}`});
        const list = votes.get(key) ?? [];
        if (!list.some((v) => v.voteId === body.voteId)) list.push(body);
        votes.set(key, list);
        const baseline = {sum: 7.82 * 11, count: 11};
        const sum = baseline.sum + list.reduce((s, v) => s + (v.score / v.max) * 10, 0);
        const total = baseline.count + list.length;
        return json(ctx, 200, {value: Math.round((sum / total) * 100) / 100, count: total, max: 10});
      }
      default:
        return next();
    }
  };
}
