// The built package type-checks in a partner's React 19 (tsc), Vue (vue-tsc, strict templates)
// and Svelte 5 (svelte-check) project using every tag, and wrong code is rejected where a partner
// would want it (negative.tsx, Negative.vue, Negative.svelte: each expected error by file and line). Resolution goes through
// the package's own "exports", exactly as from node_modules. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = (tool) => join(here, '../../node_modules/.bin', tool);

/** Runs the checker on one project; all four start at once (each takes tens of seconds). */
const check = (tool, project) =>
  new Promise((resolve) =>
    execFile(bin(tool), ['-p', join(here, project)], {cwd: join(here, project, '..')}, (error, stdout) =>
      resolve({
        status: error ? error.code : 0,
        errors: [...stdout.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`),
      }),
    ),
  );
/** svelte-check on one folder: `ERROR "File.svelte" line:column "message"` lines. */
const checkSvelte = (folder) =>
  new Promise((resolve) =>
    execFile(
      bin('svelte-check'),
      ['--workspace', join(here, folder), '--tsconfig', join(here, folder, 'tsconfig.json'), '--output', 'machine'],
      {cwd: join(here, folder)},
      (error, stdout) =>
        resolve({
          status: error ? error.code : 0,
          errors: [...stdout.matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map((m) => `${m[1]}:${m[2]}`),
        }),
    ),
  );
const runs = {
  tsx: check('tsc', 'types/tsconfig.json'),
  tsxNegative: check('tsc', 'types/tsconfig.negative.json'),
  vue: check('vue-tsc', 'vue/tsconfig.json'),
  vueNegative: check('vue-tsc', 'vue/tsconfig.negative.json'),
  svelte: checkSvelte('svelte/ok'),
  svelteNegative: checkSvelte('svelte/negative'),
};

test('a TSX file using every tag, the wrappers and the API type-checks', async () => {
  const {status, errors} = await runs.tsx;
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test('tsc rejects a wrong attribute type, an unknown tag, content as a string and a wrong event detail', async () => {
  const {errors} = await runs.tsxNegative;
  assert.deepEqual(errors, [
    'negative.tsx:4 TS2322',
    'negative.tsx:5 TS2339',
    'negative.tsx:6 TS2322',
    'negative.tsx:7 TS2322',
  ]);
});

test('a Vue SFC using every tag type-checks with strict templates', async () => {
  const {status, errors} = await runs.vue;
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test('vue-tsc rejects a wrong attribute type, an unknown tag and a wrong event detail', async () => {
  const {errors} = await runs.vueNegative;
  assert.deepEqual(errors, ['Negative.vue:7 TS2322', 'Negative.vue:8 TS2339', 'Negative.vue:9 TS2322']);
});

test('a Svelte 5 component using every tag passes svelte-check', async () => {
  const {status, errors} = await runs.svelte;
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test('svelte-check rejects a wrong attribute type and a wrong event detail', async () => {
  const {errors} = await runs.svelteNegative;
  assert.deepEqual(errors, ['Negative.svelte:6', 'Negative.svelte:7']);
});
