// The server renderer in Node (node --test): the Node API on real pages and a
// real HTTP server for `src` documents. Needs `npm run build` (dist/ssr/).
import {strict as assert} from 'node:assert';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {after, before, describe, test} from 'node:test';
import {renderPage} from '../../dist/ssr/index.js';

const sample = readFileSync(new URL('../../demo/content/sample.json', import.meta.url), 'utf8');

/** A content server whose answers each test chooses by path; counts every request. */
function contentServer(routes) {
  const hits = [];
  const server = createServer((request, response) => {
    hits.push(request.url);
    const route = routes[request.url.split('?')[0]];
    if (!route) return response.writeHead(404).end();
    route(request, response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({server, hits, origin: `http://127.0.0.1:${server.address().port}`})),
  );
}

const json = (body) => (request, response) => response.writeHead(200, {'content-type': 'application/json'}).end(body);

// Quiet, but kept: tests assert on the widgets' console warnings.
const warnings = [];
const warn = console.warn;
before(() => (console.warn = (...args) => warnings.push(args.join(' '))));
after(() => (console.warn = warn));

/** Text of one widget's rendered shadow root, without its style. */
function shadowText(html, tag) {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `${tag} is in the output`);
  const body = html.slice(html.indexOf('<template shadowrootmode="open">', start));
  return body
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '') // CSS may hold "<" (container queries)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);
}

test('leaves the host process alone: no global DOM, and Node’s own fetch', () => {
  // Widgets that touched `document` or `window` while rendering would throw here.
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof new globalThis.Response('x').body.getReader, 'function');
});

