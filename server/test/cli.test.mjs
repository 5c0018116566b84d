// @ts-check
// The operator commands, run as an operator runs them: `node server/cli.mjs …` in a child process.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {loadContent} from '../content.mjs';
import {openDatabase} from '../database.mjs';
import {migrate} from '../migrate.mjs';
import {defaults} from '../config.mjs';
import {createVoteWriter, importBaselines} from '../votes.mjs';
import {backend, freshStore, vote} from './helpers.mjs';

const cli = fileURLToPath(new URL('../cli.mjs', import.meta.url));

test(`export, stats, void and count-flagged (${backend})`, {timeout: 120_000}, async () => {
  const store = await freshStore();
  const run = async (/** @type {string[]} */ ...args) => {
    const env = {...process.env, DATABASE_URL: store.databaseUrl ?? ''};
    const {stdout} = await promisify(execFile)(process.execPath, [cli, ...args, '--data-dir', store.dataDir], {env});
    return stdout;
  };
  try {
    const counted = vote({score: 5});
    const flagged = vote({score: 1});
    const other = vote({procedure: 'kyphoplasty', locale: 'th'});
    const db = await openDatabase({url: store.databaseUrl, dataDir: store.dataDir});
    await migrate(db);
    await importBaselines(db, loadContent(defaults.contentDir).procedures);
    const writer = createVoteWriter(db, {votesPerClientPerDay: 1});
    for (const v of [counted, flagged, other])
      await writer.submit({vote: v, origin: 'https://partner.example', clientHash: 'h1'});
    if (backend === 'pglite') {
      // One process per PGlite data dir: a second one is refused, not let in to corrupt it.
      await assert.rejects(run('stats'), /in use by process \d+/);
    }
    await db.close();

    const csv = (await run('export', '--format', 'csv')).trim().split('\n');
    assert.equal(csv[0], 'vote_id,procedure,score,max,locale,origin,received_at,status');
    assert.equal(csv.length, 4);
    const byId = new Map(csv.slice(1).map((line) => [line.split(',')[0], line.split(',')]));
    assert.deepEqual(byId.get(flagged.voteId)?.slice(1, 6), [
      'vertebroplasty',
      '1',
      '5',
      'en',
      'https://partner.example',
    ]);
    assert.equal(byId.get(flagged.voteId)?.[7], 'flagged');
    assert.match(String(byId.get(other.voteId)?.[6]), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
    assert.equal((await run('export', '--format', 'csv', '--since', '2999-01-01')).trim().split('\n').length, 1);

    assert.match(await run('count-flagged', 'vertebroplasty'), /^1 flagged/);
    assert.match(await run('void', counted.voteId), /^voided/);
    const stats = (await run('stats'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const vertebroplasty = stats.find((s) => s.procedure === 'vertebroplasty');
    // The seed's 11 votes, the flagged vote now counted, the voided one gone.
    assert.equal(vertebroplasty.count, 12);
    assert.deepEqual(vertebroplasty.votes, {counted: 1, flagged: 0, void: 1});
    assert.deepEqual(vertebroplasty.distribution, [1, 0, 0, 0, 0]);
    for (const s of stats) assert.equal(s.matchesRecount, true, s.procedure);
  } finally {
    await store.drop();
  }
});
