import { Readable } from 'node:stream';
import type { FastifyPluginCallback } from 'fastify';
import * as z from 'zod/mini';
import { XLSX_MIME } from '../../lib/export';
import { exportRequestSchema, exportTicketSchema } from '../../lib/team';
import { requireRole } from '../auth';
import { notFound } from '../errors';
import type { ReadOptions } from '../reads/routes';
import { callerOfRequest, checkZone, teamOf } from '../reads/scope';
import { parseRequest } from '../validate';
import { contentDisposition, exportFileName } from './file-name';
import { issueTicket, redeemTicket } from './tickets';
import { csvParts } from './write-csv';
import { jsonParts } from './write-json';
import { xlsxWorkbook } from './write-xlsx';

const ticketParamsSchema = z.object({ ticket: z.string().check(z.regex(/^pdx_[A-Za-z0-9_-]{43}$/)) });

/**
 * Exports in two steps. The dashboard asks for one with its token and gets a one-time address;
 * the browser then downloads from that address with no header (straight to disk, never through
 * the page's memory), the ticket being the credential. CSV and JSON stream from a database
 * cursor with back-pressure: a year of the team's log never sits in the server's memory either.
 */
export const exportRoutes: FastifyPluginCallback<ReadOptions> = (app, options, done) => {
  const { pool } = options;
  const now = () => options.now?.() ?? Date.now();

  app.post('/exports', { preHandler: requireRole('lead', 'admin') }, async (request) => {
    const team = teamOf(request);
    const order = parseRequest(exportRequestSchema, request.body);
    checkZone(order.zone);
    const fileName = await exportFileName(pool, team, order, now());
    const { ticket, expiresAt } = await issueTicket(pool, { accountId: callerOfRequest(request).id, team, request: order, fileName, now: now() });
    const base = (options.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
    return z.parse(exportTicketSchema, { url: `${base}${app.prefix}/exports/${ticket}`, expiresAt, fileName });
  });

  app.get('/exports/:ticket', async (request, reply) => {
    const params = z.safeParse(ticketParamsSchema, request.params);
    if (!params.success) throw notFound('export');
    const { team, request: order, fileName } = await redeemTicket(pool, params.data.ticket, now());
    reply.header('content-disposition', contentDisposition(fileName)).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    if (order.format === 'xlsx') {
      const workbook = await xlsxWorkbook(pool, order, team);
      if (workbook.capped) reply.header('x-pandu-rows-capped', String(workbook.rows));
      return reply.type(XLSX_MIME).send(Buffer.from(workbook.bytes));
    }
    const parts = order.format === 'csv' ? csvParts(pool, order, team) : jsonParts(pool, order, team, now());
    // Readable.from pulls the next part (a page of rows) only when the response has room for it,
    // holding at most one ahead (back-pressure); a cancelled download ends the generator, which
    // closes the cursor.
    return reply.type(order.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8').send(Readable.from(parts, { highWaterMark: 1 }));
  });
  done();
};
