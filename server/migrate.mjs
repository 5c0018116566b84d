// @ts-check
// Applies server/migrations/NNN-name.sql in order, each once, each in its own transaction. An
// advisory lock lets several server instances start against one PostgreSQL at the same time.
import {readdirSync, readFileSync} from 'node:fs';

const folder = new URL('./migrations/', import.meta.url);
const LOCK = 748_392_011; // any constant: the key of this project's migration lock

/** The migrations shipped with this version, in order. */
export function migrations() {
  return readdirSync(folder)
    .filter((name) => /^\d{3}-[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({version: Number(name.slice(0, 3)), name, sql: readFileSync(new URL(name, folder), 'utf8')}));
}

/**
 * @param {import('./database.mjs').Database} db
 * @returns {Promise<string[]>} the names of the migrations applied now
 */
export async function migrate(db) {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = [];
  for (const {version, name, sql} of migrations()) {
    const done = await db.transaction(async (query) => {
      await query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      if ((await query('SELECT 1 FROM schema_migrations WHERE version = $1', [version])).length) return true;
      // A migration file holds several statements: run them one by one on this transaction.
      for (const statement of splitStatements(sql)) await query(statement);
      await query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
      return false;
    });
    if (!done) applied.push(name);
  }
  return applied;
}

/**
 * Splits a migration on `;` at line ends, except inside a `$$`-quoted function body (whose own
 * statements end in `;` too).
 */
function splitStatements(/** @type {string} */ sql) {
  const statements = [];
  let current = '';
  let inBody = false;
  for (const line of sql.replace(/--.*$/gm, '').split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  return [...statements, current.trim()].filter(Boolean);
}
