// @ts-check
// The HTTP service: Fastify with its own plugins for CORS, rate limits, compression and static
// files; every body checked against a JSON schema; errors always JSON.
import Fastify from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import {contentRoutes} from './routes/content.mjs';
import {renderRoutes} from './routes/render.mjs';
import {siteRoutes} from './routes/site.mjs';
import {voteRoutes} from './routes/votes.mjs';

/**
 * @param {{db: import('./database.mjs').Database, writer: ReturnType<typeof import('./votes.mjs').createVoteWriter>,
 *   content: import('./content.mjs').Content, config: import('./config.mjs').Config, root: string,
 *   logger?: boolean | object}} options
 */
export async function buildApp({db, writer, content, config, root, logger = true}) {
  const app = Fastify({
    logger:
      logger === true
        ? {
            level: process.env.LOG_LEVEL ?? 'info',
            // No client addresses in the logs either: they are the one personal thing a request has.
            serializers: {req: (req) => ({method: req.method, url: req.url})},
          }
        : logger,
    trustProxy: config.trustProxy,
    bodyLimit: 4096,
    // Strict types: "4" is not a score. Unknown extra fields are dropped, not stored.
    ajv: {customOptions: {coerceTypes: false, removeAdditional: true, allErrors: false}},
    return503OnClosing: true,
  });

  const allowed = new Set(config.allowedOrigins);
  /** @param {import('fastify').FastifyRequest} request */
  const isAllowedOrigin = (request) => {
    const origin = request.headers.origin;
    // No Origin: not a browser on another site (curl, a partner's back end); the rate limit still applies.
    return origin === undefined || allowed.has(origin) || origin === `${request.protocol}://${request.host}`;
  };

  app.setErrorHandler((error, request, reply) => {
    const status = /** @type {any} */ (error).statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.code(500).send({error: 'internal error'});
    }
    const code = /** @type {any} */ (error).code;
    // The vote contract: bad input is 400 (a too-large body too), so the widget drops the vote.
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(400).send({error: 'body larger than 4 KB'});
    if (/** @type {any} */ (error).validation) {
      const [first] = /** @type {any} */ (error).validation;
      const field = (first.instancePath || '/' + (first.params?.missingProperty ?? '')).slice(1) || 'body';
      return reply.code(400).send({error: `${field}: ${first.message}`});
    }
    return reply.code(status).send({error: /** @type {Error} */ (error).message});
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({error: 'not found'}));

  await app.register(fastifyCors, () => (request, callback) => {
    const url = request.url ?? '';
    // dist/ is public (a partner may load it with <script integrity crossorigin>); the API and
    // content answer partners only.
    const origin = url.startsWith('/dist/') ? '*' : isAllowedOrigin(request) && request.headers.origin;
    callback(null, {
      origin: origin ?? false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type'],
      maxAge: 86400,
    });
  });
  await app.register(fastifyRateLimit, {global: false});
  await app.register(fastifyCompress, {encodings: ['br', 'gzip']});
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/healthz', async (_request, reply) => {
    await db.query('SELECT 1');
    return reply.header('Cache-Control', 'no-store').send({status: 'ok', database: db.kind});
  });
  const procedures = new Set(content.procedures.map((p) => p.id));
  await app.register(voteRoutes, {db, writer, procedures, config, isAllowedOrigin});
  await app.register(contentRoutes, {documents: content.documents});
  await app.register(renderRoutes, {root, documents: content.documents, config, isAllowedOrigin});
  await app.register(siteRoutes, {root});
  return app;
}
