// Screenshots of a demo page at phone width, one per language, for checking by eye.
//   npm run build && node scripts/screenshots.mjs [page=/demo/phone.html] [width=375] [langs=en,th,ar]
// Writes screenshots/<page>-<width>-<lang>.png and one -<n>.png per <section> (not committed). Needs /usr/bin/chromium (CHROME_PATH).
import {mkdirSync} from 'node:fs';
import {launchChromium, serveSite} from './demo-in-chromium.mjs';

const [page = '/demo/phone.html', width = '375', langs = 'en,th,ar'] = process.argv.slice(2);
const server = await serveSite();
const {origin} = server;
const browser = await launchChromium();
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
