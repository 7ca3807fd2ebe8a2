import type { OutboxRow, SyncState, TeamConnection } from '../team/connection';
import { queueHistory } from './outbox';
import type { PanduDb } from './database';
import { initialSyncState } from './team';

/**
 * Writes of the team server link (the background's alone, through ./write). The token lives
 * here, in the extension's database, never in settings (settings reach NOSSA tabs).
 */

/** A new enrolment: the link, a fresh sync state, and an outbox emptied of another account's rows. */
export function storeTeamConnection(db: PanduDb, connection: TeamConnection): Promise<void> {
  return db.transaction('rw', db.outbox, db.team, async () => {
    await db.outbox.clear();
    await db.team.bulkPut([connection, initialSyncState()]);
  });
}

/** Forgets the server here: its link, its state and what waited for it (the records themselves stay). */
export function forgetTeamConnection(db: PanduDb): Promise<void> {
  return db.transaction('rw', db.outbox, db.team, async () => {
    await db.team.clear();
    await db.outbox.clear();
  });
}

/**
 * How sending went, for the link it went over: a flush still running when the agent disconnected
 * or enrolled again writes nothing (its state would describe a link that is gone).
 */
export function writeSyncState(db: PanduDb, state: SyncState, tokenId: string): Promise<boolean> {
  return db.transaction('rw', db.team, async () => {
    const connection = await db.team.get('connection');
    if (connection?.key !== 'connection' || connection.tokenId !== tokenId) return false;
    await db.team.put(state);
    return true;
  });
}

/**
 * Drops the rows the server acknowledged (or whose record is gone), in one transaction, each only
 * if it still holds the copy that was sent: a record written again meanwhile stays queued.
 */
export function dropFromOutbox(db: PanduDb, sent: ReadonlyArray<Pick<OutboxRow, 'key' | 'rev'>>): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.bulkGet(sent.map((row) => row.key));
    const unchanged = sent.filter((row, index) => current[index]?.rev === row.rev).map((row) => row.key);
    await db.outbox.bulkDelete(unchanged);
    return unchanged.length;
  });
}

/**
 * Queues this browser's history for the link's account, once: done again (it is idempotent) until
 * it completed, then marked on the link so later flushes skip it. Returns how many were queued.
 */
export async function queueHistoryOnce(db: PanduDb, connection: TeamConnection, now: string): Promise<number> {
  if (connection.historyQueuedAt || connection.account.role !== 'agent') return 0;
  const queued = await queueHistory(db);
  await db.transaction('rw', db.team, async () => {
    const current = await db.team.get('connection');
    if (current?.key !== 'connection' || current.tokenId !== connection.tokenId) return; // disconnected or enrolled again meanwhile
    const done: TeamConnection = { ...current, historyQueuedAt: now };
    await db.team.put(done);
  });
  return queued;
}
