import type { Collection, DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { SyncedKind } from '../team/api';
import { teamConnectionSchema, type OutboxRow } from '../team/connection';
import type { PanduDb } from './database';
import { importedAmong } from './provenance';

/**
 * The outbox: every record this browser writes while it is enrolled as an agent gets a row here,
 * in the same transaction as the record itself, so a record is never stored without being queued
 * for the team server (and never queued without being stored). The sync (background) sends the
 * record as it is when it flushes, and drops the row once the server acknowledged that copy.
 *
 * Imported records (lib/db/imports.ts: other agents' files) are never queued: their transaction
 * does not include the outbox, and the history queued at enrolment leaves out every record with a
 * provenance (`sources`, lib/db/provenance.ts). They are other agents' to send.
 */

/** The tables whose records travel, and the kind each is sent as. */
export const SYNCED_TABLES: Readonly<Record<string, SyncedKind>> = { sessions: 'session', events: 'event', shifts: 'shift' };

export const outboxKey = (kind: SyncedKind, recordId: string): string => `${kind}:${recordId}`;

/** One row per record; a fresh `rev` each time, so acknowledging an older copy cannot drop a newer one. */
export function outboxRows(kind: SyncedKind, recordIds: readonly string[], now = new Date().toISOString()): OutboxRow[] {
  return recordIds.map((recordId) => ({ key: outboxKey(kind, recordId), kind, recordId, rev: crypto.randomUUID(), queuedAt: now }));
}

/**
 * The tables every write of a session, an event or a shift names in its transaction, beside its
 * own: with them in scope the middleware below queues what is written (when enrolled as an agent).
 */
export const outboxTables = (db: PanduDb) => [db.outbox, db.team] as const;

/** Whether this browser sends its records: enrolled, as an agent. Read inside the caller's transaction. */
export async function sendsRecords(db: PanduDb): Promise<boolean> {
  return teamConnectionSchema.safeParse(await db.team.get('connection')).data?.account.role === 'agent';
}

/** Queues records (inside the caller's transaction, which must include the outbox and the team tables). */
export async function enqueue(db: PanduDb, kind: SyncedKind, records: ReadonlyArray<{ id: string }>): Promise<number> {
  if (records.length === 0 || !(await sendsRecords(db))) return 0;
  await db.outbox.bulkPut(
    outboxRows(
      kind,
      records.map((r) => r.id),
    ),
  );
  return records.length;
}

const HISTORY_PAGE = 2_000;

/**
 * Queues every record made in this browser (not imported), at enrolment, so the lead gets the
 * history. One short transaction per page of primary keys: 100,000 sessions never hold the
 * database for long, and a worker stopped halfway leaves what it queued (a re-run queues the rest).
 */
export async function queueHistory(db: PanduDb, pageSize = HISTORY_PAGE): Promise<number> {
  let queued = 0;
  for (const [name, kind] of Object.entries(SYNCED_TABLES)) {
    const table = db.table<{ id: string }, string>(name);
    let after: string | null = null;
    for (;;) {
      const from: string | null = after;
      const keys: string[] = await db.transaction('rw', [table, db.sources, ...outboxTables(db)], async (): Promise<string[]> => {
        const range: Collection<{ id: string }, string> = from === null ? table.orderBy(':id') : table.where(':id').above(from);
        const page: string[] = await range.limit(pageSize).primaryKeys();
        const imported = await importedAmong(db, page);
        queued += await enqueue(
          db,
          kind,
          page.filter((id) => !imported.has(id)).map((id) => ({ id })),
        );
        return page;
      });
      if (keys.length < pageSize) break;
      after = keys[keys.length - 1]!;
    }
  }
  return queued;
}

/** The records written by one request, as their primary keys (failed ones left out). */
function writtenKeys(table: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  const keys: unknown[] = req.keys ?? req.values.map((value): unknown => table.schema.primaryKey.extractKey?.(value));
  return keys.filter((key, index) => key !== undefined && !res.failures[index]);
}

interface Scope {
  stores: readonly string[];
  agent?: Promise<boolean>;
  announced: boolean;
}

/**
 * A Dexie middleware, so no write path can forget the outbox: in a read-write transaction that
 * includes the outbox, every session, event or shift put or added is queued (when this browser is
 * enrolled as an agent) and every one deleted leaves the outbox too, in that same transaction.
 * `onQueued` runs after such a transaction committed (the background flushes then).
 */
export function outboxMiddleware(onQueued: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PanduOutbox',
    create(down) {
      const scopes = new WeakMap<DBCoreTransaction, Scope>();
      const outbox = () => down.table('outbox');
      const isAgent = (scope: Scope, trans: DBCoreTransaction) => {
        if (!scope.stores.includes('team')) throw new Error('a transaction that includes the outbox must include the team table');
        scope.agent ??= down
          .table('team')
          .get({ trans, key: 'connection' })
          .then((row) => teamConnectionSchema.safeParse(row).data?.account.role === 'agent');
        return scope.agent;
      };
      const announce = (scope: Scope, trans: DBCoreTransaction) => {
        if (scope.announced) return;
        scope.announced = true;
        const idb = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
        idb.addEventListener?.('complete', () => onQueued());
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite' && stores.includes('outbox')) scopes.set(trans, { stores, announced: false });
          return trans;
        },
        table(name) {
          const table = down.table(name);
          const kind = SYNCED_TABLES[name];
          if (!kind) return table;
          return {
            ...table,
            async mutate(req) {
              const scope = scopes.get(req.trans);
              if (!scope) return table.mutate(req);
              const ranged =
                req.type === 'deleteRange' ? await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false }) : null;
              const res = await table.mutate(req);
              const deleted = req.type === 'delete' ? req.keys : (ranged?.result ?? []);
              if (deleted.length > 0) await outbox().mutate({ type: 'delete', trans: req.trans, keys: deleted.map((id) => outboxKey(kind, String(id))) });
              const written = writtenKeys(table, req, res);
              if (written.length > 0 && (await isAgent(scope, req.trans))) {
                const rows = outboxRows(kind, written.map(String));
                await outbox().mutate({ type: 'put', trans: req.trans, values: rows, keys: rows.map((row) => row.key) });
                announce(scope, req.trans);
              }
              return res;
            },
          };
        },
      };
    },
  };
}
