// @ts-check
// One small interface over both databases the server runs on, so every query is written once in
// PostgreSQL's SQL: PGlite (PostgreSQL compiled to WebAssembly, in-process, files in the data
// dir) by default, a PostgreSQL server when DATABASE_URL is set.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/**
 * @typedef {Record<string, any>} Row
 * @typedef {(text: string, params?: unknown[]) => Promise<Row[]>} Query
 * @typedef {object} Database
 * @property {'pglite' | 'postgres'} kind
 * @property {Query} query one statement, with $1… parameters
 * @property {(text: string) => Promise<void>} exec several statements, no parameters (migrations)
 * @property {<T>(work: (query: Query) => Promise<T>) => Promise<T>} transaction commits when `work` resolves
 * @property {() => Promise<void>} close
 */

/**
 * @param {{url?: string, dataDir?: string}} options `url` (postgres://…) wins over `dataDir`
 * @returns {Promise<Database>}
 */
export async function openDatabase({url, dataDir = '.data'}) {
  return url ? openPostgres(url) : openPglite(join(dataDir, 'pg'));
}

/**
 * PGlite has no server to arbitrate: two processes on one data dir would corrupt it. A lock file
 * with the owner's pid keeps a second one out; a lock left by a killed process is taken over.
 * @param {string} dir
 */
function lockDataDir(dir) {
  const file = `${dir}.lock`;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), {flag: 'wx'});
      return () => rmSync(file, {force: true});
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(file, 'utf8'));
    let alive = owner > 0 && owner !== process.pid;
    try {
      if (alive) process.kill(owner, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`${dir} is in use by process ${owner}: stop it first (or use DATABASE_URL)`);
    rmSync(file, {force: true});
  }
}

/** @param {string} dir @returns {Promise<Database>} */
async function openPglite(dir) {
  mkdirSync(dir, {recursive: true});
  const unlock = lockDataDir(dir);
  const {PGlite} = await import('@electric-sql/pglite');
  let db;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  /** @type {Query} */
  const query = async (text, params) => (await db.query(text, params)).rows;
  return {
    kind: /** @type {const} */ ('pglite'),
    query,
    exec: async (text) => void (await db.exec(text)),
    // PGlite is one connection: its transaction() runs alone, other queries wait for it.
    transaction: (work) => db.transaction((tx) => work(async (text, params) => (await tx.query(text, params)).rows)),
    close: async () => {
      await db.close();
      unlock();
    },
  };
}

/** @param {string} url @returns {Promise<Database>} */
async function openPostgres(url) {
  const {default: postgres} = await import('postgres');
  const sql = postgres(url, {max: 10, onnotice: () => {}});
  /** @param {any} runner */
  const queryWith = (runner) => /** @type {Query} */ (async (text, params) => [...(await runner.unsafe(text, params))]);
  return {
    kind: /** @type {const} */ ('postgres'),
    query: queryWith(sql),
    exec: async (text) => void (await sql.unsafe(text)),
    transaction: (work) => /** @type {any} */ (sql.begin((tx) => work(queryWith(tx)))),
    close: () => sql.end({timeout: 5}),
  };
}
