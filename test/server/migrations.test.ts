import { afterAll, describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../server/db/migrate';
import { freshDatabase, type TestDatabase } from './database';

describe('migrations', () => {
  const made: TestDatabase[] = [];
  afterAll(() => Promise.all(made.map((db) => db.drop())));

  it('apply in order on an empty database, and a second run applies nothing', async () => {
    const db = await freshDatabase({ migrate: false });
    made.push(db);
    const applied = await migrate(db.pool);
    expect(applied).toEqual(migrations().map((m) => m.version));
    expect(await migrate(db.pool)).toEqual([]);
  });
});
