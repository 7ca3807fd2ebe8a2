import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Refusal } from './check';
import { storableCopy } from './text-safety';

/**
 * Refused records are kept, never dropped: the lead sees what was refused and why. The row id is
 * derived from who sent what and why, so a batch sent again does not keep the same refusal twice.
 */
const INSERT = `
insert into quarantine (id, account_id, team_id, kind, record_id, path, reason, raw)
select id, account_id, team_id, kind, record_id, path, reason, raw
  from jsonb_to_recordset($1::jsonb) as x(id uuid, account_id uuid, team_id text, kind text, record_id text, path text, reason text, raw jsonb)
on conflict (id) do nothing`;

function quarantineId(accountId: string, refusal: Refusal, raw: unknown): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([accountId, refusal.kind, refusal.path, refusal.reason, raw]))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function writeQuarantine(client: pg.PoolClient, refusals: Refusal[], accountId: string, teamId: string | null): Promise<void> {
  if (refusals.length === 0) return;
  const rows = refusals.map((refusal) => {
    const raw = storableCopy(refusal.raw) ?? null;
    const clean = (text: string | null) => (text === null ? null : (storableCopy(text) as string));
    return {
      id: quarantineId(accountId, refusal, raw),
      account_id: accountId,
      team_id: teamId,
      kind: refusal.kind,
      record_id: clean(refusal.id),
      path: clean(refusal.path),
      reason: clean(refusal.reason),
      raw,
    };
  });
  await client.query(INSERT, [JSON.stringify(rows)]);
}
