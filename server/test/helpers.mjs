// @ts-check
// Shared by the server tests: a fresh database per test (PGlite, or a new database on the
// PostgreSQL of DATABASE_URL), a server on a random loopback port, and a plain HTTP client.
import {spawn} from 'node:child_process';
import {createHash, randomBytes, randomUUID} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {request as httpRequest} from 'node:http';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {openDatabase} from '../database.mjs';
import {migrate, migrations} from '../migrate.mjs';
import {projectRoot, startServer} from '../server.mjs';

export const databaseUrl = process.env.DATABASE_URL || undefined;
export const backend = databaseUrl ? 'postgres' : 'pglite';

/** @type {Promise<string> | undefined} */
let template;

/**
 * A migrated, empty PGlite data dir to copy: creating one runs initdb, which takes 5–25 s on a
 * busy machine; copying one takes a second. Cached per PGlite version and migrations. Built once
 * per process: two builds in one process shared the folder name `<template>.<pid>`, and the first
 * to finish renamed it away from under the other (PGlite's `ErrnoError { errno: 44 }`, ENOENT).
 * Across processes each builds under its own name and the first rename wins.
 */
function pgliteTemplate() {
  return (template ??= buildPgliteTemplate());
}

async function buildPgliteTemplate() {
  const version = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ).version;
  const hash = createHash('sha256')
    .update(
      migrations()
        .map((m) => m.name + m.sql)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12);
  const dir = join(projectRoot, 'node_modules/.cache/care-widgets-server', `pglite-${version}-${hash}`);
  if (!existsSync(dir)) {
    const building = `${dir}.${process.pid}`;
    const db = await openDatabase({dataDir: building});
    await migrate(db);
    await db.close();
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, {recursive: true, force: true}); // another test process was quicker
    }
  }
  return dir;
}

/**
 * A data dir and, with a PostgreSQL URL (default DATABASE_URL), a database of its own; `drop` removes both.
 * @param {string} [url]
 * @returns {Promise<{dataDir: string, databaseUrl?: string, drop: () => Promise<void>}>}
 */
export async function freshStore(url = databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'care-server-test-'));
  if (!url) {
    cpSync(await pgliteTemplate(), dataDir, {recursive: true});
    return {dataDir, drop: async () => rmSync(dataDir, {recursive: true, force: true})};
  }
  const name = `care_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({url});
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: own.href,
    drop: async () => {
      const db = await openDatabase({url});
      await db.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await db.close();
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}

/** Writes a config file into the data dir; tests believe X-Forwarded-For to play many clients. */
export function writeConfig(/** @type {string} */ dataDir, /** @type {Record<string, unknown>} */ config = {}) {
  const file = join(dataDir, 'server.config.json');
  writeFileSync(
    file,
    JSON.stringify({
      contentDir: join(projectRoot, 'demo/content'),
      trustProxy: '127.0.0.1',
      rateLimit: {perMinute: 100_000},
      render: {perMinute: 100_000, timeoutMs: 3000},
      votesPerClientPerDay: 1000,
      ...config,
    }),
  );
  return file;
}

/**
 * A server in this process on a random port.
 * @param {Record<string, unknown>} [config]
 */
export async function startTestServer(config) {
  const store = await freshStore();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: store.dataDir,
    databaseUrl: store.databaseUrl,
    configFile: writeConfig(store.dataDir, config),
    logger: false,
  });
  return {
    ...server,
    store,
    async stop() {
      await server.app.close();
      await store.drop();
    },
  };
}

/** A TCP port free on the loopback interface right now. */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

/**
 * The server as production runs it: its own process, `server/cli.mjs serve`, on a fixed free port
 * of the loopback interface and the store's database. `start()` spawns it and resolves once
 * /healthz answers; it may be called again after the process ended (the fault test restarts it).
 * @param {{dataDir: string, databaseUrl?: string}} store
 * @param {{config?: Record<string, unknown>, nodeArgs?: string[]}} [options] `nodeArgs` e.g. ['--cpu-prof']
 */
export async function serverProcess(store, {config, nodeArgs = []} = {}) {
  const port = /** @type {number} */ (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const args = [
    ...nodeArgs,
    join(projectRoot, 'server/cli.mjs'),
    'serve',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data-dir',
    store.dataDir,
    '--config',
    writeConfig(store.dataDir, config),
  ];
  // DATABASE_URL is the store's (empty for PGlite, whatever this process was given).
  const env = {...process.env, LOG_LEVEL: 'warn', DATABASE_URL: store.databaseUrl ?? ''};
  return {
    base,
    async start() {
      const child = spawn(process.execPath, args, {env, stdio: ['ignore', 'inherit', 'inherit'], cwd: projectRoot});
      /** @type {Promise<number | string | null>} */
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
      for (;;) {
        const up = await request(`${base}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (up) return {child, exited};
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
        await sleep(100);
      }
    },
  };
}

/**
 * A plain HTTP request (node:http: nothing added or refused, Origin included).
 * @param {string} url
 * @param {{method?: string, headers?: Record<string, string>, body?: string | Buffer, agent?: import('node:http').Agent}} [options]
 * @returns {Promise<{status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer, json: () => any}>}
 */
export function request(url, {method = 'GET', headers = {}, body, agent} = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {method, headers, agent}, (res) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const data = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: data,
          json: () => JSON.parse(data.toString()),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a vote as JSON; `client` is the address the server sees (via X-Forwarded-For). */
export function postVote(
  /** @type {string} */ base,
  /** @type {Record<string, unknown>} */ vote,
  {
    client = '10.0.0.1',
    origin,
    agent,
  } = /** @type {{client?: string, origin?: string, agent?: import('node:http').Agent}} */ ({}),
) {
  /** @type {Record<string, string>} */
  const headers = {'content-type': 'application/json', 'x-forwarded-for': client};
  if (origin) headers.origin = origin;
  return request(`${base}/api/votes`, {method: 'POST', headers, body: JSON.stringify(vote), agent});
}

export const vote = (/** @type {Record<string, unknown>} */ fields = {}) => ({
  procedure: 'vertebroplasty',
  score: 4,
  max: 5,
  voteId: randomUUID(),
  locale: 'en',
  ...fields,
});

/** Rows in the votes table (for "nothing stored"). */
export async function storedVotes(/** @type {import('../database.mjs').Database} */ db) {
  return (await db.query('SELECT count(*)::int AS n FROM votes'))[0].n;
}
