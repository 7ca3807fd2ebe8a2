import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import * as z from 'zod/mini';
import { exportRequestSchema } from '../../lib/team';
import { hashSecret } from '../auth';
import { ApiFailure } from '../errors';

/** How long a download address works: long enough for the browser to open it, short enough to be worthless later. */
export const TICKET_TTL_MS = 2 * 60_000;

export type ExportOrder = z.output<typeof exportRequestSchema>;

export interface Redeemed {
  team: string | null;
  request: ExportOrder;
  fileName: string;
}

/** A one-time download ticket; only its hash is stored (a copy of the database opens no download). */
export async function issueTicket(
  pool: pg.Pool,
  input: { accountId: string; team: string | null; request: ExportOrder; fileName: string; now: number },
): Promise<{ ticket: string; expiresAt: string }> {
  const ticket = `pdx_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(input.now + TICKET_TTL_MS).toISOString();
  await pool.query("delete from export_tickets where expires_at < now() - interval '1 hour'");
  await pool.query('insert into export_tickets (ticket_hash, account_id, team_id, request, file_name, expires_at) values ($1, $2, $3, $4, $5, $6)', [
    hashSecret(ticket),
    input.accountId,
    input.team,
    JSON.stringify(input.request),
    input.fileName,
    expiresAt,
  ]);
  return { ticket, expiresAt };
}

/**
 * Takes a ticket: valid, unexpired and unused, or refused. Marked used in the same statement
 * that reads it, so two requests racing with one ticket get one download between them. The
 * account must still be active: a lead disabled since cannot download with an old ticket.
 */
export async function redeemTicket(pool: pg.Pool, ticket: string, now: number): Promise<Redeemed> {
  const { rows } = await pool.query<{ team_id: string | null; request: unknown; file_name: string }>(
    `update export_tickets x set used_at = now()
      from accounts a
      where x.ticket_hash = $1 and x.used_at is null and x.expires_at > $2 and a.id = x.account_id and a.disabled_at is null
      returning x.team_id, x.request, x.file_name`,
    [hashSecret(ticket), new Date(now).toISOString()],
  );
  const row = rows[0];
  if (!row) throw new ApiFailure(404, 'not.found', 'this download link is not valid, was used already or has expired; export again');
  return { team: row.team_id, request: z.parse(exportRequestSchema, row.request), fileName: row.file_name };
}
