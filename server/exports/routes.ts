import type { FastifyPluginAsync } from 'fastify';
import type { ServerOptions } from '../app';
export const exportRoutes: FastifyPluginAsync<ServerOptions> = async () => {};
