// @ts-check
// What the server refuses: bad bodies (400 JSON, nothing stored), other origins (403, no CORS),
// floods (429 with Retry-After for that client only).
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {backend, postVote, request, startTestServer, storedVotes, vote} from './helpers.mjs';

const partner = 'https://partner.example';

describe(`guards (${backend})`, () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({allowedOrigins: [partner], rateLimit: {perMinute: 10}});
  });
  after(() => server?.stop());

  /** @param {string | Buffer} body @param {Record<string, string>} [headers] @param {string} [client] */
  const postRaw = (body, headers = {'content-type': 'application/json'}, client) =>
    request(`${server.url}/api/votes`, {
      method: 'POST',
      headers: {'x-forwarded-for': client ?? nextClient(), ...headers},
      body,
    });
  // Each bad request from its own client, so the rate limit is not what answers.
  let clients = 0;
  const nextClient = () => `10.9.${Math.floor(++clients / 250)}.${clients % 250}`;

  const cases = /** @type {[string, string | Buffer, RegExp][]} */ ([
    ['a body over 4 KB', JSON.stringify({...vote(), padding: 'x'.repeat(4100)}), /4 KB/],
    ['malformed JSON', '{"procedure": "vertebroplasty", ', /JSON/i],
    ['an empty body', '', /body/i],
    ['a list instead of an object', JSON.stringify([vote()]), /body/],
    ['score as a string', JSON.stringify(vote({score: '4'})), /^score/],
    ['a fractional score', JSON.stringify(vote({score: 3.5})), /^score/],
    ['score above max', JSON.stringify(vote({score: 6, max: 5})), /^score/],
    ['max above 10', JSON.stringify(vote({score: 3, max: 11})), /^max/],
    ['a missing locale', JSON.stringify({...vote(), locale: undefined}), /locale/],
    ['a voteId that is no UUID', JSON.stringify(vote({voteId: '__proto__'})), /^voteId/],
    ['an unknown procedure', JSON.stringify(vote({procedure: 'appendectomy'})), /^procedure/],
    ['a procedure that is no id', JSON.stringify(vote({procedure: '../etc'})), /^procedure/],
    ['a locale that is no language tag', JSON.stringify(vote({locale: '<script>'})), /^locale/],
  ]);
  for (const [name, body, message] of cases) {
    test(`${name}: 400 with a JSON error, nothing stored`, async () => {
      const before = await storedVotes(server.db);
      const res = await postRaw(body);
      assert.equal(res.status, 400, res.body.toString());
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.match(res.json().error, message);
      assert.equal(await storedVotes(server.db), before);
    });
  }

  test('a body that is not JSON: 415, nothing stored', async () => {
    const before = await storedVotes(server.db);
    const res = await postRaw('procedure=vertebroplasty&score=4', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    assert.equal(res.status, 415);
    assert.ok(res.json().error);
    assert.equal(await storedVotes(server.db), before);
  });

  test('an allow-listed partner origin may vote and gets CORS headers', async () => {
    const preflight = await request(`${server.url}/api/votes`, {
      method: 'OPTIONS',
      headers: {
        origin: partner,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], partner);
    assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
    const res = await postVote(server.url, vote(), {origin: partner, client: '10.4.0.1'});
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], partner);
    const [row] = await server.db.query('SELECT origin FROM votes ORDER BY received_at DESC LIMIT 1');
    assert.equal(row.origin, partner);
  });

  test('the server’s own origin may vote (the demo pages)', async () => {
    const res = await postVote(server.url, vote(), {origin: server.url, client: '10.4.0.2'});
    assert.equal(res.status, 200);
  });

  test('any other origin: 403, no CORS headers, nothing stored', async () => {
    const before = await storedVotes(server.db);
    for (const origin of [
      'https://evil.example',
      'https://partner.example.evil.example',
      'null',
      'http://partner.example',
    ]) {
      const res = await postVote(server.url, vote(), {origin, client: '10.4.0.3'});
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers['access-control-allow-origin'], undefined, origin);
      const preflight = await request(`${server.url}/api/votes`, {
        method: 'OPTIONS',
        headers: {origin, 'access-control-request-method': 'POST'},
      });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined, origin);
    }
    assert.equal(await storedVotes(server.db), before);
  });

  test('a flood from one client gets 429 with Retry-After; other clients are unaffected', async () => {
    const flood = await Promise.all(Array.from({length: 25}, () => postVote(server.url, vote(), {client: '10.5.0.1'})));
    const statuses = flood.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 10, statuses.join(' '));
    const limited = flood.filter((r) => r.status === 429);
    assert.equal(limited.length, 15);
    for (const res of limited) {
      assert.ok(Number(res.headers['retry-after']) > 0, 'Retry-After in seconds');
      assert.ok(res.json().error);
    }
    for (let i = 0; i < 5; i++) {
      assert.equal((await postVote(server.url, vote(), {client: `10.6.0.${i}`})).status, 200, `client ${i}`);
    }
    assert.equal((await request(`${server.url}/api/votes/vertebroplasty`)).status, 200, 'reads are not limited');
  });
});
