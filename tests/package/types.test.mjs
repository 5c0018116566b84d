// The built package type-checks in a partner's React 19 (tsc) and Vue (vue-tsc, strict
// templates) project using every tag, and wrong code is rejected where a partner would want it
// (negative.tsx, Negative.vue: each expected error by file and line). Resolution goes through
// the package's own "exports", exactly as from node_modules. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = (tool) => join(here, '../../node_modules/.bin', tool);

function check(tool, project) {
  const run = spawnSync(bin(tool), ['-p', project], {cwd: join(here, project, '..'), encoding: 'utf8'});
  return {
    status: run.status,
    errors: [...run.stdout.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`),
  };
}

test('a TSX file using every tag, the wrappers and the API type-checks', () => {
  const {status, errors} = check('tsc', 'types/tsconfig.json');
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test('tsc rejects a wrong attribute type, an unknown tag, content as a string and a wrong event detail', () => {
  const {errors} = check('tsc', 'types/tsconfig.negative.json');
  assert.deepEqual(errors, [
    'negative.tsx:4 TS2322',
    'negative.tsx:5 TS2339',
    'negative.tsx:6 TS2322',
    'negative.tsx:7 TS2322',
  ]);
});

test('a Vue SFC using every tag type-checks with strict templates', () => {
  const {status, errors} = check('vue-tsc', 'vue/tsconfig.json');
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test('vue-tsc rejects a wrong attribute type, an unknown tag and a wrong event detail', () => {
  const {errors} = check('vue-tsc', 'vue/tsconfig.negative.json');
  assert.deepEqual(errors, ['Negative.vue:7 TS2322', 'Negative.vue:8 TS2339', 'Negative.vue:9 TS2322']);
});
