// The real care-widgets server (server/, on a fresh PGlite or DATABASE_URL database) behind the
// test runner's own origin: /api/* is forwarded to it unchanged, so widget tests vote through the
// same routes, validation, database and aggregates a partner page does.
import {request} from 'node:http';
import {startServer} from '../../server/server.mjs';
import {freshStore, writeConfig} from '../../server/test/helpers.mjs';

let server;
let store;

/** Starts the server with the test runner and stops it afterwards. */
export function realServerPlugin() {
  return {
    name: 'care-real-server',
    async serverStart() {
      store = await freshStore();
      server = await startServer({
        port: 0,
        host: '127.0.0.1',
        dataDir: store.dataDir,
        databaseUrl: store.databaseUrl,
        configFile: writeConfig(store.dataDir),
        logger: false,
      });
    },
    async serverStop() {
      await server?.app.close();
      await store?.drop();
    },
  };
}

/** Forwards /api/* to it; the browser's Host and Origin go along, so it sees a same-origin request. */
export function realServerRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const upstream = await new Promise((resolve, reject) => {
      const req = request(new URL(ctx.url, server.url), {method: ctx.method, headers: ctx.headers}, resolve);
      req.on('error', reject);
      ctx.req.pipe(req);
    });
    ctx.status = upstream.statusCode;
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (!['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)) ctx.set(name, value);
    }
    ctx.body = upstream;
  };
}
