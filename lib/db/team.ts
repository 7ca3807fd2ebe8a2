import type { SyncedKind } from '../team/api';
import { outboxRowSchema, teamConnectionSchema, syncStateSchema, type OutboxRow, type SyncState, type TeamConnection } from '../team/connection';
import type { PanduDb } from './database';

/** This browser's team server link, or null when none is configured (nothing is sent anywhere then). */
export async function readTeamConnection(db: PanduDb): Promise<TeamConnection | null> {
  const row = await db.team.get('connection');
  const parsed = teamConnectionSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function readSyncState(db: PanduDb): Promise<SyncState | null> {
  const row = await db.team.get('state');
  const parsed = syncStateSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Records waiting for the server's acknowledgement. */
export const outboxSize = (db: PanduDb): Promise<number> => db.outbox.count();

/** Nothing sent yet, nothing failed. */
export const initialSyncState = (): SyncState => ({ key: 'state', lastSyncAt: null, lastAttemptAt: null, failures: 0, nextAttemptAt: null, lastError: null, quarantined: 0 });

/** One outbox row with the record as it is now (what a flush sends). */
export interface OutboxItem {
  row: OutboxRow;
  kind: SyncedKind;
  record: { id: string };
}

/**
 * The oldest rows waiting, each with its record as stored now (a session changed after it was
 * queued is sent as it is). Rows whose record is gone (deleted since) come back apart, to be dropped.
 */
export async function outboxBatch(db: PanduDb, limit: number): Promise<{ items: OutboxItem[]; orphans: OutboxRow[] }> {
  return db.transaction('r', [db.outbox, db.sessions, db.events, db.shifts], async () => {
    const rows = (await db.outbox.orderBy('queuedAt').limit(limit).toArray()).flatMap((row) => outboxRowSchema.safeParse(row).data ?? []);
    const ids = (kind: SyncedKind) => rows.filter((row) => row.kind === kind).map((row) => row.recordId);
    const [sessions, events, shifts] = await Promise.all([db.sessions.bulkGet(ids('session')), db.events.bulkGet(ids('event')), db.shifts.bulkGet(ids('shift'))]);
    const found = new Map<string, { id: string }>();
    for (const [kind, records] of [
      ['session', sessions],
      ['event', events],
      ['shift', shifts],
    ] as const) {
      for (const record of records) if (record) found.set(`${kind}:${record.id}`, record);
    }
    const items: OutboxItem[] = [];
    const orphans: OutboxRow[] = [];
    for (const row of rows) {
      const record = found.get(row.key);
      if (record) items.push({ row, kind: row.kind, record });
      else orphans.push(row);
    }
    return { items, orphans };
  });
}
