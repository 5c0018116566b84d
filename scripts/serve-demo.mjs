// The demo server behind `npm start`: serves the project read-only (demo pages load dist/) and
// the small vote API the star-rating widget posts to. No dependencies, so it is also the
// reference for what a partner's own vote endpoint has to do.
//
//   GET  /api/votes/<procedure>  → 200 {procedure, value, count, max: 10}
//   POST /api/votes {procedure, score, max, voteId, locale} → same; a repeated voteId is not
//        counted twice (the widget retries), 400 {error} on bad input.
import {createServer} from 'node:http';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  createReadStream,
  writeFileSync,
} from 'node:fs';
import {dirname, extname, join, relative, resolve, sep, isAbsolute} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xlf': 'application/xliff+xml; charset=utf-8',
};

// The strict-CSP demo pages prove the widgets need no inline script/style and create Trusted
// Types policies only under the names listed. csp-second-lit.html adds a second Lit copy,
// which brings its own `lit-html` policy.
const CSP_BASE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
  "require-trusted-types-for 'script'; trusted-types care-widgets";
const cspFor = (urlPath) => {
  const match = /^\/demo\/(csp[^/]*\.html)$/.exec(urlPath);
  if (!match) return undefined;
  return match[1] === 'csp-second-lit.html' ? `${CSP_BASE} lit-html` : CSP_BASE;
};

// Built-in baseline (on the 0..10 scale) so a fresh demo shows a realistic aggregate and one
// demo vote moves it only a little.
const BASELINE = {count: 11, mean: 7.82};
const MAX_BODY = 4 * 1024;
const SLUG = /^[a-z0-9-]+$/;
const VOTE_ID = /^[A-Za-z0-9-]{8,64}$/; // uuid-ish; no '_' so '__proto__' can never be a key
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

class BadRequest extends Error {}

export function createDemoServer({root, dataDir}) {
  const realRoot = realpathSync(root);
  const votesFile = join(dataDir, 'votes.json');
  // voteId → {procedure, score, max, locale, at}. A Map, not an object, so ids are only data.
  const votes = new Map(existsSync(votesFile) ? Object.entries(readJson(votesFile)) : []);

  function saveVotes() {
    mkdirSync(dataDir, {recursive: true});
    // Write then rename, so a crash mid-write never leaves a half-written votes.json.
    writeFileSync(`${votesFile}.tmp`, JSON.stringify(Object.fromEntries(votes), null, 2) + '\n');
    renameSync(`${votesFile}.tmp`, votesFile);
  }

  function aggregate(procedure) {
    let count = BASELINE.count;
    let sum = BASELINE.mean * BASELINE.count;
    for (const vote of votes.values()) {
      if (vote.procedure !== procedure) continue;
      count += 1;
      sum += (vote.score / vote.max) * 10; // votes cast on a 0..5 scale count the same as 0..10 ones
    }
    return {procedure, value: Math.round((sum / count) * 100) / 100, count, max: 10};
  }

  async function handleApi(req, res, path) {
    // Partners' pages post cross-origin; votes carry no cookies, so '*' is enough.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '86400',
      });
      return res.end();
    }
    const get = /^\/api\/votes\/([^/]+)$/.exec(path);
    if (get && req.method === 'GET') {
      const procedure = get[1]; // already percent-decoded
      if (!SLUG.test(procedure) || procedure.length > 100) throw new BadRequest('procedure must match [a-z0-9-]+');
      return sendJson(res, 200, aggregate(procedure));
    }
    if (path === '/api/votes' && req.method === 'POST') {
      const vote = validateVote(await readJsonBody(req));
      const earlier = votes.get(vote.voteId);
      if (earlier && earlier.procedure !== vote.procedure) {
        return sendJson(res, 409, {error: 'voteId was already used for another procedure'});
      }
      if (!earlier) {
        const {voteId, ...rest} = vote;
        votes.set(voteId, {...rest, at: new Date().toISOString()});
        saveVotes();
      }
      return sendJson(res, 200, aggregate(vote.procedure));
    }
    if (get || path === '/api/votes') {
      res.setHeader('Allow', get ? 'GET, OPTIONS' : 'POST, OPTIONS');
      return sendJson(res, 405, {error: `${req.method} not allowed`});
    }
    sendJson(res, 404, {error: 'not found'});
  }

  function serveFile(req, res, path) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, {Allow: 'GET, HEAD'});
      return res.end();
    }
    if (path === '/') return redirect(res, '/demo/');
    if (path === '/favicon.ico') return res.writeHead(204).end(); // the demo has no icon; keep the console clean
    // The pre-rendered demo pages (npm run build writes dist/demo/) stand in for demo/*.html.
    const page = /^\/demo\/([\w-]+\.html)?$/.exec(path)?.[1] ?? (path === '/demo/' ? 'index.html' : undefined);
    if (page && existsSync(join(realRoot, 'dist/demo', page))) path = `/dist/demo/${page}`;
    // Dot-folders (.git, .data with the votes) are not part of the demo.
    if (path.includes('\0') || path.split('/').some((s) => s.startsWith('.'))) return notFound(res);
    let file = resolve(realRoot, '.' + path);
    if (!inside(realRoot, file) || !existsSync(file)) return notFound(res);
    file = realpathSync(file); // a symlink must not lead out of the project either
    if (!inside(realRoot, file)) return notFound(res);
    if (statSync(file).isDirectory()) {
      // /demo → /demo/ so relative URLs in the page resolve inside the folder.
      if (!path.endsWith('/')) return redirect(res, path + '/');
      file = join(file, 'index.html');
      if (!existsSync(file)) return notFound(res);
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache', // always the latest build while developing
      'X-Content-Type-Options': 'nosniff',
    };
    const csp = cspFor(path);
    if (csp) headers['Content-Security-Policy'] = csp;
    // Lets a partner try <script integrity crossorigin="anonymous"> against this server; only
    // the built files, so other sites cannot read the project's sources through a browser.
    if (path.startsWith('/dist/')) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }

  return createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (path === '/api' || path.startsWith('/api/')) await handleApi(req, res, path);
      else serveFile(req, res, path);
    } catch (error) {
      if (res.headersSent) return res.destroy();
      if (error instanceof BadRequest || error instanceof URIError) {
        sendJson(res, 400, {error: error.message});
      } else {
        console.error(error);
        sendJson(res, 500, {error: 'internal error'});
      }
    }
  });
}

