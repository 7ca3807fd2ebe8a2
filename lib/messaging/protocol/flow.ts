import * as z from 'zod/mini';
import type { FlowView } from '../../db/sessions';
import type { FlowRefusal } from '../../procedure';
import { draftValuesSchema, fillResultSchema, ticketIdSchema, ticketSnapshotSchema, uuidSchema, type DraftValues, type FillResult, type TicketSnapshot } from '../../schema';

/** The guided flow (IK 1.2). Flow events are validated again by the state machine. */
export const flowRequests = {
  getFlow: z.strictObject({ ticketId: ticketIdSchema }),
  startFlow: z.strictObject({ ticket: ticketSnapshotSchema }),
  flowEvent: z.strictObject({ sessionId: uuidSchema, event: z.unknown() }),
  saveDraft: z.strictObject({ sessionId: uuidSchema, values: draftValuesSchema, origin: z.string().check(z.minLength(1), z.maxLength(60)) }),
  getRequesterSuggestions: z.undefined(),
  /** A fill or verify run on the page, with its per-field results: an audit event, not a step. */
  recordFill: z.strictObject({ sessionId: uuidSchema, result: fillResultSchema }),
} as const;

export const flowPushes = {
  flowChanged: z.object({ ticketId: ticketIdSchema, view: z.custom<FlowView>((v) => typeof v === 'object' && v != null) }),
} as const;

export interface FlowEventResult {
  view: FlowView;
  refusal: FlowRefusal | null;
}

export interface FlowProtocol {
  getFlow(data: { ticketId: string }): FlowView | null;
  startFlow(data: { ticket: TicketSnapshot }): FlowView;
  flowEvent(data: { sessionId: string; event: unknown }): FlowEventResult;
  saveDraft(data: { sessionId: string; values: DraftValues; origin: string }): boolean;
  getRequesterSuggestions(): Array<{ name: string; group: string }>;
  recordFill(data: { sessionId: string; result: FillResult }): FlowView;
  /** Push: a ticket's flow changed (another tab, a step, a draft). */
  flowChanged(data: { ticketId: string; view: FlowView }): void;
}
