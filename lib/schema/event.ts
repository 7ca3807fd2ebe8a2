import * as z from 'zod/mini';
import { instantSchema, nonEmpty, ticketIdSchema, uuidSchema } from './common';

export const EVENT_VERSION = 1;

/**
 * The append-only audit trail. Every step, call attempt and fill result is one event; exports
 * are built from events and sessions and nothing is rewritten after the fact.
 */
export const eventSchema = z.object({
  v: z.literal(EVENT_VERSION),
  id: uuidSchema,
  sessionId: z.nullable(uuidSchema),
  ticketId: z.nullable(ticketIdSchema),
  agentId: nonEmpty(),
  type: z.string().check(z.regex(/^[a-z]+(\.[a-z-]+)*$/, 'event type')),
  payload: z.record(z.string(), z.unknown()),
  /** "IN.OCC.TENESA.W-02@<revision>", so each event stands on its own in an export. */
  procedureRevision: z.nullable(z.string()),
  at: instantSchema,
});
export type PanduEvent = z.infer<typeof eventSchema>;

/**
 * The audit events of one fill operation (issue 11, item 9), in the order they are written:
 * - "fill.started" {FillStarted}: before Pandu touches NOSSA, with the exact values it will type;
 * - "fill.field" {fillId, result: FieldResult}: each field as it lands;
 * - "fill.result" {FillResult, kind 'fill'}: the run's end (releases the ticket's fill lock);
 * - "fill.verify" {FillResult, kind 'verify', phase 'record' | 'readBack'}: a check of what NOSSA saved;
 * - "fill.interrupted" {fillId}: written when a new fill starts while an earlier one never ended;
 * - "fill.reload" {fillId}: Pandu reloads the ticket so that a fresh page shows only saved values.
 */
export const FILL_EVENTS = ['fill.started', 'fill.field', 'fill.result', 'fill.verify', 'fill.interrupted', 'fill.reload'] as const;
export type FillEventType = (typeof FILL_EVENTS)[number];