describe('renderPage', () => {
  let content;
  before(async () => {
    content = await contentServer({
      '/content/sample.json': json(sample),
      '/content/other.json': json(
        JSON.stringify({
          version: 1,
          procedures: [{id: 'p', name: 'P'}],
          doctors: [{id: 'd', name: 'Other Doctor', procedures: ['p']}],
        }),
      ),
      '/content/huge.json': json(JSON.stringify({version: 1, procedures: [], pad: 'x'.repeat(600 * 1024)})),
      '/content/page.html': (req, res) => res.writeHead(200, {'content-type': 'text/html'}).end('<p>hi</p>'),
      '/content/slow.json': (req, res) => setTimeout(() => json(sample)(req, res), 1500),
      '/content/redirect.json': (req, res) => res.writeHead(302, {location: 'http://127.0.0.2:9/secret.json'}).end(),
      '/content/hop.json': (req, res) => res.writeHead(302, {location: '/content/sample.json'}).end(),
    });
  });
  after(() => content.server.close());

  test('leaves every byte outside the widgets as it was', async () => {
    const page = `<!DOCTYPE html>
<html lang=en><head><title>A &amp; B</title><!-- a comment --></head>
<body class='x'>  <p>Text &nbsp; <b>bold<b> unclosed
<care-star-rating value="7.82" count="11"></care-star-rating> and <CARE-RISK-LIST procedure="vertebroplasty">light</CARE-RISK-LIST>
<template><care-star-rating value="1"></care-star-rating></template>
<script>if (a < b) document.write("<care-star-rating>")</script>
</body></html>`;
    const out = await renderPage(page);
    const stripped = out
      .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')
      .replace('<care-risk-list procedure="vertebroplasty">', '<CARE-RISK-LIST procedure="vertebroplasty">');
    assert.equal(stripped, page);
    assert.equal(out.match(/shadowrootmode/g).length, 2, 'inert <template> and script text are not rendered');
  });

  test('renders each widget in the language that applies to it; Arabic is right to left', async () => {
    const out = await renderPage(`<html lang="de"><body>
      <care-star-rating value="7.82" count="11"></care-star-rating>
      <section lang="th"><care-procedure-comparison procedures="vertebroplasty kyphoplasty"></care-procedure-comparison></section>
      <div lang="th"><care-risk-list procedure="kyphoplasty" lang="ar"></care-risk-list></div>`);
    assert.match(shadowText(out, 'care-star-rating'), /7,82 von 10/);
    assert.match(shadowText(out, 'care-procedure-comparison'), /แสดงเฉพาะ/);
    assert.match(out, /<care-risk-list procedure="kyphoplasty" lang="ar" dir="rtl">/);
    assert.match(shadowText(out, 'care-risk-list'), /[\u0600-\u06ff]/);
  });

  test('a widget inside a widget renders in the enclosing one’s language', async () => {
    const out = await renderPage(
      `<html lang="th"><care-related-doctors procedure="vertebroplasty" src="/content/sample.json"></care-related-doctors>`,
      {base: `${content.origin}/page/`},
    );
    assert.match(out, /อนันต์ \(ตัวอย่าง\)/, 'the Thai name of the doctor, from the src document');
    assert.match(out, /<care-doctor-card [^>]*defer-hydration/, 'nested cards leave their takeover to the list');
    assert.match(shadowText(out, 'care-star-rating'), /[\u0e00-\u0e7f]/, 'the rating inside a card is Thai too');
  });

  test('reads inline JSON, which stays in the light DOM', async () => {
    const doc = JSON.stringify({version: 1, procedures: [], doctors: [{id: 'x', name: 'Inline Doctor'}]});
    const out = await renderPage(
      `<care-doctor-card doctor="x"><script type="application/json">${doc}</script></care-doctor-card>`,
    );
    assert.match(shadowText(out, 'care-doctor-card'), /Inline Doctor/);
    assert.ok(out.includes(`<script type="application/json">${doc}</script></care-doctor-card>`));
  });

  test('fetches src relative to the base, once per URL', async () => {
    const before = content.hits.length;
    const out = await renderPage(
      `<care-related-doctors procedure="kyphoplasty" src="../content/sample.json"></care-related-doctors>
       <care-doctor-card doctor="dr-fictional-mei" src="${content.origin}/content/sample.json"></care-doctor-card>`,
      {base: `${content.origin}/page/index.html`},
    );
    assert.match(shadowText(out, 'care-related-doctors'), /Mei Example/);
    assert.match(shadowText(out, 'care-doctor-card'), /Mei Example/);
    assert.equal(content.hits.length - before, 1);
  });

  test('follows a redirect on an allowed origin', async () => {
    const out = await renderPage(
      `<care-doctor-card doctor="dr-fictional-mei" src="/content/hop.json"></care-doctor-card>`,
      {
        base: content.origin,
        allowOrigins: [content.origin],
      },
    );
    assert.match(shadowText(out, 'care-doctor-card'), /Mei Example/);
  });

  for (const [name, src, options, problem] of [
    ['a document over the size limit', '/content/huge.json', {}, /larger than 524288 bytes/],
    ['a document that is not JSON', '/content/page.html', {}, /expected Content-Type application\/json/],
    ['an origin not on the allow-list', '/content/sample.json', {allowOrigins: ['https://cms.example']}, /not allowed/],
    ['a redirect to an origin not on the allow-list', '/content/redirect.json', {allowOrigins: []}, /not allowed/],
    ['a document slower than the timeout', '/content/slow.json', {timeoutMs: 300}, /no answer within 300 ms/],
    ['a missing document', '/content/missing.json', {}, /HTTP 404/],
  ]) {
    test(`refuses ${name}: "not available" and one warning`, async () => {
      warnings.length = 0;
      const hits = content.hits.length;
      const allowOrigins = options.allowOrigins?.length === 0 ? [content.origin] : options.allowOrigins;
      const out = await renderPage(`<care-doctor-card doctor="dr-fictional-mei" src="${src}"></care-doctor-card>`, {
        base: content.origin,
        ...options,
        allowOrigins,
      });
      assert.match(shadowText(out, 'care-doctor-card'), /This information is not available right now/);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], problem);
      assert.match(warnings[0], /<care-doctor-card> content from http:\/\/127\.0\.0\.1/);
      if (name.includes('allow-list') && !name.includes('redirect')) assert.equal(content.hits.length, hits);
    });
  }

  test('fetches only http(s): without a base, a relative src is not fetched from disk', async () => {
    warnings.length = 0;
    const out = await renderPage(`<care-doctor-card doctor="a" src="/etc/passwd"></care-doctor-card>`);
    assert.match(shadowText(out, 'care-doctor-card'), /not available/);
    assert.match(warnings.join(), /only http\(s\) documents are fetched/);
  });

  test('never writes a false boolean as an attribute, and no hydration markers', async () => {
    const out = await renderPage(
      '<care-procedure-comparison procedures="vertebroplasty kyphoplasty"></care-procedure-comparison>' +
        '<care-star-rating procedure="kyphoplasty" vote submit-url="/votes"></care-star-rating>',
    );
    assert.match(out, /<input type="checkbox"\s*>/);
    assert.doesNotMatch(out, / (checked|disabled|required|readonly|hidden)="false"/);
    assert.doesNotMatch(out, /<!--\/?lit-/);
    const checked = await renderPage(
      '<care-procedure-comparison procedures="vertebroplasty kyphoplasty" differences-only></care-procedure-comparison>',
    );
    assert.match(checked, /<input type="checkbox" checked="true"\s*>/);
  });

  test('keeps the state of each call apart: pages render concurrently', async () => {
    const page = (lang) =>
      `<html lang="${lang}"><care-related-doctors procedure="p" src="other.json"></care-related-doctors>` +
      `<care-related-doctors procedure="vertebroplasty" src="sample.json" lang="en"></care-related-doctors>`;
    const [a, b] = await Promise.all([
      renderPage(page('de'), {base: `${content.origin}/content/`}),
      renderPage(page('ja'), {base: `${content.origin}/nowhere/`}),
    ]);
    assert.match(a, /Other Doctor/);
    assert.match(a, /Ärzte|Ärztinnen|für/);
    assert.doesNotMatch(b, /Other Doctor/);
    assert.match(b, /not available|利用できません/);
  });

  test('writes the same <style> for every instance of a component, with a nonce when asked', async () => {
    const page =
      '<care-star-rating value="1"></care-star-rating><care-star-rating value="2" lang="ar"></care-star-rating>';
    const styles = [...(await renderPage(page)).matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 2);
    assert.equal(styles[0], styles[1]);
    const csp = JSON.parse(readFileSync(new URL('../../dist/csp.json', import.meta.url), 'utf8'));
    const hash = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
    assert.equal(csp.hashes['care-star-rating'], hash);
    const withNonce = await renderPage(page, {nonce: 'abc123'});
    assert.equal(withNonce.match(/<style nonce="abc123">/g).length, 2);
  });
});
