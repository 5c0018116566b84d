// What `npm pack` would publish: every file the "exports" map names, the CDN files, the
// editor data, and nothing else (no src/, tests/, source maps or test corpora).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}),
);
const files = new Set(packed.files.map((file) => file.path));

test('every exports target and the CDN files are in the package', () => {
  const targets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  for (const target of [...targets, pkg.main, pkg.types, pkg.customElements, pkg['web-types']]) {
    assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is not packed`);
  }
  for (const file of [
    'dist/care-widgets.js',
    'dist/care-widgets.iife.js',
    'dist/care-widgets.css',
    'dist/integrity.json',
    'dist/html-custom-data.json',
  ]) {
    assert.ok(files.has(file), `${file} is not packed`);
  }
});

test('nothing but dist/, the renderer bin, README and package.json is packed; runtime dependencies only for the renderer', () => {
  const stray = [...files].filter(
    (file) =>
      !/^dist\/.*\.(js|d\.ts|css|json)$/.test(file) &&
      !['README.md', 'package.json', 'bin/care-widgets.mjs'].includes(file),
  );
  assert.deepEqual(stray, []);
  // The browser files bundle Lit; only the server renderer (./ssr, the bin) imports these,
  // and it must share one Lit with @lit-labs/ssr.
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), ['@lit-labs/ssr', '@lit/localize', 'lit', 'parse5']);
  assert.equal(pkg.private, undefined);
  console.log(
    `npm pack: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
});
