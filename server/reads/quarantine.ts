import type pg from 'pg';
import * as z from 'zod/mini';
import { quarantineSchema } from '../../lib/team';

export const QUARANTINE_LIMIT = 200;

interface QuarantineRow {
  id: string;
  received_at: Date;
  account_name: string | null;
  kind: string;
  record_id: string | null;
  path: string;
  reason: string;
}

/** What ingest refused from the team's agents, newest first: the lead sees it, nothing is dropped silently. */
export async function teamQuarantine(pool: pg.Pool, team: string | null): Promise<z.infer<typeof quarantineSchema>> {
  const { rows } = await pool.query<QuarantineRow>(
    `select q.id::text as id, q.received_at, a.name as account_name, q.kind, q.record_id, q.path, q.reason
       from quarantine q left join accounts a on a.id = q.account_id
      ${team === null ? '' : 'where q.team_id = $1'}
      order by q.received_at desc, q.id limit ${QUARANTINE_LIMIT}`,
    team === null ? [] : [team],
  );
  return z.parse(quarantineSchema, {
    items: rows.map((row) => ({
      id: row.id,
      receivedAt: row.received_at.toISOString(),
      accountName: row.account_name ?? '',
      kind: row.kind,
      recordId: row.record_id,
      path: row.path,
      reason: row.reason,
    })),
  });
}
