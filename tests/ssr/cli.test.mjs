// The partner-facing CLI, run as a partner runs it (node --test; needs npm run build).
import {strict as assert} from 'node:assert';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';
import {renderPage} from '../../dist/ssr/index.js';

const cli = new URL('../../bin/care-widgets.mjs', import.meta.url).pathname;
const run = (...args) => promisify(execFile)(process.execPath, [cli, ...args]);
const dir = mkdtempSync(join(tmpdir(), 'care-cli-'));
const page = '<html lang="de"><p>Bewertung: <care-star-rating value="7.82" count="11"></care-star-rating></p>';

test('render writes the page pre-rendered to --out, the same as renderPage()', async () => {
  writeFileSync(join(dir, 'in.html'), page);
  const {stderr} = await run('render', join(dir, 'in.html'), '--out', join(dir, 'out.html'));
  assert.match(stderr, /rendered .*in\.html in \d+ ms/);
  const out = readFileSync(join(dir, 'out.html'), 'utf8');
  assert.equal(out, await renderPage(page));
  assert.match(out, /7,82 von 10/);
});

test('render writes to stdout without --out; --nonce marks every style', async () => {
  writeFileSync(join(dir, 'in.html'), page);
  const {stdout} = await run('render', join(dir, 'in.html'), '--nonce', 'n0nce');
  assert.match(stdout, /<style nonce="n0nce">/);
});

test('csp prints the style-src of dist/csp.json, or the nonce', async () => {
  const csp = JSON.parse(readFileSync(new URL('../../dist/csp.json', import.meta.url), 'utf8'));
  const {stdout} = await run('csp');
  assert.equal(stdout.trim(), `style-src 'self' ${csp.styleSrc.join(' ')}`);
  assert.equal(csp.styleSrc.length, 5);
  assert.equal((await run('csp', '--nonce', 'n0nce')).stdout.trim(), "style-src 'self' 'nonce-n0nce'");
});

for (const args of [['render'], ['nope'], ['render', 'in.html', '--base', 'not a url'], ['csp', '--nonce', '"><x']]) {
  test(`exits 2 with usage for: ${args.join(' ')}`, async () => {
    const error = await run(...args).catch((e) => e);
    assert.equal(error.code, 2);
    assert.match(error.stderr, /Usage:/);
  });
}
