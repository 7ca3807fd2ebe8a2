import type { EventKind } from '../events/kinds';

/**
 * The append-only audit trail. Every step, call attempt and fill result is one event; exports
 * are built from events and sessions and nothing is rewritten after the fact. The kinds, their
 * payloads and the version live in lib/events; they are named here too, with the other records.
 */
export { EVENT_VERSION, EVENT_KINDS, storedEventSchema, type EventKind } from '../events/kinds';
export { eventSchema, type EventPayload, type PanduEvent, type PanduEventOf } from '../events/payloads';

/**
 * The audit events of one fill operation (issue 11, item 9), in the order they are written:
 * - "fill.started" {FillStarted}: before Pandu touches NOSSA, with the exact values it will type;
 * - "fill.field" {fillId, result: FieldResult}: each field as it lands;
 * - "fill.result" {FillResult, kind 'fill'}: the run's end (releases the ticket's fill lock);
 * - "fill.verify" {FillResult, kind 'verify', phase 'record' | 'readBack'}: a check of what NOSSA saved;
 * - "fill.interrupted" {fillId}: written when a new fill starts while an earlier one never ended;
 * - "fill.reload" {fillId, purpose}: Pandu reloads the ticket, for a read-back or a refill on a clean page.
 */
export const FILL_EVENTS = ['fill.started', 'fill.field', 'fill.result', 'fill.verify', 'fill.interrupted', 'fill.reload'] as const satisfies readonly EventKind[];
export type FillEventType = (typeof FILL_EVENTS)[number];
