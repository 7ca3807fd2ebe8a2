import * as z from 'zod/mini';
// Files, not the folders' index: lib/schema re-exports this module, and lib/procedure's index reads lib/schema.
import { instantSchema, nonEmpty, uuidSchema } from '../schema/common';
import { fieldResultSchema, fillResultSchema, fillStartedSchema, RELOAD_PURPOSES } from '../schema/fill';
import { checklistStepSchema } from '../schema/shift';
import { ticketSnapshotSchema } from '../schema/ticket';
import { flowAuditPayloads } from '../procedure/audit';
import { envelope, EVENT_KINDS, isUnboundKind, trailer, type Envelope, type EventKind, type UnboundKind } from './kinds';

/**
 * Every kind's payload, keys in the order they are written. The payloads reuse the schemas of
 * what they record (a fill's result, a ticket's facts, a pending request). Built in a pure call,
 * so a bundle that never checks a payload (the content script) leaves all of it out.
 */
export const EVENT_PAYLOADS = /* @__PURE__ */ (() => {
  const count = z.int().check(z.minimum(0));
  /**
   * A record's id named inside a payload (a fill's, a session's, a shift's). Masked exports starred
   * the digits of every payload string that looked like a phone number, ids too, until ids were
   * spared (lib/export/mask.ts): a file from then may hold "f0000000-0000-****-*000-…", and reads.
   */
  const payloadId = z.string().check(z.regex(/^[\da-f*-]{36}$/i));
  const fillRef = { fillId: payloadId };
  const followUp = z.object({ sessionId: payloadId, pendingUntil: z.nullable(instantSchema) });
  /** A checklist change; `nossaUser` only on changes Pandu saw on NOSSA (the user it showed, or null). */
  const checklist = z.object({
    shiftId: payloadId,
    shiftDate: z.iso.date(),
    shiftName: nonEmpty(),
    step: checklistStepSchema,
    detected: z.boolean(),
    nossaUser: z.optional(z.nullable(z.string())),
  });

  return {
    'session.started': z.object({ ticket: ticketSnapshotSchema }),
    ...flowAuditPayloads,
    /** Before Pandu touches NOSSA: the exact values it will type. */
    'fill.started': z.extend(fillStartedSchema, fillRef),
    /** Each field as it lands. */
    'fill.field': z.object({ ...fillRef, result: fieldResultSchema }),
    /** The run's end (releases the ticket's fill lock); `fillId` is absent in fills stored before operations existed. */
    'fill.result': z.extend(fillResultSchema, { kind: z.literal('fill'), fillId: z.optional(payloadId) }),
    /** A check of what NOSSA saved: its unsaved signs ("record"), or a freshly loaded ticket ("readBack"). */
    'fill.verify': z.extend(fillResultSchema, { kind: z.literal('verify'), fillId: z.optional(payloadId) }),
    /** Written when a new fill starts while an earlier one never ended. */
    'fill.interrupted': z.object(fillRef),
    /** Pandu reloads the ticket; stored without `purpose` before refills existed, which means "readBack". */
    'fill.reload': z.object({ ...fillRef, purpose: z.optional(z.enum(RELOAD_PURPOSES)) }),
    /** Follow-ups of an approved pending: the session is finished, so the payload names it. */
    'followup.notified': followUp,
    'followup.opened': followUp,
    'followup.resolved': followUp,
    'checklist.ticked': checklist,
    'checklist.unticked': checklist,
    'checklist.completed': checklist,
    /** What a clean-up deleted, and why (the alarm, or the lead pressing "delete now"). */
    'retention.deleted': z.object({
      cutoff: instantSchema,
      days: count,
      by: z.enum(['alarm', 'lead']),
      sessions: count,
      events: count,
      shifts: count,
      imports: count,
    }),
  } satisfies Record<EventKind, z.ZodMiniType>;
})();
/** The compiler's check that the payloads name no kind the list lacks. */
true satisfies [Exclude<keyof typeof EVENT_PAYLOADS, EventKind>] extends [never] ? true : false;

export type EventPayload<K extends EventKind> = z.output<(typeof EVENT_PAYLOADS)[K]>;

/** An event's kind with its payload: what a writer hands the constructor. */
export type EventEntry = { [K in EventKind]: { type: K; payload: EventPayload<K> } }[EventKind];

type AnyPayloadKey = { [K in EventKind]: keyof EventPayload<K> }[EventKind];
/**
 * A kind's payload, saying too that it has none of the other kinds' fields: narrowed on `type`
 * it is exactly the kind's payload, and read without narrowing (`event.payload.step`) a field
 * another kind has reads as `undefined`, never as a wrong type.
 */
type Exact<P> = P & { [X in Exclude<AnyPayloadKey, keyof P>]?: undefined };

/** One kind's event: a session's trail names its session, the other kinds none. */
export type PanduEventOf<K extends EventKind> = Omit<Envelope, 'sessionId'> & {
  sessionId: K extends UnboundKind ? null : string;
  type: K;
  payload: Exact<EventPayload<K>>;
};

/** The append-only audit trail: one member per kind; narrowing on `type` gives the payload. */
export type PanduEvent = { [K in EventKind]: PanduEventOf<K> }[EventKind];

const member = <K extends EventKind>(type: K) =>
  z.object({
    ...envelope,
    sessionId: (isUnboundKind(type) ? z.null() : uuidSchema) as K extends UnboundKind ? z.ZodMiniNull : typeof uuidSchema,
    type: z.literal(type),
    payload: EVENT_PAYLOADS[type],
    ...trailer,
  });
/** The compiler's check that what each member schema parses to is that kind's `PanduEvent`. */
type Parsed<K extends EventKind> = z.output<ReturnType<typeof member<K>>>;
true satisfies { [K in EventKind]: Parsed<K> extends PanduEventOf<K> ? (PanduEventOf<K> extends Parsed<K> ? true : false) : false }[EventKind];

/** Unknown kinds are refused where events are read in (an import): a newer Pandu wrote them. */
const unknownKind = (type: unknown) => `jenis peristiwa tidak dikenal / unknown event kind: ${JSON.stringify(type)} (Pandu lebih baru? / a newer Pandu?)`;

/**
 * The event record, every kind, every payload checked: for events that come from outside (an
 * agent's file, a server) and for the constructor. Parsing an event stored by any earlier Pandu
 * gives it back as stored (older shapes only lack optional fields); an unknown kind is refused
 * with its name.
 */
export const eventSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', EVENT_KINDS.map(member) as [ReturnType<typeof member<EventKind>>], {
    error: (issue) =>
      issue.code === 'invalid_union' && (issue as { note?: string }).note === 'No matching discriminator'
        ? unknownKind((issue.input as { type?: unknown } | undefined)?.type)
        : undefined,
  }))() as unknown as z.ZodMiniType<PanduEvent, PanduEvent>;
