// The real care-widgets server (server/, on a fresh PGlite or DATABASE_URL database) behind the
// test runner's own origin: /api/* is forwarded to it unchanged, so widget tests vote through the
// same routes, validation, database and aggregates a partner page does.
import {request} from 'node:http';
import {startTestServer} from '../../server/test/helpers.mjs';

let server;

/** Starts the server with the test runner and stops it afterwards. */
export function realServerPlugin() {
  return {
    name: 'care-real-server',
    async serverStart() {
      server = await startTestServer();
    },
    async serverStop() {
      await server?.stop();
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
