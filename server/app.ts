import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { MAX_BATCH_BYTES, TEAM_API_PREFIX } from '../lib/team';
import { callerOf } from './auth';
import { isUnavailable, unavailable } from './db/failures';
import { ApiFailure } from './errors';
import { accountRoutes } from './accounts/routes';
import { ingestRoutes } from './ingest/routes';
import { readRoutes } from './reads/routes';

/** An agent's browser flushes on every write and on an alarm: a busy agent stays far below this. */
export const DEFAULT_RATE_PER_MINUTE = 600;

export interface ServerOptions {
  pool: pg.Pool;
  /** Requests per minute per token (ingest and reads alike); enrolment is limited per address. */
  ratePerMinute?: number;
  /** Enrolment attempts per minute per address (against guessing codes). */
  enrolPerMinute?: number;
  /** The address exports are downloaded from, as the lead's browser sees it (behind a proxy: the public URL). */
  publicUrl?: string;
  logger?: boolean;
}

/**
 * The team server: one Fastify app over one PostgreSQL pool. Every route parses what it receives
 * with the shared schemas (lib/team, lib/schema) and answers errors as `{ error: { code, message } }`.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_BATCH_BYTES, trustProxy: true });
  app.decorateRequest('caller', null);

  // The extension calls from chrome-extension://<id>: answer CORS for any origin, with no cookies
  // (the bearer token is the only credential, so a foreign page gains nothing by the header).
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
    reply.header('access-control-max-age', '600');
    if (request.method === 'OPTIONS') return reply.code(204).send();
    if (request.headers.authorization) request.caller = await callerOf(options.pool, request.headers.authorization);
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiFailure) {
      if (error.status === 503) reply.header('retry-after', '5');
      return reply.code(error.status).send(error.body());
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) return reply.code(413).send(new ApiFailure(413, 'batch.too-large', `request body over ${MAX_BATCH_BYTES} bytes`).body());
    if (status === 429) return reply.code(429).send(new ApiFailure(429, 'rate.limited', 'too many requests; retry later').body());
    if (status && status >= 400 && status < 500) return reply.code(status).send(new ApiFailure(status, 'request.invalid', (error as Error).message).body());
    request.log.error(error);
    return isUnavailable(error)
      ? reply.code(503).header('retry-after', '5').send(unavailable().body())
      : reply.code(500).send(new ApiFailure(500, 'server.error', 'internal error').body());
  });

  // Per token (the caller is known by now: the limit runs before the handler), else per address.
  // Routes registered after this get it; /enrol sets its own per-address limit.
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: options.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => (request.caller ? `token:${request.caller.tokenId}` : `ip:${request.ip}`),
  });

  app.get('/healthz', { config: { rateLimit: false } }, async () => {
    await options.pool.query('select 1');
    return { ok: true };
  });
  await app.register(accountRoutes, { prefix: TEAM_API_PREFIX, ...options });
  await app.register(ingestRoutes, { prefix: TEAM_API_PREFIX, ...options });
  await app.register(readRoutes, { prefix: TEAM_API_PREFIX, ...options });
  return app;
}
