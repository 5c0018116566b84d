// Runs after rollup (see "build" in package.json):
//  1. ships the layout-reservation stylesheet as dist/care-widgets.css, because partners must
//     load it in <head> before first paint (a CSS file, not something the script injects later);
//  2. writes dist/integrity.json with the SRI hash of every shipped .js/.css file, so partners
//     can copy `integrity="sha384-…"` for the exact build they embed.
// CARE_DIST / CARE_RESERVE_CSS override the paths (used to test this script on a fake dist).
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.CARE_DIST ?? join(root, 'dist'));
const reserveCss = resolve(process.env.CARE_RESERVE_CSS ?? join(root, 'src/styles/reserve.css'));

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// Rollup should have produced both entry files; catching it here gives a clearer error than
// a size check or a browser test failing later.
for (const entry of ['care-widgets.js', 'care-widgets.iife.js']) {
  if (!existsSync(join(dist, entry))) fail(`${join(dist, entry)} is missing; did rollup run?`);
}
if (!existsSync(reserveCss)) {
  fail(
    `${reserveCss} is missing; it becomes dist/care-widgets.css (the :not(:defined) ` +
      'boxes that keep the page from shifting while the widgets load).',
  );
}
copyFileSync(reserveCss, join(dist, 'care-widgets.css'));

// Every .js and .css file a page embeds from the CDN, recursively; source maps are not
// embedded by partners, and npm/ holds the package's modules, which bundlers consume.
const shipped = readdirSync(dist, {recursive: true})
  .map(String)
  .map((file) => file.split(sep).join('/')) // keys are URL paths, also on Windows
  .filter((file) => /\.(js|css)$/.test(file) && !file.startsWith('npm/'))
  .sort();

const integrity = {};
for (const file of shipped) {
  // SRI wants the base64 (not hex) digest of the exact bytes served.
  integrity[file] =
    'sha384-' +
    createHash('sha384')
      .update(readFileSync(join(dist, file)))
      .digest('base64');
}
writeFileSync(join(dist, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

// 3. writes dist/csp.json: the style-src sources that pre-rendered pages need (see README).
const server = join(dist, 'ssr/index.js');
if (existsSync(server)) {
  const {styleSources} = await import(pathToFileURL(server).href);
  writeFileSync(join(dist, 'csp.json'), JSON.stringify(await styleSources(), null, 2) + '\n');
}

const shown = relative(root, dist).startsWith(`..`) ? dist : relative(root, dist);
console.log(`post-build: ${shown}/care-widgets.css + integrity.json (${shipped.length} files hashed) + csp.json`);
