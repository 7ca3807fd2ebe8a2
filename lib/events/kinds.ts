import * as z from 'zod/mini';
// Files, not the folders' index: lib/schema re-exports this module, and lib/procedure's index reads lib/schema.
import { instantSchema, nonEmpty, ticketIdSchema, uuidSchema } from '../schema/common';
import type { PanduEvent } from './payloads';

/**
 * The version of the event record, declared here and nowhere else. Every shape stored so far
 * reads under version 1 (fields added since are optional), so nothing stored is ever rewritten.
 * A change an older Pandu could not read (a field it must know) bumps it.
 */
export const EVENT_VERSION = 1;

/** Every kind of audit event; each has its payload schema in payloads.ts. */
export const EVENT_KINDS = [
  'session.started',
  'request.submitted',
  'recheck.confirmed',
  'call.attempt',
  'outcome.unreachable',
  'customer.approved',
  'customer.declined',
  'update.applied',
  'flow.back',
  'flow.cancelled',
  'fill.started',
  'fill.field',
  'fill.result',
  'fill.verify',
  'fill.interrupted',
  'fill.reload',
  'followup.notified',
  'followup.opened',
  'followup.resolved',
  'checklist.ticked',
  'checklist.unticked',
  'checklist.completed',
  'retention.deleted',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/**
 * Kinds about no one session (their `sessionId` is null): follow-ups of a finished session (the
 * payload names it), checklist changes, clean-ups. Every other kind is part of a session's trail.
 */
export type UnboundKind = Extract<EventKind, `followup.${string}` | `checklist.${string}` | 'retention.deleted'>;
export const isUnboundKind = (type: string): boolean => /^(followup|checklist|retention)\./.test(type);
/** Every unbound kind: what the type index is asked for to find the events outside any session. */
export const UNBOUND_KINDS = EVENT_KINDS.filter((kind): kind is UnboundKind => isUnboundKind(kind));

/** Who and what an event is about (each kind's schema pins `sessionId`: a string on a session's trail, else null). */
export const envelope = {
  v: z.literal(EVENT_VERSION),
  id: uuidSchema,
  sessionId: z.nullable(uuidSchema),
  ticketId: z.nullable(ticketIdSchema),
  agentId: nonEmpty(),
};
export const trailer = {
  /** "IN.OCC.TENESA.W-02@<revision>", so each event stands on its own in an export. */
  procedureRevision: z.nullable(z.string()),
  at: instantSchema,
};
export type Envelope = z.output<z.ZodMiniObject<typeof envelope & typeof trailer>>;

/**
 * An event passed between Pandu's own contexts (the background to a panel): the record checked,
 * its kind and payload taken as the store holds them, since the constructor checked every event
 * it wrote and an import every event it took in (readers show a kind they do not know by its
 * code). Light on purpose: the content script ships it. Where events come from outside (a file,
 * a server), `eventSchema` checks every kind and payload.
 */
export const storedEventSchema = z.object({
  ...envelope,
  type: z.string().check(z.regex(/^[a-z]+(\.[a-z-]+)*$/, 'event type')),
  payload: z.record(z.string(), z.unknown()),
  ...trailer,
}) as unknown as z.ZodMiniType<PanduEvent, PanduEvent>;

/** An event as a reader may meet it at run time from a newer Pandu: a kind this one does not know. */
export interface UnknownEvent {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * For the `default` of a `switch (event.type)`: the compiler proves every kind was handled above
 * (the event is `never` here, so a new kind fails to compile until its readers say what it is);
 * at run time an unknown kind lands here and is shown by its code.
 */
export const unhandledKind = (event: never): UnknownEvent => event;
