// Render benchmark: 1,000 ratings to the next painted frame, in headless
// Chromium, against the same markup as static HTML. Prints ratios measured in
// one run (machines here are noisy; absolute times mean little).
//   npm run bench            (builds first)
import Fastify from 'fastify';
import puppeteer from 'puppeteer-core';
import {siteRoutes} from '../server/routes/site.mjs';

const rounds = Number(process.env.ROUNDS ?? 7);
const count = 1000;
// The server's own static routes (demo/ and dist/); the bench needs no votes or database.
const server = Fastify();
await server.register(siteRoutes, {root: process.cwd()});
const origin = await server.listen({port: 0, host: '127.0.0.1'});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});

// Each case builds its markup in the page, then waits two animation frames so
// style, layout and paint are included.
async function measure(kind) {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/bench.html`);
  await page.evaluate(() => customElements.whenDefined('care-star-rating'));
  const ms = await page.evaluate(
    async (kind, count) => {
      const host = document.querySelector('#host');
      const widget = '<care-star-rating value="7.82" max="10" count="11"></care-star-rating>';
      let item = widget;
      if (kind === 'static') {
        // The same markup and styles the widget renders, as declarative
        // shadow DOM: what the browser must do anyway, without any script.
        const probe = document.createElement('div');
        probe.innerHTML = widget;
        document.body.append(probe);
        const el = probe.firstElementChild;
        await el.updateComplete;
        const css = el.shadowRoot.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .join('');
        const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        item = `<care-static-rating dir="ltr"><template shadowrootmode="open"><style>${css}</style>${markup}</template></care-static-rating>`;
        probe.remove();
      }
      const start = performance.now();
      if (kind === 'static') host.setHTMLUnsafe(item.repeat(count));
      else host.innerHTML = item.repeat(count);
      if (kind !== 'static') await Promise.all([...host.children].map((el) => el.updateComplete));
      if (host.children.length !== count || !host.firstElementChild.shadowRoot?.querySelector('svg'))
        throw new Error(`${kind}: nothing rendered`);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - start;
    },
    kind,
    count,
  );
  await page.close();
  return ms;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {static: [], 'care-star-rating': []};
for (let i = 0; i < rounds; i++) {
  // Alternate the order so drift affects both alike.
  for (const kind of i % 2 ? ['care-star-rating', 'static'] : ['static', 'care-star-rating'])
    results[kind].push(await measure(kind));
}
const base = median(results.static);
console.log(`render ${count} ratings to the next frame, median of ${rounds} (Chromium headless):`);
for (const [kind, times] of Object.entries(results)) {
  console.log(
    `  ${kind.padEnd(18)} ${median(times).toFixed(1).padStart(7)} ms   ${(median(times) / base).toFixed(2)}x static`,
  );
}
await browser.close();
await server.close();
