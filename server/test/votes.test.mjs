// @ts-check
// The vote contract on a real database: aggregates, repeats, the daily allowance, moderation.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {countFlagged, stats, voidVote} from '../votes.mjs';
import {backend, postVote, request, startTestServer, vote} from './helpers.mjs';

describe(`votes (${backend})`, () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({votesPerClientPerDay: 1});
  });
  after(() => server?.stop());

  test('/healthz answers once the database is open and migrated', async () => {
    const res = await request(`${server.url}/healthz`);
    assert.equal(res.status, 200);
    assert.equal(res.json().database, backend);
  });

  test("the seed's 7.82 of 10 from 11 votes is the starting aggregate, not 11 votes", async () => {
    const res = await request(`${server.url}/api/votes/kyphoplasty`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), {
      procedure: 'kyphoplasty',
      value: 7.82,
      count: 11,
      max: 10,
      distribution: [0, 0, 0, 0, 0],
    });
    assert.match(String(res.headers['cache-control']), /public, max-age=\d+/);
    const rows = await server.db.query(`SELECT count(*)::int AS n FROM votes WHERE procedure = 'kyphoplasty'`);
    assert.equal(rows[0].n, 0);
  });

  test('a vote moves the aggregate and its star; a repeated voteId is acknowledged and counted once', async () => {
    const first = vote({procedure: 'vertebroplasty', score: 5, max: 5});
    const res = await postVote(server.url, first, {client: '10.1.0.1'});
    assert.equal(res.status, 200);
    // (7.82 × 11 + 10) / 12 = 8.0017
    assert.deepEqual(res.json(), {
      procedure: 'vertebroplasty',
      value: 8,
      count: 12,
      max: 10,
      distribution: [0, 0, 0, 0, 1],
    });
    const again = await postVote(server.url, first, {client: '10.1.0.1'});
    assert.equal(again.status, 200);
    assert.equal(again.json().count, 12);
    const rows = await server.db.query('SELECT score, max, locale, client_hash, status FROM votes WHERE vote_id = $1', [
      first.voteId,
    ]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].status, 'counted');
    assert.doesNotMatch(rows[0].client_hash, /10\.1\.0\.1/, 'the address is never stored');
    // A ten-star vote of 7 counts for 4 stars of the five-star distribution.
    const tenStar = await postVote(server.url, vote({score: 7, max: 10}), {client: '10.1.0.2'});
    assert.deepEqual(tenStar.json().distribution, [0, 0, 0, 1, 1]);
  });

  test('a voteId used for another procedure is refused and changes nothing', async () => {
    const v = vote({procedure: 'kyphoplasty'});
    assert.equal((await postVote(server.url, v, {client: '10.2.0.1'})).status, 200);
    const res = await postVote(server.url, {...v, procedure: 'vertebroplasty'}, {client: '10.2.0.1'});
    assert.equal(res.status, 409);
    assert.match(res.json().error, /voteId/);
  });

  test('votes beyond the daily allowance are stored flagged, left out, and counted by a moderator', async () => {
    const before = (await request(`${server.url}/api/votes/vertebroplasty`)).json();
    const counted = vote({score: 1});
    const extra = vote({score: 1});
    assert.equal((await postVote(server.url, counted, {client: '10.3.0.1'})).json().count, before.count + 1);
    const res = await postVote(server.url, extra, {client: '10.3.0.1'});
    assert.equal(res.status, 200, 'the widget must not retry or drop it: the vote is in');
    assert.equal(res.json().count, before.count + 1, 'flagged, not counted');
    const [row] = await server.db.query('SELECT status FROM votes WHERE vote_id = $1', [extra.voteId]);
    assert.equal(row.status, 'flagged');
    // Another procedure is another allowance.
    assert.equal((await postVote(server.url, vote({procedure: 'kyphoplasty'}), {client: '10.3.0.1'})).status, 200);

    assert.equal(await countFlagged(server.db, 'vertebroplasty'), 1);
    const now = (await request(`${server.url}/api/votes/vertebroplasty`)).json();
    assert.equal(now.count, before.count + 2);
    assert.equal(now.distribution[0], before.distribution[0] + 2);

    assert.equal(await voidVote(server.db, counted.voteId), 'voided');
    assert.equal(await voidVote(server.db, counted.voteId), 'already-void');
    const voided = (await request(`${server.url}/api/votes/vertebroplasty`)).json();
    assert.equal(voided.count, before.count + 1);
    // A retry of the voided vote is acknowledged and not counted again.
    assert.equal((await postVote(server.url, counted, {client: '10.3.0.1'})).json().count, before.count + 1);
    for (const row of await stats(server.db)) assert.equal(row.matchesRecount, true, row.procedure);
  });
});
