import type { FastifyPluginAsync } from 'fastify';
import type { ServerOptions } from '../app';

/** Placeholder: filled in by the ingest work. */
export const ingestRoutes: FastifyPluginAsync<ServerOptions> = async () => {};
