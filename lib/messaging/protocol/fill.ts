import * as z from 'zod/mini';
import type { FlowView } from '../../db/sessions';
import { fieldResultSchema, fillStartedSchema, RELOAD_PURPOSES, ticketIdSchema, uuidSchema, type FieldResult, type FillStarted, type ReloadPurpose } from '../../schema';

/**
 * A fill as a durable, idempotent operation (issue 11, item 9): the lock that keeps it to one tab
 * per ticket, and its start, fields and reload written to the audit trail as they happen. The
 * final run is `recordFill` (protocol/flow.ts), which also releases the lock.
 */
export const fillRequests = {
  /** Before a fill: only one tab fills a ticket at a time. */
  acquireFillLock: z.strictObject({ ticketId: ticketIdSchema, sessionId: uuidSchema, fillId: uuidSchema }),
  /** Who fills this ticket now, if anyone (the panel shows "sedang diisi di tab lain"). */
  getFillLock: z.strictObject({ ticketId: ticketIdSchema }),
  /** "fill.started", before the page is touched. */
  recordFillStart: z.strictObject({ sessionId: uuidSchema, started: fillStartedSchema }),
  /** "fill.field", as each field lands; renews the lock's lease. */
  recordFillField: z.strictObject({ sessionId: uuidSchema, fillId: uuidSchema, result: fieldResultSchema }),
  /** "fill.reload": Pandu reloads the ticket for a fresh read of what NOSSA saved. */
  recordFillReload: z.strictObject({ sessionId: uuidSchema, fillId: uuidSchema, purpose: z.optional(z.enum(RELOAD_PURPOSES)) }),
} as const;

/** Who holds a ticket's fill lock, as the panel shows it. */
export interface FillLockHolder {
  agentId: string;
  agentName: string;
  /** When this fill took the lock (UTC ISO). */
  since: string;
}

export type FillLockAnswer = { ok: true } | { ok: false; code: 'fill-locked'; holder: FillLockHolder };

export interface FillLockInfo extends FillLockHolder {
  fillId: string;
  sessionId: string;
  /** Whether the lock is held by the asking tab (e.g. this tab, before a reload). */
  here: boolean;
}

export interface FillProtocol {
  acquireFillLock(data: { ticketId: string; sessionId: string; fillId: string }): FillLockAnswer;
  getFillLock(data: { ticketId: string }): FillLockInfo | null;
  recordFillStart(data: { sessionId: string; started: FillStarted }): FlowView;
  recordFillField(data: { sessionId: string; fillId: string; result: FieldResult }): FlowView;
  recordFillReload(data: { sessionId: string; fillId: string; purpose?: ReloadPurpose }): FlowView;
}
