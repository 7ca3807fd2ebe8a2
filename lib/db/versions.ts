import type Dexie from 'dexie';
import type { RecordSource, SourcePart } from '../import/record';
import { partsOfSources } from './provenance';

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

/**
 * Version 2, the team lead's dashboard: sessions are indexed by their last change (retention
 * deletes by it, the dashboard watches it), and imported agents' files are remembered with
 * where each record came from. No record changes shape: IndexedDB builds the new index from the
 * stored sessions and the new tables start empty, so there is nothing for an upgrade to rewrite.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  sessions: 'id, ticketId, agentId, status, startedAt, updatedAt, [ticketId+status]',
  /** One row per imported file (lib/import/record.ts). */
  imports: 'id, importedAt, sha256',
  /** recordId -> the import it came from; records without a row were made in this browser. */
  sources: 'recordId, importId',
} as const;

/**
 * Version 3, the team server: records waiting to be sent (`outbox`, written in the same
 * transaction as the record itself) and this browser's link to the server (`team`). Existing
 * records do not change; the outbox starts empty and is filled at enrolment (lib/db/outbox.ts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  /** One row per record to send: key "session:<id>", oldest first by queuedAt. */
  outbox: 'key, queuedAt',
  /** "connection" (server, token, account) and "state" (last sync, failures, backoff). */
  team: 'key',
} as const;

/**
 * Versions 4 and 5, provenance in parts: `sources` holds a row per import, table and 5,000
 * records, found by any of its record ids (lib/import/record.ts), instead of a row per record
 * (the lead's own export of 772,297 records took as many writes again for them). IndexedDB cannot
 * change a table's key, so version 4 gathers the stored rows into `sourceParts` and version 5
 * moves the parts back under the old name, the one every reader names.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  sources: null,
  sourceParts: 'key, importId, *recordIds',
} as const;

export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  sourceParts: null,
  sources: 'key, importId, *recordIds',
} as const;

export const DB_VERSION = 5;

export function defineVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      const rows = await tx.table<RecordSource, string>('sources').toArray();
      await tx.table('sourceParts').bulkAdd(partsOfSources(rows));
    });
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade(async (tx) => {
      const parts = await tx.table<SourcePart, string>('sourceParts').toArray();
      await tx.table('sources').bulkAdd(parts);
    });
}
