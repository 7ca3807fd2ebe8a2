import { SessionNotFoundError } from '@/lib/db';
import { MessageRefusedError } from '@/lib/messaging';

/**
 * A session that is not stored (deleted by retention, or an id from elsewhere): a typed refusal
 * the panel words as "not found", rather than a raw error.
 */
export async function orNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SessionNotFoundError) throw new MessageRefusedError('not-found', error.message);
    throw error;
  }
}
