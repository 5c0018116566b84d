// Screenshots of the comparison demo in the given locales, at 320 px and 1024 px, and the
// number of boxes whose content sticks out (the same check as tests/helpers/overflow.ts).
// For a reviewer who reads the language, and for checking fonts and line breaking by eye.
//   npm run build && node scripts/locale-screenshots.mjs [out-dir] [locale …]
// Defaults: /tmp/care-screenshots, my km bn ko. Exits 1 if any box overflows.
// page.evaluate() runs in the browser, where these exist.
/* global document, window, innerWidth */
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {transform} from 'esbuild';
import {launchChromium, serveSite} from './demo-in-chromium.mjs';

const [out = '/tmp/care-screenshots', ...requested] = process.argv.slice(2);
const locales = requested.length ? requested : ['my', 'km', 'bn', 'ko'];
mkdirSync(out, {recursive: true});

const helper = await transform(readFileSync('tests/helpers/overflow.ts', 'utf8'), {
  loader: 'ts',
  format: 'iife',
  globalName: 'careOverflow',
});
const server = await serveSite();
const {origin} = server;
const browser = await launchChromium();

let total = 0;
try {
  for (const locale of locales) {
    for (const width of [320, 1024]) {
      const page = await browser.newPage();
      await page.setViewport({width, height: 900});
      await page.goto(`${origin}/demo/comparison.html?lang=${locale}`, {waitUntil: 'networkidle0'});
      await page.addScriptTag({content: helper.code});
      const found = await page.evaluate(async () => {
        const widgets = [...document.querySelectorAll('care-procedure-comparison')];
        await Promise.all(widgets.map((el) => el.updateComplete));
        await document.fonts.ready;
        const boxes = widgets.flatMap((el) => window.careOverflow.overflowingBoxes(el));
        if (document.documentElement.scrollWidth > innerWidth) boxes.push(`page scrolls sideways`);
        return boxes;
      });
      const section = await page.$('main section:nth-of-type(2)');
      const file = join(out, `comparison-${locale}-${width}.png`);
      await section.screenshot({path: file});
      console.log(`${locale} ${String(width).padStart(4)} px: ${found.length} overflowing boxes  ${file}`);
      for (const box of found) console.log(`    ${box}`);
      total += found.length;
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(total ? 1 : 0);