function validateVote(body) {
  const fail = (message) => {
    throw new BadRequest(message);
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('body must be a JSON object');
  const {procedure, score, max, voteId, locale} = body;
  if (typeof procedure !== 'string' || procedure.length === 0 || procedure.length > 100 || !SLUG.test(procedure)) {
    fail('procedure must be 1-100 characters of [a-z0-9-]');
  }
  if (!Number.isInteger(score) || !Number.isInteger(max)) fail('score and max must be integers');
  if (!(1 <= score && score <= max && max <= 10)) fail('need 1 <= score <= max <= 10');
  if (typeof voteId !== 'string' || !VOTE_ID.test(voteId))
    fail('voteId must be a uuid (8-64 characters of [A-Za-z0-9-])');
  if (typeof locale !== 'string' || locale.length > 35 || !LOCALE.test(locale))
    fail('locale must be a language tag such as "th" or "zh-Hans"');
  return {procedure, score, max, voteId, locale};
}

async function readJsonBody(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new BadRequest('Content-Type must be application/json');
  if (Number(req.headers['content-length']) > MAX_BODY) throw new BadRequest('body larger than 4 KB');
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    // Content-Length can be absent (chunked) or lie; count what actually arrives.
    if (size > MAX_BODY) throw new BadRequest('body larger than 4 KB');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('body is not valid JSON');
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // Refuse to start rather than overwrite stored votes with an empty list.
    throw new Error(`${file} is not valid JSON (${error.message}); fix or delete it`, {cause: error});
  }
}

function sendJson(res, status, data) {
  const body = JSON.stringify(data);
  res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body)});
  res.end(body);
}

function redirect(res, location) {
  res.writeHead(302, {Location: location});
  res.end();
}

function notFound(res) {
  res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
  res.end('not found');
}

const inside = (parent, child) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
};

// Listen only when run as a script (`npm start`), so tests can import createDemoServer.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(process.env.PORT ?? 8000);
  createDemoServer({root, dataDir: join(root, '.data')}).listen(port, () => {
    console.log(`care-widgets demo: http://localhost:${port}/demo/`);
  });
}
