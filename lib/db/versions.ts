import type Dexie from 'dexie';

/**
 * Every schema the database has had, oldest first. A new version appends an entry with its
 * stores and an upgrade; test/unit/db/migrations.test.ts upgrades a stored fixture of each
 * previous version, so old agents' data is never stranded.
 */
export const SCHEMA_V1 = {
  sessions: 'id, ticketId, agentId, status, startedAt, [ticketId+status]',
  events: 'id, sessionId, ticketId, agentId, type, at',
  shifts: 'id, agentId, shiftDate, [agentId+shiftDate]',
  settings: 'key',
  /** Typed-but-unsent panel input, one row per session, so a reload loses nothing. */
  drafts: 'sessionId',
} as const;

export const DB_VERSION = 1;

export function defineVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}
