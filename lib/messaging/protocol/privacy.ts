import * as z from 'zod/mini';
import { retentionDays, type RetentionCounts } from '../../schema';
import { resultOf } from '../declare';

/** Privacy (dashboard): the team lead's go-ahead for deleting old records. */
export const privacyRequests = {
  /**
   * The lead agreed to deletion for this period: the background stores the go-ahead and deletes
   * what is older at once (the daily alarm does the same later). Pages never delete records.
   */
  confirmRetention: { input: z.strictObject({ days: retentionDays() }), result: resultOf<RetentionCounts>() },
};
