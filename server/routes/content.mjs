// @ts-check
// GET /content/<name>.json: the validated documents, with ETag, caching and compression.
import {DOCUMENT_NAME} from '../content.mjs';

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{documents: Map<string, import('../content.mjs').PublishedDocument>}} options
 */
export async function contentRoutes(app, {documents}) {
  app.get('/content/:file', async (request, reply) => {
    const {file} = /** @type {{file: string}} */ (request.params);
    const name = file.replace(/\.json$/, '');
    const document = file.endsWith('.json') && DOCUMENT_NAME.test(name) ? documents.get(name) : undefined;
    if (!document) return reply.code(404).send({error: `no content document "${file}"`});
    reply.header('ETag', document.etag).header('Cache-Control', 'public, max-age=300, must-revalidate');
    if (request.headers['if-none-match'] === document.etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(document.body);
  });
}
