// @ts-check
// Pre-rendering on request: POST /render and GET /render/<tag> on the real server (random port,
// real database), with real HTTP listeners standing in for a partner's origin and for hosts the
// server must never reach.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {projectRoot} from '../server.mjs';
import {request, startTestServer} from './helpers.mjs';

const sample = readFileSync(join(projectRoot, 'demo/content/sample.json'));
const [doctor] = JSON.parse(sample.toString()).doctors;
const doctorId = doctor.id;
const doctorName = typeof doctor.name === 'string' ? doctor.name : doctor.name.en;
const unavailable = 'This information is not available right now.';
const html = {'content-type': 'text/html; charset=utf-8'};

/**
 * An HTTP listener that counts what it is asked; `respond` answers (or, when it returns false, never does).
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | void} respond
 */
async function listener(respond) {
  const requests = /** @type {string[]} */ ([]);
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (respond(req, res) === false) return; // hangs: for the time limit
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** The page without its care-* elements (none nested in this test's light DOM). */
const outsideWidgets = (/** @type {string} */ page) =>
  page.split(/<(care-[a-z-]+)[\s\S]*?<\/\1>/).filter((_, i) => i % 2 === 0);

describe('pre-rendering on request', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof listener>>} */
  let forbidden;
  /** @type {Awaited<ReturnType<typeof listener>>} */
  let partner;
  /** @type {Awaited<ReturnType<typeof listener>>} */
  let slow;

  before(async () => {
    forbidden = await listener(
      (_req, res) => void res.writeHead(200, {'content-type': 'application/json'}).end(sample),
    );
    partner = await listener((req, res) => {
      if (req.url === '/content.json') res.writeHead(200, {'content-type': 'application/json'}).end(sample);
      else if (req.url === '/moved.json') res.writeHead(302, {location: `${forbidden.origin}/content.json`}).end();
      else res.writeHead(404).end();
    });
    slow = await listener(() => false);
    server = await startTestServer({
      allowedOrigins: [partner.origin, slow.origin],
      render: {perMinute: 1000, timeoutMs: 500},
    });
  });
  after(async () => {
    await server?.stop();
    await Promise.all([forbidden, partner, slow].map((l) => l?.close()));
  });

  const render = (/** @type {string} */ query) => request(`${server.url}/render/${query}`);

  test('GET /render/<tag> answers the widget with its declarative shadow root, in the language asked', async () => {
    const res = await render('care-star-rating?procedure=vertebroplasty&lang=de');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.headers['cache-control'] ?? '', /^public, max-age=\d+$/);
    const body = res.body.toString();
    assert.ok(
      body.startsWith('<care-star-rating procedure="vertebroplasty" lang="de"><template shadowrootmode="open">'),
    );
    assert.ok(body.endsWith('</template></care-star-rating>'));
    assert.match(body, /7,82 von 10/);
  });

  test('Arabic is rendered right to left', async () => {
    const body = (await render('care-risk-list?procedure=vertebroplasty&lang=ar')).body.toString();
    assert.match(body, /^<care-risk-list [^>]*dir="rtl"[^>]*><template shadowrootmode="open">/);
  });

  test('the second identical request is a cache hit; another language is not', async () => {
    const query = 'care-star-rating?procedure=kyphoplasty&lang=fr';
    const first = await render(query);
    const second = await render(query);
    assert.equal(first.headers['x-render-cache'], 'miss');
    assert.equal(second.headers['x-render-cache'], 'hit');
    assert.deepEqual(second.body, first.body);
    const english = await render('care-star-rating?procedure=kyphoplasty&lang=en');
    assert.equal(english.headers['x-render-cache'], 'miss');
    assert.match(english.body.toString(), /7\.82 out of 10/);
  });

  test('only the five widgets; only their own attributes, escaped', async () => {
    for (const tag of ['care-nope', 'div', 'script']) {
      const res = await render(`${tag}?lang=en`);
      assert.equal(res.status, 404, tag);
      assert.match(res.json().error, /no widget/);
    }
    for (const query of ['onclick=alert(1)', 'x%22%20onload%3D%22a=1', 'style=color:red', 'lang=de&lang=fr']) {
      const res = await render(`care-star-rating?procedure=vertebroplasty&${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(typeof res.json().error, 'string');
    }
    const res = await render(
      `care-doctor-card?doctor=${encodeURIComponent('"><script>alert(1)</script>')}&src=/content/sample.json`,
    );
    assert.equal(res.status, 200);
    const body = res.body.toString();
    assert.doesNotMatch(body, /<script/);
    assert.match(body, /^<care-doctor-card doctor="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });

  test("src from the server's own content folder is read from disk", async () => {
    // The server's own origin is not an allowed origin: a fetch over HTTP would be refused.
    const body = (await render(`care-doctor-card?doctor=${doctorId}&src=/content/sample.json&lang=en`)).body.toString();
    assert.doesNotMatch(body, /not available/);
    assert.ok(body.includes(doctorName), doctorName);
  });

  test('src from an allowed origin is fetched', async () => {
    const before = partner.requests.length;
    const body = (
      await render(`care-doctor-card?doctor=${doctorId}&src=${partner.origin}/content.json`)
    ).body.toString();
    assert.deepEqual(partner.requests.slice(before), ['/content.json']);
    assert.doesNotMatch(body, /not available/);
    assert.ok(body.includes(doctorName), doctorName);
  });

  test('no SSRF: other hosts, link-local metadata, file: and redirects off the list are never requested', async () => {
    const sources = [
      `${forbidden.origin}/content.json`,
      'http://169.254.169.254/latest/meta-data/',
      'file:///etc/passwd',
      `${partner.origin}/moved.json`, // the partner redirects to the forbidden listener
      `http://[::ffff:127.0.0.1]:${new URL(forbidden.origin).port}/content.json`,
    ];
    for (const src of sources) {
      const res = await render(`care-doctor-card?doctor=${doctorId}&src=${encodeURIComponent(src)}`);
      assert.equal(res.status, 200, src);
      assert.ok(res.body.toString().includes(unavailable), src);
    }
    assert.deepEqual(forbidden.requests, []);
    assert.ok(partner.requests.includes('/moved.json'), 'the allowed partner was asked and its redirect refused');
  });

  test('a src that does not answer in time shows "not available"', async () => {
    const res = await render(`care-doctor-card?doctor=${doctorId}&src=${slow.origin}/content.json`);
    assert.equal(res.status, 200);
    assert.ok(res.body.toString().includes(unavailable));
    assert.equal(slow.requests.length, 1);
  });

  test('POST /render pre-renders every care-* element and leaves every other byte as it was', async () => {
    const page = `<!DOCTYPE html>
<HTML lang="de"><head><meta charset="utf-8"><title>Partner &amp; page</title>
<script>window.partner = "<care-star-rating>";</script></head>
<body>
  <!-- <care-risk-list> in a comment --><p class=x>Text   with &nbsp; &lt;b&gt; &#x27;</p>
  <care-star-rating procedure="vertebroplasty"></care-star-rating>
  <div dir=auto><P>Between</P></div>
  <care-risk-list procedure="vertebroplasty" lang="ar"></care-risk-list>
  <footer>Ende</footer></body></HTML>
`;
    const res = await request(`${server.url}/render`, {method: 'POST', headers: html, body: page});
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['cache-control'], 'no-store');
    const out = res.body.toString();
    assert.deepEqual(outsideWidgets(out), outsideWidgets(page));
    assert.equal(out.match(/<template shadowrootmode="open">/g)?.length, 2);
    assert.match(out, /<care-star-rating procedure="vertebroplasty"><template shadowrootmode="open">[\s\S]*7,82/);
    assert.match(out, /<care-risk-list procedure="vertebroplasty" lang="ar" dir="rtl"><template/);

    const again = await request(`${server.url}/render`, {method: 'POST', headers: html, body: page});
    assert.equal(again.headers['x-render-cache'], 'hit');
    assert.equal(again.body.toString(), out);
  });

  test('POST /render: too large, empty, not HTML, or from a foreign origin is refused with JSON', async () => {
    const big = `<p>${'x'.repeat(256 * 1024)}</p>`;
    const tooLarge = await request(`${server.url}/render`, {method: 'POST', headers: html, body: big});
    assert.equal(tooLarge.status, 413);
    assert.match(tooLarge.json().error, /256 KB/);
    const empty = await request(`${server.url}/render`, {method: 'POST', headers: html, body: ''});
    assert.equal(empty.status, 400);
    assert.match(empty.json().error, /HTML/);
    const json = await request(`${server.url}/render`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: '{"html": "<p></p>"}',
    });
    assert.equal(json.status, 415);
    assert.equal(typeof json.json().error, 'string');
    const foreign = await request(`${server.url}/render`, {
      method: 'POST',
      headers: {...html, origin: 'https://evil.example'},
      body: '<care-star-rating></care-star-rating>',
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
  });
});

test('render requests are rate limited per client', async () => {
  const server = await startTestServer({render: {perMinute: 2, timeoutMs: 500}});
  try {
    const ask = (/** @type {string} */ client) =>
      request(`${server.url}/render/care-star-rating?procedure=vertebroplasty`, {headers: {'x-forwarded-for': client}});
    assert.equal((await ask('10.9.0.1')).status, 200);
    assert.equal((await ask('10.9.0.1')).status, 200);
    const limited = await ask('10.9.0.1');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal(typeof limited.json().error, 'string');
    assert.equal((await ask('10.9.0.2')).status, 200, 'another client is unaffected');
  } finally {
    await server.stop();
  }
});
