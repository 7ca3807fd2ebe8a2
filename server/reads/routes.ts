import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod/mini';
import { fillHealthQuerySchema, logPageQuerySchema, logQuerySchema } from '../../lib/team';
import type { ServerOptions } from '../app';
import { requireRole } from '../auth';
import { exportRoutes } from '../exports/routes';
import { parseRequest } from '../validate';
import { teamAgents } from './agents';
import { teamCharts } from './charts';
import { fillHealth } from './fill-health';
import { logPage } from './page';
import { practice } from './practice';
import { teamQuarantine } from './quarantine';
import { checkZone, teamOf } from './scope';
import { currentSeq } from './seq';
import { sessionDetail } from './session-detail';

const sessionParamsSchema = z.object({ id: z.uuid() });

/** The server's options; `now` lets tests fix the clock that alerts and overdue follow-ups are measured against. */
export type ReadOptions = ServerOptions & { now?: () => number };

/**
 * The lead's dashboard over the team server: the log a page at a time, one session, the charts'
 * figures, fill health, practice per agent, the quarantine, the accounts, the change counter,
 * and exports. Every route needs a lead's or an admin's token; a lead reads its own team only.
 */
export const readRoutes: FastifyPluginAsync<ReadOptions> = async (app, options) => {
  const { pool } = options;
  const lead = { preHandler: requireRole('lead', 'admin') };
  const now = () => options.now?.() ?? Date.now();

  app.post('/logs/page', lead, async (request) => {
    const team = teamOf(request);
    const query = parseRequest(logPageQuerySchema, request.body);
    checkZone(query.zone);
    return logPage(pool, query, team);
  });

  app.get('/sessions/:id', lead, async (request) => {
    const team = teamOf(request);
    const { id } = parseRequest(sessionParamsSchema, request.params, 'session id');
    return sessionDetail(pool, id, team);
  });

  app.post('/logs/charts', lead, async (request) => {
    const team = teamOf(request);
    const query = parseRequest(logQuerySchema, request.body);
    checkZone(query.zone);
    return teamCharts(pool, query, team, now());
  });

  app.get('/changes', lead, async (request) => ({ seq: await currentSeq(pool, teamOf(request)) }));

  app.get('/agents', lead, async (request) => teamAgents(pool, teamOf(request)));

  app.post('/fill-health', lead, async (request) => {
    const team = teamOf(request);
    const query = parseRequest(fillHealthQuerySchema, request.body);
    checkZone(query.zone);
    return fillHealth(pool, query, team, now());
  });

  app.post('/practice', lead, async (request) => {
    const team = teamOf(request);
    const query = parseRequest(logQuerySchema, request.body);
    checkZone(query.zone);
    return practice(pool, query, team, now());
  });

  app.get('/quarantine', lead, async (request) => teamQuarantine(pool, teamOf(request)));

  // Inside this plugin's prefix already: the options' own `prefix` would be applied twice.
  await app.register(exportRoutes, { ...options, prefix: '' });
};
