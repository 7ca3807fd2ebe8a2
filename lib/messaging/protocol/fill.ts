import * as z from 'zod/mini';
import type { FlowView } from '../../procedure';
import { fieldResultSchema, fillResultSchema, fillStartedSchema, RELOAD_PURPOSES, ticketIdSchema, uuidSchema } from '../../schema';
import { resultOf } from '../declare';

/** Who holds a ticket's fill lock, as the panel shows it. */
interface FillLockHolder {
  agentId: string;
  agentName: string;
  /** When this fill took the lock (UTC ISO). */
  since: string;
}

interface FillLockInfo extends FillLockHolder {
  fillId: string;
  sessionId: string;
  /** Whether the lock is held by the asking tab (e.g. this tab, before a reload). */
  here: boolean;
}

/**
 * A fill as a durable, idempotent operation (issue 11, item 9): the lock that keeps it to one tab
 * per ticket, and its start, fields, reload and final run written to the audit trail as they
 * happen. Each record answers the flow as it now stands.
 */
export const fillRequests = {
  /** Before a fill: only one tab fills a ticket at a time. */
  acquireFillLock: {
    input: z.strictObject({ ticketId: ticketIdSchema, sessionId: uuidSchema, fillId: uuidSchema }),
    result: resultOf<{ ok: true } | { ok: false; code: 'fill-locked'; holder: FillLockHolder }>(),
  },
  /** Who fills this ticket now, if anyone (the panel shows "sedang diisi di tab lain"). */
  getFillLock: { input: z.strictObject({ ticketId: ticketIdSchema }), result: resultOf<FillLockInfo | null>() },
  /** "fill.started", before the page is touched. */
  recordFillStart: { input: z.strictObject({ sessionId: uuidSchema, started: fillStartedSchema }), result: resultOf<FlowView>() },
  /** "fill.field", as each field lands; renews the lock's lease. */
  recordFillField: { input: z.strictObject({ sessionId: uuidSchema, fillId: uuidSchema, result: fieldResultSchema }), result: resultOf<FlowView>() },
  /** "fill.reload": Pandu reloads the ticket for a fresh read of what NOSSA saved. */
  recordFillReload: {
    input: z.strictObject({ sessionId: uuidSchema, fillId: uuidSchema, purpose: z.optional(z.enum(RELOAD_PURPOSES)) }),
    result: resultOf<FlowView>(),
  },
  /** The final run, a fill ("fill.result", releases the lock) or a verify ("fill.verify"), with its per-field results. */
  recordFill: { input: z.strictObject({ sessionId: uuidSchema, result: fillResultSchema }), result: resultOf<FlowView>() },
};
