// @ts-check
// Content documents (validated at start, cached, compressed) and the demo site.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {startServer} from '../server.mjs';
import {backend, freshStore, request, startTestServer, writeConfig} from './helpers.mjs';

const sample = JSON.parse(readFileSync(new URL('../../demo/content/sample.json', import.meta.url), 'utf8'));

describe(`content and site (${backend})`, () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  test('GET /content/<name>.json serves the document with ETag and Cache-Control', async () => {
    const res = await request(`${server.url}/content/sample.json`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.deepEqual(res.json(), sample);
    assert.match(String(res.headers.etag), /^"[\w-]+"$/);
    assert.match(String(res.headers['cache-control']), /max-age=\d+/);
    const again = await request(`${server.url}/content/sample.json`, {
      headers: {'if-none-match': String(res.headers.etag)},
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  test('content is compressed with gzip or brotli, as the client accepts', async () => {
    const br = await request(`${server.url}/content/sample.json`, {headers: {'accept-encoding': 'br'}});
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.body).toString()), sample);
    const gzip = await request(`${server.url}/content/sample.json`, {headers: {'accept-encoding': 'gzip'}});
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gzip.body).toString()), sample);
    assert.ok(gzip.body.length < readFileSync(new URL('../../demo/content/sample.json', import.meta.url)).length / 2);
  });

  test('unknown documents and paths out of the folder are 404', async () => {
    for (const path of [
      '/content/missing.json',
      '/content/sample',
      '/content/..%2Fpackage.json',
      '/content/sample.json.bak',
    ]) {
      const res = await request(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
    }
  });

  test('the demo pages and dist/ are served; the project around them is not', async () => {
    const root = await request(`${server.url}/`);
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/demo/');
    const index = await request(`${server.url}/demo/`);
    assert.equal(index.status, 200);
    assert.match(index.body.toString(), /<care-star-rating/);
    const csp = await request(`${server.url}/demo/csp.html`);
    assert.match(String(csp.headers['content-security-policy']), /require-trusted-types-for 'script'/);
    for (const path of [
      '/package.json',
      '/server.config.json',
      '/demo/../package.json',
      '/.data/hash-salt',
      '/server/cli.mjs',
    ]) {
      assert.equal((await request(`${server.url}${path}`)).status, 404, path);
    }
  });
});

test('an invalid content document stops the start, naming its file and JSON path', async () => {
  const store = await freshStore();
  try {
    const contentDir = mkdtempSync(join(tmpdir(), 'care-content-'));
    const broken = JSON.parse(JSON.stringify(sample));
    broken.doctors[2].photo = 'javascript:alert(1)';
    writeFileSync(join(contentDir, 'partner.json'), JSON.stringify(broken));
    const configFile = writeConfig(store.dataDir, {contentDir});
    await assert.rejects(
      startServer({
        port: 0,
        host: '127.0.0.1',
        dataDir: store.dataDir,
        databaseUrl: store.databaseUrl,
        configFile,
        logger: false,
      }),
      (/** @type {Error} */ error) => {
        assert.match(error.message, /partner\.json: doctors\[2\]\.photo: expected an http\(s\) or relative URL/);
        return true;
      },
    );
    writeFileSync(join(contentDir, 'partner.json'), '{"procedures": [');
    await assert.rejects(
      startServer({
        port: 0,
        host: '127.0.0.1',
        dataDir: store.dataDir,
        databaseUrl: store.databaseUrl,
        configFile,
        logger: false,
      }),
      /partner\.json: not valid JSON/,
    );
  } finally {
    await store.drop();
  }
});
