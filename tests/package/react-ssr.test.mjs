/* global document -- page.evaluate() callbacks run in the browser */
// A React 19 app (tests/package/react-app, built with Vite) that uses the ./react wrappers is
// rendered on the server with renderToString and hydrated with hydrateRoot in Chromium. Plain
// React 19 drops `content` and the `oncare-vote` listener at hydration (facebook/react#35446);
// with the wrappers the page shows the app's content and a keyboard vote reaches the handler.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromiumFlags} from '../browsers.mjs';
import {build} from 'vite';

const app = fileURLToPath(new URL('./react-app/', import.meta.url));
const client = join(app, 'dist/client');
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
let server, browser, page, html;
const logs = [];

before(async () => {
  const config = join(app, 'vite.config.mjs');
  await build({configFile: config, build: {outDir: client, emptyOutDir: true}});
  await build({
    configFile: config,
    build: {outDir: join(app, 'dist/server'), emptyOutDir: true, ssr: join(app, 'src/entry-server.tsx')},
  });
  const {render} = await import(join(app, 'dist/server/entry-server.js'));
  html = (await readFile(join(client, 'index.html'), 'utf8')).replace('<!--app-->', render());

  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    try {
      const body = path === '/' ? html : await readFile(join(client, path.replace(/\.\./g, '')));
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'text/html'}).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
  });
  page = await browser.newPage();
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && logs.push(`error: ${response.status()} ${response.url()}`),
  );
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const shadowText = (selector) =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

test('the server renders the tags', () => {
  assert.match(html, /<care-star-rating[^>]*>/);
  assert.match(html, /<care-doctor-card[^>]*>/);
});

test("after hydration the widgets show the app's content object, not the built-in catalogue", async () => {
  await page.waitForFunction(
    () => document.querySelector('care-star-rating')?.shadowRoot?.textContent?.includes('42'),
    {timeout: 20000},
  );
  assert.match(await shadowText('care-star-rating'), /9\.5/);
  await page.waitForFunction(
    () => document.querySelector('care-doctor-card')?.shadowRoot?.textContent?.includes('Anan'),
    {timeout: 20000},
  );
  assert.match(await shadowText('care-doctor-card'), /Dr Fictional Anan/);
});

test('a keyboard vote reaches the onCareVote handler', async () => {
  await page.evaluate(() =>
    document
      .querySelector('care-star-rating')
      .shadowRoot.querySelector('[role="radiogroup"] [tabindex="0"], [role="radio"][tabindex="0"]')
      .focus(),
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#votes').textContent !== '[]', {timeout: 10000});
  const votes = JSON.parse(await page.$eval('#votes', (el) => el.textContent));
  assert.equal(votes.length, 1);
  assert.equal(votes[0].procedure, 'kyphoplasty');
  assert.ok(votes[0].score >= 1 && votes[0].max === 5, JSON.stringify(votes[0]));
});

test('no errors in the page', () => {
  assert.deepEqual(
    logs.filter((line) => /^(error|pageerror)/.test(line)),
    [],
  );
});
