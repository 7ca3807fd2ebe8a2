import type { FastifyPluginAsync } from 'fastify';
import type { ServerOptions } from '../app';

/** Placeholder: filled in by the accounts work. */
export const accountRoutes: FastifyPluginAsync<ServerOptions> = async () => {};
