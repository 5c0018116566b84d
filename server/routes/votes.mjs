// @ts-check
// The vote API of docs/vote-api.md: POST /api/votes and GET /api/votes/<procedure>.
import {clientHash} from '../client-hash.mjs';
import {readAggregate} from '../votes.mjs';

const voteBody = {
  type: 'object',
  required: ['procedure', 'score', 'max', 'voteId', 'locale'],
  properties: {
    procedure: {type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$'},
    score: {type: 'integer', minimum: 1, maximum: 10},
    max: {type: 'integer', minimum: 1, maximum: 10},
    voteId: {type: 'string', format: 'uuid'},
    locale: {type: 'string', maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'},
  },
};

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{db: import('../database.mjs').Database, writer: ReturnType<typeof import('../votes.mjs').createVoteWriter>,
 *   procedures: Set<string>, config: import('../config.mjs').Config, isAllowedOrigin: (request: import('fastify').FastifyRequest) => boolean}} options
 */
export async function voteRoutes(app, {db, writer, procedures, config, isAllowedOrigin}) {
  // Once per request: the rate limit and the handler both need it, and it is a SHA-256.
  /** @type {WeakMap<import('fastify').FastifyRequest, string>} */
  const hashes = new WeakMap();
  const hashOf = (/** @type {import('fastify').FastifyRequest} */ request) => {
    let hash = hashes.get(request);
    if (hash === undefined) hashes.set(request, (hash = clientHash(config.hashSalt, request.ip)));
    return hash;
  };

  // Aggregates and vote answers are ~100 bytes of JSON: compressing them costs more than it saves.
  const small = {compress: /** @type {const} */ (false), decompress: /** @type {const} */ (false)};

  app.get('/api/votes/:procedure', small, async (request, reply) => {
    const {procedure} = /** @type {{procedure: string}} */ (request.params);
    const aggregate = procedures.has(procedure) ? await readAggregate(db, procedure) : undefined;
    if (!aggregate) return reply.code(404).send({error: `unknown procedure "${procedure}"`});
    // Short, so a new vote shows soon; public, so a CDN can take the reads.
    reply.header('Cache-Control', 'public, max-age=10');
    return aggregate;
  });

  app.post('/api/votes', {
    ...small,
    schema: {body: voteBody},
    bodyLimit: 4096,
    config: {
      rateLimit: {max: config.rateLimit.perMinute, timeWindow: 60_000, keyGenerator: hashOf, hook: 'preParsing'},
    },
    onRequest: async (request, reply) => {
      // Not a partner: refused before anything is read, and without CORS headers.
      if (!isAllowedOrigin(request)) return reply.code(403).send({error: 'origin not allowed'});
    },
    handler: async (request, reply) => {
      const vote = /** @type {import('../votes.mjs').Vote} */ (request.body);
      reply.header('Cache-Control', 'no-store');
      if (vote.score > vote.max) return reply.code(400).send({error: 'score: must be at most max'});
      if (!procedures.has(vote.procedure))
        return reply.code(400).send({error: `procedure: unknown "${vote.procedure}"`});
      const outcome = await writer.submit({vote, origin: request.headers.origin ?? null, clientHash: hashOf(request)});
      if (outcome.status === 'conflict')
        return reply.code(409).send({error: 'voteId: already used for another procedure'});
      return outcome.aggregate;
    },
  });
}
