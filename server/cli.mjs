#!/usr/bin/env node
// @ts-check
// The operator's commands (also `npx care-widgets-server …` and `npm run server -- …`):
//   serve --port 8000 [--host localhost] [--data-dir .data] [--config server.config.json]
//   migrate | stats | void <voteId> | count-flagged <procedure> [--data-dir .data]
//   export --format csv [--since 2026-01-01] [--data-dir .data]
// DATABASE_URL=postgres://… selects PostgreSQL instead of the embedded PGlite in the data dir.
import {parseArgs} from 'node:util';
import {openDatabase} from './database.mjs';
import {migrate} from './migrate.mjs';
import {startServer} from './server.mjs';
import {countFlagged, exportVotes, stats, voidVote} from './votes.mjs';

const usage = `usage: node server/cli.mjs <command> [options]
  serve --port 8000 [--host localhost] [--data-dir .data] [--config server.config.json]
  migrate                          apply new database migrations
  export --format csv [--since DATE]   every stored vote, one CSV row each
  stats                            aggregates, votes by status, and a recount check
  void <voteId>                    remove a vote; its aggregate follows
  count-flagged <procedure>        count a procedure's flagged votes into its aggregate
  (every command takes --data-dir; DATABASE_URL selects PostgreSQL)`;

const {values: options, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    port: {type: 'string', default: '8000'},
    host: {type: 'string', default: 'localhost'},
    'data-dir': {type: 'string', default: '.data'},
    config: {type: 'string'},
    format: {type: 'string', default: 'csv'},
    since: {type: 'string'},
    help: {type: 'boolean', short: 'h'},
  },
});
const [command, argument] = positionals;
const dataDir = /** @type {string} */ (options['data-dir']);
const databaseUrl = process.env.DATABASE_URL || undefined;

/** @param {string} message */
function fail(message) {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

/** Opens the database, migrated, for one command, and closes it afterwards. */
async function withDatabase(/** @type {(db: import('./database.mjs').Database) => Promise<void>} */ work) {
  const db = await openDatabase({url: databaseUrl, dataDir});
  try {
    await migrate(db);
    await work(db);
  } finally {
    await db.close();
  }
}

/** One CSV field (RFC 4180), with a leading = + - @ defused so a spreadsheet shows it as text. */
const csvField = (/** @type {unknown} */ value) => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

async function serve() {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port: expected a port number');
  const {app} = await startServer({port, host: options.host, dataDir, configFile: options.config, databaseUrl});
  let closing = false;
  const shutdown = async (/** @type {string} */ signal) => {
    if (closing) return;
    closing = true;
    app.log.info({signal}, 'shutting down: no new connections, finishing requests, closing the database');
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

const commands = {
  serve,
  migrate: () =>
    withDatabase(async (db) => {
      // withDatabase has migrated already; say what is there.
      const rows = await db.query('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
      for (const r of rows) console.log(`${String(r.version).padStart(3, '0')} ${r.name}`);
    }),
  export: () =>
    withDatabase(async (db) => {
      if (options.format !== 'csv') fail('--format: only csv is supported');
      if (options.since && Number.isNaN(Date.parse(options.since))) fail('--since: expected a date like 2026-01-01');
      const columns = ['vote_id', 'procedure', 'score', 'max', 'locale', 'origin', 'received_at', 'status'];
      process.stdout.write(columns.join(',') + '\n');
      for await (const row of exportVotes(db, {since: options.since})) {
        const line = columns.map((c) => csvField(row[c])).join(',') + '\n';
        if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }),
  stats: () => withDatabase(async (db) => (await stats(db)).forEach((row) => console.log(JSON.stringify(row)))),
  void: () =>
    withDatabase(async (db) => {
      if (!argument) fail('void: which voteId?');
      const result = await voidVote(db, argument);
      console.log(result);
      if (result === 'not-found') process.exitCode = 1;
    }),
  'count-flagged': () =>
    withDatabase(async (db) => {
      if (!argument) fail('count-flagged: which procedure?');
      console.log(`${await countFlagged(db, argument)} flagged votes of ${argument} counted`);
    }),
};

if (options.help || !command) {
  console.log(usage);
} else if (!Object.hasOwn(commands, command)) {
  fail(`unknown command "${command}"`);
} else {
  try {
    await commands[/** @type {keyof typeof commands} */ (command)]();
  } catch (error) {
    console.error(`care-widgets-server ${command}: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
