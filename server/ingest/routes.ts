import type { FastifyPluginAsync } from 'fastify';
import { ingestRequestSchema, MAX_BATCH_RECORDS } from '../../lib/team';
import type { ServerOptions } from '../app';
import { requireRole } from '../auth';
import { ApiFailure } from '../errors';
import { parseRequest } from '../validate';
import { storeBatch } from './store';

/** How many records a body says it carries, before any of them is looked at. */
const countOf = (body: unknown): number => {
  const records = body && typeof body === 'object' ? (body as { records?: unknown }).records : undefined;
  return Array.isArray(records) ? records.length : 0;
};

/** POST /ingest: an agent's batch of records (lib/team ingestRequestSchema -> ingestResponseSchema). */
export const ingestRoutes: FastifyPluginAsync<ServerOptions> = (app, options) => {
  app.post('/ingest', { preHandler: requireRole('agent') }, async (request) => {
    const count = countOf(request.body);
    if (count > MAX_BATCH_RECORDS) throw new ApiFailure(413, 'batch.too-large', `a batch holds at most ${MAX_BATCH_RECORDS} records (this one has ${count}); send it in parts`);
    const { records } = parseRequest(ingestRequestSchema, request.body, 'ingest batch');
    return storeBatch(options.pool, request.caller!, records);
  });
  return Promise.resolve();
};
