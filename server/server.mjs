// @ts-check
// Starting and stopping the service: content first (an invalid document stops the start before
// anything else), then the database and its migrations, then HTTP.
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildApp} from './app.mjs';
import {loadConfig} from './config.mjs';
import {loadContent} from './content.mjs';
import {openDatabase} from './database.mjs';
import {migrate} from './migrate.mjs';
import {createVoteWriter, forgetOldDays, importBaselines} from './votes.mjs';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{port?: number, host?: string, dataDir?: string, configFile?: string, databaseUrl?: string,
 *   logger?: boolean | object, root?: string}} options
 */
export async function startServer({
  port = 8000,
  host = 'localhost',
  dataDir = '.data',
  configFile,
  databaseUrl,
  logger = true,
  root = projectRoot,
}) {
  const config = loadConfig({configFile, dataDir});
  const content = loadContent(config.contentDir);
  const db = await openDatabase({url: databaseUrl, dataDir});
  let app;
  try {
    await migrate(db);
    await importBaselines(db, content.procedures);
    await forgetOldDays(db);
    const writer = createVoteWriter(db, config);
    app = await buildApp({db, writer, content, config, root, logger});
    const cleanup = setInterval(() => forgetOldDays(db).catch((e) => app?.log.error(e)), 3_600_000);
    cleanup.unref();
    // Runs after the server stopped accepting and in-flight requests finished.
    app.addHook('onClose', async () => {
      clearInterval(cleanup);
      await writer.drain();
      await db.close();
    });
    const url = await app.listen({port, host});
    return {app, db, url, config};
  } catch (error) {
    await app?.close().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}
