import type { FastifyPluginAsync } from 'fastify';
import type { ServerOptions } from '../app';

/** Placeholder: filled in by the reads work. */
export const readRoutes: FastifyPluginAsync<ServerOptions> = async () => {};
