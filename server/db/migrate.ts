import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The SQL files of migrations/, "NNN_name.sql", in order. */
export function migrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * Brings the database to the newest schema (or to `upTo`), each migration in its own
 * transaction, under an advisory lock so two servers starting at once do not both migrate.
 * Returns the versions applied now.
 */
export async function migrate(pool: pg.Pool, options: { upTo?: number; dir?: string } = {}): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(7242001)');
    await client.query('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())');
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations(options.dir)) {
      if (done.has(migration.version) || (options.upTo !== undefined && migration.version > options.upTo)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('select pg_advisory_unlock(7242001)').catch(() => undefined);
    client.release();
  }
}
