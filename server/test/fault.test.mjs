// @ts-check
// The fault test: 5,000 vote requests from 50 concurrent clients, 10 % of them deliberate
// repeats, and the server SIGKILLed half-way and started again. Clients retry like the widget's
// outbox (same voteId until a 2xx). Afterwards every acknowledged vote is stored exactly once
// and the aggregate equals a recount.
import assert from 'node:assert/strict';
import {Agent} from 'node:http';
import {test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {openDatabase} from '../database.mjs';
import {stats} from '../votes.mjs';
import {backend, freshStore, postVote, serverProcess, vote} from './helpers.mjs';

const CLIENTS = 50;
const REQUESTS = 5000;

test(
  `a SIGKILL mid-way loses no acknowledged vote and counts none twice (${backend})`,
  {timeout: 240_000},
  async () => {
    const store = await freshStore();
    const {base, start} = await serverProcess(store);
    let server = await start();
    const agent = new Agent({keepAlive: true, maxSockets: CLIENTS});
    const acknowledged = new Set();
    let failures = 0;
    let killedAt = -1;

    /** Sends until a 2xx, like the outbox: network errors and 5xx are retried with the same voteId. */
    async function deliver(/** @type {ReturnType<typeof vote>} */ v, /** @type {string} */ client) {
      for (;;) {
        const res = await postVote(base, v, {client, agent}).catch(() => undefined);
        if (res?.status === 200) return acknowledged.add(v.voteId);
        if (res && res.status < 500) throw new Error(`${res.status} ${res.body}`);
        failures++;
        await sleep(50 + Math.random() * 100);
      }
    }

    const perClient = REQUESTS / CLIENTS;
    const workers = Array.from({length: CLIENTS}, async (_, c) => {
      const client = `10.20.${c}.1`;
      /** @type {ReturnType<typeof vote>[]} */
      const sent = [];
      for (let i = 0; i < perClient; i++) {
        // Every tenth request repeats one of this client's earlier votes, unchanged.
        const v =
          i % 10 === 9 ? sent[Math.floor(Math.random() * sent.length)] : vote({score: 1 + ((c + i) % 5), max: 5});
        if (i % 10 !== 9) sent.push(v);
        await deliver(v, client);
        if (acknowledged.size >= REQUESTS * 0.4 && killedAt < 0) {
          killedAt = acknowledged.size;
          server.child.kill('SIGKILL');
          await server.exited;
          server = await start();
        }
      }
      return sent;
    });
    const sent = (await Promise.all(workers)).flat();
    agent.destroy();

    server.child.kill('SIGTERM'); // graceful: finishes, closes the database
    assert.equal(await server.exited, 0);
    assert.ok(killedAt > 0 && killedAt < sent.length, `killed mid-way (at ${killedAt} of ${sent.length})`);
    assert.ok(failures > 0, 'some requests failed while the server was down');
    assert.equal(sent.length, REQUESTS * 0.9);
    assert.equal(acknowledged.size, sent.length);

    const db = await openDatabase({url: store.databaseUrl, dataDir: store.dataDir});
    try {
      const rows = await db.query('SELECT vote_id::text AS id FROM votes');
      const stored = rows.map((r) => r.id);
      assert.equal(new Set(stored).size, stored.length, 'no vote stored twice');
      assert.deepEqual(new Set(stored), acknowledged, 'every acknowledged vote stored, nothing else');
      const [vertebroplasty] = (await stats(db)).filter((s) => s.procedure === 'vertebroplasty');
      assert.equal(vertebroplasty.matchesRecount, true, 'aggregate equals a recount from the votes table');
      assert.equal(vertebroplasty.count, 11 + sent.length);
      assert.equal(vertebroplasty.votes.flagged, 0);
    } finally {
      await db.close();
      await store.drop();
    }
  },
);
