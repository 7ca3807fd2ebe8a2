import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config';
import { freePort } from '../../server/db/cluster';
import { startServer } from '../../server/main';
import { freshDatabase, type TestDatabase } from './database';

describe('npm run team-server', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('reads its environment with defaults, and names each wrong variable', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pandu' })).toEqual({
      databaseUrl: 'postgres://u:p@db:5432/pandu',
      port: 8787,
      host: '127.0.0.1',
      ratePerMinute: 600,
    });
    expect(readConfig({ DATABASE_URL: 'postgresql://db/pandu', PORT: '9000', PUBLIC_URL: 'https://pandu.example.co.id/', RATE_PER_MINUTE: '60' })).toMatchObject({
      port: 9000,
      publicUrl: 'https://pandu.example.co.id',
      ratePerMinute: 60,
    });
    const wrong = () => readConfig({ DATABASE_URL: 'mysql://db', PORT: '99999', PUBLIC_URL: 'ftp://x', RATE_PER_MINUTE: 'lots' });
    expect(wrong).toThrow(ConfigError);
    expect(wrong).toThrow(/DATABASE_URL: a PostgreSQL URL[\s\S]*PORT: a port number between 1 and 65535[\s\S]*PUBLIC_URL[\s\S]*RATE_PER_MINUTE/);
    expect(() => readConfig({})).toThrow(/DATABASE_URL: missing/);
  });

  it('migrates an empty database at start, serves on its port, and stops cleanly', async () => {
    const port = await freePort();
    const server = await startServer({ databaseUrl: db.url, port, host: '127.0.0.1', ratePerMinute: 600 }, { logger: false });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true });
      const me = await fetch(`${server.url}/api/v1/me`);
      expect([me.status, ((await me.json()) as { error: { code: string } }).error.code]).toEqual([401, 'auth.missing']);
      const { rows } = await db.pool.query('select count(*)::int as n from schema_migrations');
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
