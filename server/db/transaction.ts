import type pg from 'pg';
import { isUnavailable, unavailable } from './failures';

/**
 * Runs `work` in one transaction on one connection: all of it is committed, or none of it. A
 * connection that failed is destroyed rather than returned to the pool, and a database that is
 * not reachable becomes a 503 the client retries.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw isUnavailable(error) ? unavailable() : error;
  }
  let broken: Error | undefined;
  // A connection cut while checked out emits 'error' on the client; unheard, it would end the process.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    if (isUnavailable(error)) {
      broken ??= error as Error;
      throw unavailable();
    }
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
