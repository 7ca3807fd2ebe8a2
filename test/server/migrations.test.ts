import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { recordSchemaOf } from '../../lib/team';
import { migrate, migrations } from '../../server/db/migrate';
import { freshDatabase, type TestDatabase } from './database';

/**
 * Every migration is tested from the version before it: the database is brought to N-1, filled
 * with that version's representative rows (test/server/migrations/NNN.sql, one file per
 * migration holding the rows of what that migration added: a version's rows are its file and
 * every file before it), migrated to N, and every row must still be there with
 * every value it had, the stored records must still parse with the extension's schemas, and N's
 * own rows must insert. A new migration without its rows file fails here, on purpose.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
/** The representative rows of the schema at `version`: the rows files of every migration up to it, in order. */
const fixtureOf = (version: number) =>
  migrations()
    .filter((m) => m.version <= version)
    .map((m) => readFileSync(join(FIXTURES, `${String(m.version).padStart(3, '0')}.sql`), 'utf8'))
    .join('\n');

/** Every row of every table (but the migrations' own), as JSON text keyed by table. */
async function snapshot(pool: pg.Pool): Promise<Map<string, Array<Record<string, unknown>>>> {
  const { rows: tables } = await pool.query<{ t: string }>(
    `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations' order by 1`,
  );
  const result = new Map<string, Array<Record<string, unknown>>>();
  for (const { t } of tables)
    result.set(
      t,
      (await pool.query<{ row: Record<string, unknown> }>(`select to_jsonb(x) as row from "${t}" x order by 1`)).rows.map((r) => r.row),
    );
  return result;
}

/** The rows of `before` each still present in `after`, with the values of the columns they had. */
function lostRows(before: Map<string, Array<Record<string, unknown>>>, after: Map<string, Array<Record<string, unknown>>>): string[] {
  const lost: string[] = [];
  for (const [table, rows] of before) {
    const now = [...(after.get(table) ?? [])];
    for (const row of rows) {
      const at = now.findIndex((candidate) => Object.entries(row).every(([key, value]) => JSON.stringify(candidate[key]) === JSON.stringify(value)));
      if (at === -1) lost.push(`${table}: ${JSON.stringify(row).slice(0, 200)}`);
      else now.splice(at, 1);
    }
  }
  return lost;
}

/** The stored records still read as the extension's records. */
async function unreadableRecords(pool: pg.Pool): Promise<string[]> {
  const bad: string[] = [];
  for (const [kind, table] of [
    ['session', 'sessions'],
    ['event', 'events'],
    ['shift', 'shifts'],
  ] as const) {
    for (const { id, record } of (await pool.query<{ id: string; record: unknown }>(`select id::text, record from ${table}`)).rows) {
      if (!z.safeParse(recordSchemaOf[kind], record).success) bad.push(`${table} ${id}`);
    }
  }
  return bad;
}

describe('migrations', () => {
  const made: TestDatabase[] = [];
  const fresh = async (options: Parameters<typeof freshDatabase>[0]) => {
    const db = await freshDatabase(options);
    made.push(db);
    return db;
  };
  afterAll(() => Promise.all(made.map((db) => db.drop())));

  it('apply in order on an empty database, and a second run applies nothing', async () => {
    const db = await fresh({ migrate: false });
    const applied = await migrate(db.pool);
    expect(applied).toEqual(migrations().map((m) => m.version));
    expect(await migrate(db.pool)).toEqual([]);
  });

  it('every migration has its representative rows file', () => {
    const files = readdirSync(FIXTURES).filter((f) => /^\d{3}\.sql$/.test(f));
    expect(files).toEqual(migrations().map((m) => `${String(m.version).padStart(3, '0')}.sql`));
  });

  for (const [i, migration] of migrations().entries()) {
    const previous = i > 0 ? migrations()[i - 1]!.version : null;
    it(`${String(migration.version).padStart(3, '0')}_${migration.name}: from ${previous === null ? 'an empty database' : `version ${previous} with its rows`}, keeps every row readable`, async () => {
      const db = await fresh({ migrate: false });
      if (previous !== null) {
        await migrate(db.pool, { upTo: previous });
        await db.pool.query(fixtureOf(previous));
      }
      const before = await snapshot(db.pool);
      expect(await migrate(db.pool, { upTo: migration.version })).toEqual([migration.version]);
      expect(lostRows(before, await snapshot(db.pool))).toEqual([]);
      expect(await unreadableRecords(db.pool)).toEqual([]);
      // This version's own rows insert (in a database of their own, so they start from nothing).
      const own = await fresh({ upTo: migration.version });
      await own.pool.query(fixtureOf(migration.version));
      expect(await unreadableRecords(own.pool)).toEqual([]);
      expect((await own.pool.query('select count(*)::int as n from sessions')).rows[0].n).toBeGreaterThan(0);
    });
  }
});
