// Importing the package in Node (what any SSR framework's server does) throws nothing and
// registers nothing; ./api and ./react load there too, and the content checks work on a server.
// Each import runs in a fresh `node` process, as `node -e "import('…')"` would.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = (code) => spawnSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8'});

test('import("@care-widgets/widgets") does not throw in Node and registers nothing', () => {
  const run = node(`await import('@care-widgets/widgets'); console.log(typeof customElements);`);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
  assert.equal(run.stdout.trim(), 'undefined');
});

test('./api loads in Node: classes with their properties, and validateContent', () => {
  const run = node(`
    const api = await import('@care-widgets/widgets/api');
    console.log(JSON.stringify({
      vote: 'vote' in api.CareStarRating.prototype,
      valid: 'document' in api.validateContent({version: 1, procedures: []}),
      invalid: api.validateContent({version: 1, procedures: [{id: 'x', name: 'X', source: {title: 'T', url: 'javascript:alert(1)'}}]}).problem,
    }));`);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.equal(result.vote, true);
  assert.equal(result.valid, true);
  assert.match(result.invalid, /procedures\[0\]\.source\.url/);
});

test('./react and every ./<widget>.js load in Node', () => {
  const run = node(`
    const react = await import('@care-widgets/widgets/react');
    for (const w of ['star-rating', 'procedure-comparison', 'risk-list', 'doctor-card', 'related-doctors'])
      await import('@care-widgets/widgets/' + w + '.js');
    console.log(Object.keys(react).join(' '));`);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout.trim(),
    'CareDoctorCard CareProcedureComparison CareRelatedDoctors CareRiskList CareStarRating',
  );
});
