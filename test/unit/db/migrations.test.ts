import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, PanduDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, readSettings } from '@/lib/db';
import { importOf } from '@/lib/db/provenance';
import { SCHEMA_V4, SCHEMA_V5 } from '@/lib/db/versions';
import { importRecordSchema, sourcePartSchema } from '@/lib/import';
import { flowStateSchema } from '@/lib/procedure';
import { eventSchema, sessionSchema, shiftSchema } from '@/lib/schema';
import { outboxRowSchema, syncStateSchema, teamConnectionSchema } from '@/lib/team';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import v5 from './fixtures/v5.json';

/**
 * The migration scaffold: each stored fixture is written with the schema of its own version,
 * then opened with the current PanduDb. Every record must survive and validate against today's
 * schemas. A new Dexie version adds its fixture here (fixtures/vN.json) with its upgrade.
 */
const FIXTURES = [
  { version: 1, stores: SCHEMA_V1, data: v1 },
  { version: 2, stores: SCHEMA_V2, data: v2 },
  { version: 3, stores: SCHEMA_V3, data: v3 },
  { version: 4, stores: SCHEMA_V4, data: v4 },
  { version: 5, stores: SCHEMA_V5, data: v5 },
];

/** The provenance tables, whose rows change shape on the way (a row per record, then parts). */
const PROVENANCE = new Set(['sources', 'sourceParts']);

/** Record id -> import id, as a fixture stores it: a row per record (versions 2 and 3) or parts (4 and later). */
function provenanceOf(tables: Record<string, unknown>): Map<string, string> {
  const rows = [...PROVENANCE].flatMap((table) => (tables[table] ?? []) as Array<{ importId: string; recordId?: string; recordIds?: string[] }>);
  return new Map(rows.flatMap((row) => (row.recordIds ?? [row.recordId!]).map((id): [string, string] => [id, row.importId])));
}

describe('database migrations', () => {
  it('has a stored fixture for every version up to the current one', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const fixture of FIXTURES) {
    it(`opens a version-${fixture.version} database and keeps every record`, async () => {
      const name = `migrate-v${fixture.version}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(fixture.version).stores(fixture.stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.data.tables)) await old.table(table).bulkAdd(rows as object[]);
      old.close();

      const db = new PanduDb(name);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      for (const [table, rows] of Object.entries(fixture.data.tables)) {
        if (PROVENANCE.has(table)) continue;
        expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(rows as object[]));
        expect(await db.table(table).count(), table).toBe((rows as object[]).length);
      }
      for (const s of await db.sessions.toArray()) flowStateSchema.parse(sessionSchema.parse(s).answers);
      for (const e of await db.events.toArray()) eventSchema.parse(e);
      for (const s of await db.shifts.toArray()) shiftSchema.parse(s);
      for (const i of await db.imports.toArray()) importRecordSchema.parse(i);
      // Every imported record still names its import, each in exactly one part.
      const provenance = provenanceOf(fixture.data.tables);
      if (fixture.version >= 2) expect(provenance.size).toBeGreaterThan(0);
      for (const [recordId, importId] of provenance) expect(await importOf(db, recordId)).toBe(importId);
      const parts = (await db.sources.toArray()).map((part) => sourcePartSchema.parse(part));
      expect(parts.flatMap((part) => part.recordIds).sort()).toEqual([...provenance.keys()].sort());
      for (const row of await db.outbox.toArray()) outboxRowSchema.parse(row);
      if (fixture.version < 3) {
        // Version 3 (the team server) starts with nothing to send and no server: upgrading queues nothing.
        expect(await db.outbox.count()).toBe(0);
        expect(await db.team.count()).toBe(0);
      } else {
        teamConnectionSchema.parse(await db.team.get('connection'));
        syncStateSchema.parse(await db.team.get('state'));
      }
      // Version 2's index on the last change covers sessions stored before it existed.
      expect(await db.sessions.where('updatedAt').below('9999').count()).toBe(await db.sessions.count());
      expect((await readSettings(db)).language).toBe('en');
      await db.delete();
    });
  }
});
