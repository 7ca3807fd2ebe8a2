import { z } from 'zod';
import type { FlowView } from '../../db/sessions';
import type { FlowRefusal } from '../../procedure';
import { draftValuesSchema, fillResultSchema, ticketIdSchema, ticketSnapshotSchema, uuidSchema, type DraftValues, type FillResult, type TicketSnapshot } from '../../schema';

/** The guided flow (IK 1.2). Flow events are validated again by the state machine. */
export const flowRequests = {
  getFlow: z.object({ ticketId: ticketIdSchema }).strict(),
  startFlow: z.object({ ticket: ticketSnapshotSchema }).strict(),
  flowEvent: z.object({ sessionId: uuidSchema, event: z.unknown() }).strict(),
  saveDraft: z.object({ sessionId: uuidSchema, values: draftValuesSchema, origin: z.string().min(1).max(60) }).strict(),
  getRequesterSuggestions: z.undefined(),
  /** A fill or verify run on the page, with its per-field results: an audit event, not a step. */
  recordFill: z.object({ sessionId: uuidSchema, result: fillResultSchema }).strict(),
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
