// Build step (npm run build): writes the demo pages pre-rendered by the
// renderer partners use, to dist/demo/, so the demo shows what a partner
// gets. Any static server can serve them (at /demo/, in place of demo/*.html).
// The renderer fetches `src` documents over HTTP, as on a partner's build
// machine: a throw-away local server answers for demo/ while this runs. Also
// writes the demo's navigation and language switcher into each page, so
// nothing is added by script after first paint. The strict-CSP pages stay as
// they are (pre-rendered styles would need the hashes in their policy), and
// so does the benchmark page.
import {createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {renderPage} from '../dist/ssr/index.js';
import {languages, pages} from '../demo/site.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'demo');
const out = join(root, 'dist/demo');
const skipped = new Set(['bench.html', 'csp.html', 'csp-second-lit.html']);
const types = {'.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css', '.js': 'text/javascript'};

// Read-only, demo/ only: what the pages' src="/demo/…" documents need.
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = resolve(root, '.' + path);
  if (!path.startsWith('/demo/') || !file.startsWith(demo + sep) || !existsSync(file) || !statSync(file).isFile())
    return response.writeHead(404).end();
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const nav =
  '<nav aria-label="Demo pages"><ul>' +
  pages.map(([href, text]) => `<li><a href="${escape(href)}">${escape(text)}</a></li>`).join('') +
  '</ul></nav>';
const switcher =
  '<label>Language <select id="language">' +
  languages.map(([value, text]) => `<option value="${escape(value)}">${escape(text)}</option>`).join('') +
  '</select></label>';

/** The shell demo-shell.js would add, written in: after <header> (switcher inside it), else first in <body>. */
function withShell(html) {
  if (html.includes('</header>')) {
    const withSwitcher = /<header[^>]*data-language-switcher/.test(html)
      ? html.replace('</header>', `${switcher}</header>`)
      : html;
    return withSwitcher.replace('</header>', `</header>${nav}`);
  }
  return html.replace(/<body[^>]*>/, (body) => body + nav);
}

mkdirSync(out, {recursive: true});
const times = [];
// Some demo pages show bad input on purpose; their warnings are counted, not printed.
const warn = console.warn;
let warnings = 0;
console.warn = () => warnings++;
try {
  for (const name of readdirSync(demo).filter((f) => f.endsWith('.html') && !skipped.has(f))) {
    const started = performance.now();
    const html = await renderPage(withShell(readFileSync(join(demo, name), 'utf8')), {
      base: `${origin}/demo/${name}`,
      allowOrigins: [origin],
    });
    times.push(performance.now() - started);
    writeFileSync(join(out, name), html);
  }
} finally {
  console.warn = warn;
  server.close();
}
const ms = times.map((t) => t.toFixed(0)).join(', ');
console.log(
  `prerender-demo: dist/demo/ (${times.length} pages, ${warnings} warnings from the bad-input examples; ` +
    `ms per page: ${ms}; the first includes loading)`,
);
