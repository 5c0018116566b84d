// Size budgets, measured as a browser downloads them: minified output, gzip level 9.
// The entry is what every page loads. Chunks under chunks/ load only when a page needs them
// (the built-in catalogue when no own content is given, the vote outbox when votes are sent),
// and each locale only in that language, so each has its own budget. The last line adds up
// the most any one page can load: entry, every chunk and one locale.
// CARE_DIST overrides the dist folder (used to test this script on a fake dist).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.CARE_DIST ?? join(root, 'dist'));
const KB = 1024;

if (!existsSync(dist)) {
  console.error(`size: ${dist} does not exist; run npm run build first`);
  process.exit(1);
}

// .js files directly in a dist subfolder ([] when the folder does not exist, e.g. no chunks).
const jsIn = (folder) =>
  existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder))
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => `${folder}/${f}`)
    : [];

// The locales we translate, so a locale chunk that silently went missing fails too.
const {targetLocales} = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const localeFiles = [...new Set([...targetLocales.map((l) => `locales/${l}.js`), ...jsIn('locales')])];

const largestLocale = localeFiles
  .filter((f) => existsSync(join(dist, f)))
  .sort((a, b) => gzipSync(readFileSync(join(dist, b))).length - gzipSync(readFileSync(join(dist, a))).length)[0];

const budgets = [
  {label: 'care-widgets.js', files: ['care-widgets.js'], max: 20 * KB},
  ...jsIn('chunks').map((file) => ({label: `${file} (on demand)`, files: [file], max: 3 * KB})),
  ...localeFiles.map((file) => ({label: file, files: [file], max: 6 * KB})),
  // Every locale inlined: twelve languages since 0.2.0 (issue 14 allows up to 60 KB).
  {label: 'care-widgets.iife.js', files: ['care-widgets.iife.js'], max: 60 * KB},
  {label: 'care-widgets.css', files: ['care-widgets.css'], max: 1 * KB},
  {
    label: 'most one page loads',
    files: ['care-widgets.js', ...jsIn('chunks'), largestLocale].filter(Boolean),
    // 30 KB before 0.2.0; the decision-aid chunk (risk numbers, provenance) and the vote
    // distribution added about 1 KB to a page that uses everything.
    max: 32 * KB,
  },
];

const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const width = Math.max(...budgets.map((b) => b.label.length)) + 2;
let failed = false;

for (const {label, files, max} of budgets) {
  const missing = files.filter((f) => !existsSync(join(dist, f)));
  let status,
    size = '-';
  if (missing.length) {
    status = `MISSING ${missing.join(', ')}`;
  } else {
    // Each file is its own HTTP response, so each is gzipped on its own and the sizes added.
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), {level: 9}).length, 0);
    size = fmt(bytes);
    status = bytes <= max ? 'ok' : `OVER by ${fmt(bytes - max)}`;
  }
  if (status !== 'ok') failed = true;
  console.log(`${label.padEnd(width)}${size.padStart(9)} / ${fmt(max).padStart(8)}  ${status}`);
}

if (failed) {
  console.error('size: over budget or missing files (sizes are min + gzip -9)');
  process.exit(1);
}
