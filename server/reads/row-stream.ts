import type pg from 'pg';
import Cursor from 'pg-cursor';

/**
 * A query's rows a page at a time through a server-side cursor (pg-cursor): however many rows
 * match, the server holds one page. The connection goes back to the pool when the reader is done
 * or stops early (a download cancelled), and is destroyed rather than reused after an error.
 */
export async function* rowPages<Row>(pool: pg.Pool, text: string, values: readonly unknown[], pageSize = 1_000): AsyncGenerator<Row[], void, undefined> {
  const client = await pool.connect();
  const cursor = client.query(new Cursor<Row>(text, [...values]));
  let failed: Error | undefined;
  try {
    for (;;) {
      const rows = await cursor.read(pageSize);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < pageSize) return;
    }
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    await cursor.close().catch((error: unknown) => {
      failed ??= error as Error;
    });
    client.release(failed);
  }
}
