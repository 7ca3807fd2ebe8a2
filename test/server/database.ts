import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../server/db/migrate';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  drop: () => Promise<void>;
}

/** A new, empty database in the run's cluster, migrated to `upTo` (default: the newest schema). */
export async function freshDatabase(options: { upTo?: number; migrate?: boolean } = {}): Promise<TestDatabase> {
  const clusterUrl = inject('clusterUrl');
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client(clusterUrl);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = clusterUrl.replace(/\/postgres$/, `/${name}`);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose backend goes away (the drop below, a fault test's pg_terminate_backend)
  // reports it on the pool; unheard, Node would count it as an unhandled error of the run.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
  if (options.migrate !== false) await migrate(pool, { upTo: options.upTo });
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const client = new pg.Client(clusterUrl);
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
