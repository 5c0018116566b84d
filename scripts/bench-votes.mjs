// Vote throughput with 1,000 and with 100,000 votes already stored: 50 concurrent clients post
// votes to the real server (a child process, as in production) for a fixed number of votes, on
// PGlite and, when DATABASE_URL is set, on PostgreSQL. Prints votes/s and the ratio; the target
// is that throughput does not fall as votes grow (100k/1k ≥ 0.8). The two sizes are measured in
// turns (ROUNDS times, each store reset to its size first) and the medians compared, so a
// machine that gets busier during the run does not show up as a slower database; the server's
// CPU time per vote is printed too, which other load on the machine changes much less, and the
// load client's own, which shares the machine with the server.
//   npm run bench:votes            (VOTES=2000 CLIENTS=50 ROUNDS=3 to change the load)
//   PROFILE_DIR=/tmp/prof npm run bench:votes   a V8 CPU profile of the server per measurement
import {readFileSync} from 'node:fs';
import {Agent} from 'node:http';
import {loadConfig} from '../server/config.mjs';
import {loadContent} from '../server/content.mjs';
import {openDatabase} from '../server/database.mjs';
import {migrate} from '../server/migrate.mjs';
import {importBaselines} from '../server/votes.mjs';
import {freshStore, postVote, serverProcess, vote} from '../server/test/helpers.mjs';

const VOTES = Number(process.env.VOTES ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CLIENTS = Number(process.env.CLIENTS ?? 50);
const SIZES = [1_000, 100_000];
const PROFILE = process.env.PROFILE_DIR; // a folder: the server writes a .cpuprofile per measurement

/**
 * Sets the votes table to `total` rows of yesterday's votes: removes the ones a measurement
 * added, tops up, and recounts the aggregates.
 */
async function fill(store, total) {
  const db = await openDatabase({url: store.databaseUrl, dataDir: store.dataDir});
  await migrate(db);
  await importBaselines(db, loadContent(loadConfig({dataDir: store.dataDir}).contentDir).procedures);
  await db.query(`DELETE FROM votes WHERE received_at > now() - interval '12 hours'`);
  await db.query('DELETE FROM client_day_votes');
  const [{n}] = await db.query('SELECT count(*)::int AS n FROM votes');
  await db.query(
    `INSERT INTO votes (vote_id, procedure, score, max, locale, client_hash, received_at)
     SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN 'vertebroplasty' ELSE 'kyphoplasty' END, 1 + i % 5, 5, 'en',
            md5(i::text), now() - interval '1 day'
     FROM generate_series($1::int + 1, $2::int) AS i`,
    [n, total],
  );
  // Their aggregates, as a recount (five-star votes: the star is the score).
  await db.query(
    `UPDATE aggregates a SET count = a.baseline_count + r.n, points = a.baseline_points + r.points, distribution = r.d
     FROM (SELECT procedure, count(*)::int AS n, sum(score::numeric * 10 / max) AS points,
                  ARRAY[${[1, 2, 3, 4, 5].map((s) => `(count(*) FILTER (WHERE score = ${s}))::int`).join(', ')}] AS d
           FROM votes WHERE status = 'counted' GROUP BY procedure) r
     WHERE a.procedure = r.procedure`,
  );
  const [{stored}] = await db.query('SELECT count(*)::int AS stored FROM votes');
  await db.close();
  return stored;
}

async function measure(store) {
  const server = await serverProcess(store, {nodeArgs: PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : []});
  const {base} = server;
  const {child, exited} = await server.start();
  const agent = new Agent({keepAlive: true, maxSockets: CLIENTS});
  const run = async (count) => {
    let next = 0;
    await Promise.all(
      Array.from({length: CLIENTS}, async (_, c) => {
        while (next++ < count) {
          const res = await postVote(base, vote({score: 1 + (next % 5)}), {client: `10.30.${c}.${next % 200}`, agent});
          if (res.status !== 200) throw new Error(`vote answered ${res.status}: ${res.body}`);
        }
      }),
    );
  };
  await run(Math.min(500, VOTES / 5)); // warm-up: JIT, caches, connections
  const cpuBefore = cpuSeconds(child.pid);
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  await run(VOTES);
  const perSecond = VOTES / ((performance.now() - start) / 1000);
  const cpuPerVote = ((cpuSeconds(child.pid) - cpuBefore) / VOTES) * 1000;
  const client = process.cpuUsage(clientBefore);
  const clientCpuPerVote = (client.user + client.system) / 1000 / VOTES;
  agent.destroy();
  child.kill('SIGTERM');
  await exited;
  return {perSecond, cpuPerVote, clientCpuPerVote};
}

/** CPU time a process has used (user + system, from /proc): shows the server's own cost per vote,
 * which a busy shared machine changes less than the wall-clock rate. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const backends = [['PGlite', undefined]];
if (process.env.DATABASE_URL) backends.push(['PostgreSQL', process.env.DATABASE_URL]);
console.log(`vote throughput, ${CLIENTS} concurrent clients, ${VOTES} votes per measurement, median of ${ROUNDS}`);
for (const [name, url] of backends) {
  const stores = [];
  while (stores.length < SIZES.length) stores.push(await freshStore(url)); // one at a time: PGlite's initdb is not re-entrant
  try {
    const results = SIZES.map(() => ({perSecond: [], cpuPerVote: [], clientCpuPerVote: []}));
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < SIZES.length; i++) {
        await fill(stores[i], SIZES[i]);
        const {perSecond, cpuPerVote, clientCpuPerVote} = await measure(stores[i]);
        results[i].clientCpuPerVote.push(clientCpuPerVote);
        results[i].perSecond.push(perSecond);
        results[i].cpuPerVote.push(cpuPerVote);
      }
    }
    SIZES.forEach((size, i) => {
      console.log(
        `  ${name.padEnd(10)} ${String(size).padStart(7)} stored  ${median(results[i].perSecond).toFixed(0).padStart(6)} votes/s` +
          `  (server CPU ${median(results[i].cpuPerVote).toFixed(2)} ms/vote, load client ${median(results[i].clientCpuPerVote).toFixed(2)})`,
      );
    });
    const ratio = median(results[1].perSecond) / median(results[0].perSecond);
    const cpuRatio = median(results[0].cpuPerVote) / median(results[1].cpuPerVote);
    console.log(`  ${name.padEnd(10)} 100k/1k: ${ratio.toFixed(2)} (votes/s), ${cpuRatio.toFixed(2)} (CPU per vote)`);
  } finally {
    for (const store of stores) await store.drop();
  }
}
