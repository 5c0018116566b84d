// npm run check:content on real files: exit codes and each decision-aid warning.
//   node --test tests/scripts/ (npm run test:scripts)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
let files = 0;

/** Runs the CLI on `docs` (objects are written to files, strings passed as they are). */
function check(...docs) {
  const args = docs.map((doc) => {
    if (typeof doc === 'string' && !doc.startsWith('{')) return doc;
    const file = join(dir, `doc-${files++}.json`);
    writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
    return file;
  });
  return new Promise((resolve) => {
    execFile('node', ['scripts/check-content.mjs', ...args], (error, stdout) =>
      resolve({code: error ? error.code : 0, stdout, warnings: stdout.match(/^ {2}warning .*$/gm) ?? []}),
    );
  });
}

const source = {title: 'Illustrative source', url: 'https://example.org/source'};
const frequency = (extra = {}) => ({
  rate: 0.03,
  per: '100',
  timeFrame: 'in the first year',
  population: 'people treated for osteoporotic fractures',
  range: {low: 0.01, high: 0.05},
  source,
  ...extra,
});

/** A document with no gaps: two procedures, one risk with a number for each. */
function good() {
  return JSON.parse(
    JSON.stringify({
      lastReviewed: '2026-11-01',
      nextReview: '2999-01-01',
      procedures: [
        {id: 'a', name: 'A', facts: {x: {text: 'yes', source}}, risks: ['r']},
        {id: 'b', name: 'B', source, facts: {x: {text: 'no'}}, risks: ['r']},
      ],
      risks: [{id: 'r', kind: 'specific', name: 'Risk R', frequencies: {a: frequency(), b: frequency({rate: 0.02})}}],
    }),
  );
}

test('a document without gaps: exit 0, no warnings', async () => {
  const result = await check(good());
  assert.equal(result.code, 0, result.stdout);
  assert.deepEqual(result.warnings, []);
  assert.match(result.stdout, /valid, 0 warnings/);
});

test('the built-in catalogue and the sample document pass without errors', async () => {
  const result = await check('--built-in', 'demo/content/sample.json');
  assert.equal(result.code, 0, result.stdout);
  assert.match(result.stdout, /built-in catalogue: valid/);
  assert.match(result.stdout, /sample\.json: valid, 0 warnings/);
});

test('an invalid document: exit 1 with the JSON path of the first problem', async () => {
  const doc = good();
  doc.risks[0].frequencies.a.source.url = 'javascript:alert(1)';
  const result = await check(doc);
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    /error {4}risks\[0\]\.frequencies\.a\.source\.url: expected an http\(s\) or relative URL/,
  );
});

test('a frequency without a source is an error, not only a warning (a number is never shown unsourced)', async () => {
  const doc = good();
  delete doc.risks[0].frequencies.b.source;
  const result = await check(doc);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /risks\[0\]\.frequencies\.b\.source: missing/);
});

test('a range that does not hold its rate is an error', async () => {
  const doc = good();
  doc.risks[0].frequencies.a.range = {low: 0.04, high: 0.06};
  const result = await check(doc);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /risks\[0\]\.frequencies\.a\.range: expected low ≤ rate ≤ high/);
});

test('broken JSON and a missing file are errors; other files are still checked', async () => {
  const result = await check('{"procedures": [', join(dir, 'nope.json'), good());
  assert.equal(result.code, 1);
  assert.match(result.stdout, /not valid JSON/);
  assert.match(result.stdout, /no such file/);
  assert.match(result.stdout, /valid, 0 warnings/);
});

/** Each gap: how to make it from the good document, and the warning's path. */
const cases = [
  [
    'a frequency without a time frame',
    (d) => delete d.risks[0].frequencies.a.timeFrame,
    'risks[0].frequencies.a.timeFrame',
  ],
  [
    'a frequency without its population',
    (d) => delete d.risks[0].frequencies.a.population,
    'risks[0].frequencies.a.population',
  ],
  ['a frequency without a range', (d) => delete d.risks[0].frequencies.b.range, 'risks[0].frequencies.b.range'],
  [
    'options with different denominators for one risk',
    (d) => (d.risks[0].frequencies.b.per = '1000'),
    'risks[0].frequencies.b.per',
  ],
  [
    'options with different time frames for one risk',
    (d) => (d.risks[0].frequencies.b.timeFrame = 'in the first five years'),
    'risks[0].frequencies.b.timeFrame',
  ],
  ['one option with a number and one without', (d) => delete d.risks[0].frequencies.b, 'risks[0].frequencies.b'],
  [
    'different denominators for different risks in one document',
    (d) => {
      d.procedures[0].risks.push('s');
      d.risks.push({id: 's', kind: 'general', name: 'Risk S', frequency: frequency({per: '1000'})});
    },
    'risks[0].frequencies.a.per',
  ],
  [
    'a number for a procedure that does not exist',
    (d) => (d.risks[0].frequencies.c = frequency()),
    'risks[0].frequencies.c',
  ],
  [
    'a fact without a source, not from the hospital page',
    (d) => delete d.procedures[0].facts.x.source,
    'procedures[0].facts.x.source',
  ],
  ['no lastReviewed', (d) => delete d.lastReviewed, 'lastReviewed'],
  ['a next review date in the past', (d) => (d.nextReview = '2020-01-01'), 'nextReview'],
];

for (const [name, change, path] of cases) {
  test(`warning: ${name} (${path}), exit 0`, async () => {
    const doc = good();
    change(doc);
    const result = await check(doc);
    assert.equal(result.code, 0, result.stdout);
    assert.equal(result.warnings.length, 1, result.stdout);
    assert.ok(result.warnings[0].startsWith(`  warning  ${path}: `), result.warnings[0]);
  });
}
