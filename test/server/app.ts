import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../server/app';
import type { TestDatabase } from './database';

/** The real Fastify app over a test database; requests go through `app.inject` (no socket). */
export async function appFor(db: TestDatabase, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const app = await buildServer({ pool: db.pool, ...options });
  await app.ready();
  return app;
}

/** A response's JSON body. */
export const bodyOf = <T = Record<string, unknown>>(response: { json: () => unknown }) => response.json() as T;
