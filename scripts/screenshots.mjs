// Screenshots of a demo page at phone width, one per language, for checking by eye.
//   npm run build && node scripts/screenshots.mjs [page=/demo/phone.html] [width=375] [langs=en,th,ar]
// Writes screenshots/<page>-<width>-<lang>.png and one -<n>.png per <section> (not committed). Needs /usr/bin/chromium (CHROME_PATH).
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import Fastify from 'fastify';
import {siteRoutes} from '../server/routes/site.mjs';

const [page = '/demo/phone.html', width = '375', langs = 'en,th,ar'] = process.argv.slice(2);
// The server's own static routes (the demo pre-rendered, dist/); no votes or database needed.
const server = Fastify();
await server.register(siteRoutes, {root: process.cwd()});
const origin = await server.listen({port: 0, host: '127.0.0.1'});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
mkdirSync('screenshots', {recursive: true});
try {
  for (const lang of langs.split(',')) {
    const tab = await browser.newPage();
    await tab.setViewport({width: Number(width), height: 800, deviceScaleFactor: 1});
    await tab.goto(`${origin}${page}?lang=${lang}`, {waitUntil: 'networkidle0'});
    await new Promise((r) => setTimeout(r, 500));
    const name = page
      .split('/')
      .pop()
      .replace(/\.html$/, '');
    const file = `screenshots/${name}-${width}-${lang}.png`;
    await tab.screenshot({path: file, fullPage: true});
    // Each <section> on its own as well, small enough to read at full size.
    const sections = await tab.$$('main section');
    for (const [i, section] of sections.entries())
      await section.screenshot({path: file.replace(/\.png$/, `-${i + 1}.png`)});
    const overflow = await tab.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth);
    console.log(`${file}${overflow > 0 ? ` (page scrolls sideways by ${overflow} px)` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
