#!/usr/bin/env node
// care-widgets render in.html [--base URL] [--out out.html] [--nonce VALUE] [--allow-origin ORIGIN]…
// care-widgets csp [--nonce VALUE]
// Pre-renders the care-* widgets of a page to declarative shadow DOM, and
// prints the style-src sources such pages need under a strict CSP.
import {readFile, writeFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

const usage = `Usage:
  care-widgets render in.html [--base URL] [--out out.html] [--nonce VALUE] [--allow-origin ORIGIN]...
      Writes the page with every care-* widget pre-rendered (stdout without --out).
      --base          the page's URL: relative src="…" documents are fetched against it
      --allow-origin  only fetch src documents from these origins (repeatable)
      --nonce         put nonce="VALUE" on each pre-rendered <style>
      --timeout-ms    per src document (default 10000)
  care-widgets csp [--nonce VALUE]
      Prints the style-src sources pre-rendered pages need under a strict Content-Security-Policy.`;

function fail(message) {
  console.error(`care-widgets: ${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      base: {type: 'string'},
      out: {type: 'string'},
      nonce: {type: 'string'},
      'allow-origin': {type: 'string', multiple: true},
      'timeout-ms': {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
} catch (error) {
  fail(error.message);
}
const {values, positionals} = parsed;
const [command, input, ...extra] = positionals;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.nonce !== undefined && !/^[A-Za-z0-9+/_=-]+$/.test(values.nonce))
  fail('--nonce: expected base64 characters');

const {renderPage, styleSources} = await import('../dist/ssr/index.js').catch(() =>
  fail('dist/ssr/index.js is missing: run npm run build first'),
);

if (command === 'render') {
  if (!input || extra.length) fail('render takes one input file');
  let base;
  try {
    base = values.base ? new URL(values.base).href : pathToFileURL(input).href;
  } catch {
    fail(`--base: not a URL: ${values.base}`);
  }
  const allowOrigins = values['allow-origin']?.map((origin) => new URL(origin).origin);
  const timeoutMs = values['timeout-ms'] ? Number(values['timeout-ms']) : undefined;
  const started = performance.now();
  const html = await renderPage(await readFile(input, 'utf8'), {base, allowOrigins, timeoutMs, nonce: values.nonce});
  if (values.out) await writeFile(values.out, html);
  else process.stdout.write(html);
  console.error(`care-widgets: rendered ${input} in ${(performance.now() - started).toFixed(0)} ms`);
} else if (command === 'csp') {
  if (input) fail('csp takes no file');
  const {styleSrc} = await styleSources();
  const sources = values.nonce ? [`'nonce-${values.nonce}'`] : styleSrc;
  console.log(`style-src 'self' ${sources.join(' ')}`);
} else {
  fail(command ? `unknown command "${command}"` : 'no command');
}
