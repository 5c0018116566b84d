// Render benchmark: 1,000 ratings to the next painted frame, in headless
// Chromium, against the same markup as static HTML. Prints ratios measured in
// one run (machines here are noisy; absolute times mean little): wall-clock
// time, and the page's main-thread CPU time (Chromium's ThreadTime metric),
// which other load on a shared machine disturbs much less. Then the
// layout shift of the demo index pre-rendered and not, and the renderer's
// time per page.
//   npm run bench            (builds first)
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {launchChromium, serveSite} from './demo-in-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const rounds = Number(process.env.ROUNDS ?? 15);
const count = 1000;
const server = await serveSite();
const {origin} = server;

const browser = await launchChromium();

const widget = '<care-star-rating value="7.82" max="10" count="11"></care-star-rating>';

// Each case gets a fresh page, so the widgets' script runs cold, as on a
// partner's page. The static case first renders one rating to copy its markup
// and styles; then both wait two frames, so that only the insertion of the
// 1,000 and its style, layout and paint are measured, up to the next frame.
async function measure(kind) {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/bench.html`);
  await page.evaluate(() => customElements.whenDefined('care-star-rating'));
  const item =
    kind === 'static'
      ? await page.evaluate(async (widget) => {
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
          probe.remove();
          return `<care-static-rating dir="ltr"><template shadowrootmode="open"><style>${css}</style>${markup}</template></care-static-rating>`;
        }, widget)
      : widget;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value;
  const cpuBefore = await threadTime();
  const ms = await page.evaluate(
    async (kind, item, count) => {
      const host = document.querySelector('#host');
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
    item,
    count,
  );
  const cpu = ((await threadTime()) - cpuBefore) * 1000;
  await page.close();
  return {ms, cpu};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {static: [], 'care-star-rating': []};
for (let i = 0; i < rounds; i++) {
  // Alternate the order so drift affects both alike.
  for (const kind of i % 2 ? ['care-star-rating', 'static'] : ['static', 'care-star-rating'])
    results[kind].push(await measure(kind));
}
const base = {ms: median(results.static.map((r) => r.ms)), cpu: median(results.static.map((r) => r.cpu))};
console.log(`render ${count} ratings to the next frame, median of ${rounds} (Chromium headless):`);
console.log(`  ${''.padEnd(18)} ${'wall-clock'.padStart(20)}   ${'main-thread CPU'.padStart(20)}   per round`);
for (const [kind, runs] of Object.entries(results)) {
  const cells = ['ms', 'cpu'].map((key) => {
    const value = median(runs.map((r) => r[key]));
    return `${value.toFixed(1).padStart(7)} ms ${(value / base[key]).toFixed(2).padStart(5)}x static`;
  });
  // Each round's wall-clock ratio to the static run beside it, whose median
  // shifts least when the machine's speed drifts during the run.
  const paired = median(runs.map((r, i) => r.ms / results.static[i].ms));
  console.log(`  ${kind.padEnd(18)} ${cells.join('   ')}   ${paired.toFixed(2).padStart(5)}x`);
}

// Pre-rendering: layout shift of the demo index as a partner's visitor sees
// it with the script 800 ms late, pre-rendered (dist/demo/) and not (demo/),
// then the renderer's own time. Served here by a small read-only server.
const late = 800;
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
const files = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = resolve(root, '.' + (path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep) || file.includes(`${sep}.`) || !existsSync(file) || !statSync(file).isFile())
    return response.writeHead(404).end();
  if (path === '/dist/care-widgets.js') await new Promise((done) => setTimeout(done, late));
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  response.end(readFileSync(file));
});
await new Promise((done) => files.listen(0, '127.0.0.1', done));
const filesOrigin = `http://127.0.0.1:${files.address().port}`;

async function layoutShift(path, width, height) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width, height});
  await page.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) window.shifts.push([entry.startTime, entry.value]);
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(`${filesOrigin}${path}`, {waitUntil: 'load'});
  await new Promise((done) => setTimeout(done, 2000)); // chunks, locales, content documents
  const shifts = await page.evaluate(() => window.shifts);
  await context.close();
  // The largest session window: gaps under 1 s, at most 5 s.
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const [time, value] of shifts) {
    if (time - last > 1000 || time - start > 5000) [sum, start] = [0, time];
    sum += value;
    last = time;
    best = Math.max(best, sum);
  }
  return best;
}

console.log(`\nlayout shift (CLS) of the demo index, script ${late} ms late, median of 3 (Chromium headless):`);
for (const [width, height] of [
  [1280, 800],
  [412, 900],
]) {
  const row = [];
  for (const [label, path] of [
    ['pre-rendered', '/dist/demo/index.html'],
    ['not pre-rendered', '/demo/index.html'],
  ]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await layoutShift(path, width, height));
    row.push(`${label} ${median(runs).toFixed(3)}`);
  }
  console.log(`  ${`${width}×${height}`.padEnd(10)} ${row.join('   ')}`);
}
files.close();

// The renderer: a fresh process for the cold start (imports, every locale,
// the content chunks, the first page), then each demo page warm.
const {renderPage} = await import('../dist/ssr/index.js');
const demoPages = readdirSync(join(root, 'demo')).filter(
  (f) => f.endsWith('.html') && !f.startsWith('csp') && f !== 'bench.html',
);
const cold = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const t = performance.now(); const {renderPage} = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/ssr/index.js')).href)});
     await renderPage('<care-star-rating value="7.82"></care-star-rating>'); console.log(performance.now() - t);`,
  ],
  {encoding: 'utf8'},
);
console.log(
  `\nrenderer (Node ${process.version}): cold start ${Number(cold.stdout).toFixed(0)} ms; warm, median of ${rounds}, per page:`,
);
const warn = console.warn;
console.warn = () => {}; // the demo's bad-input examples warn on purpose
for (const name of demoPages) {
  const html = readFileSync(join(root, 'demo', name), 'utf8');
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await renderPage(html, {base: `http://127.0.0.1:9/demo/${name}`, timeoutMs: 500}); // src fetches fail fast
    times.push(performance.now() - started);
  }
  console.log(
    `  ${name.padEnd(20)} ${median(times).toFixed(1).padStart(7)} ms  (${(html.length / 1024).toFixed(1)} KB in)`,
  );
}
console.warn = warn;
await browser.close();
await server.close();
