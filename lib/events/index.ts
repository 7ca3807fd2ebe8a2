export { EVENT_VERSION, EVENT_KINDS, UNBOUND_KINDS, storedEventSchema, unhandledKind, type EventKind, type UnboundKind, type UnknownEvent } from './kinds';
export { EVENT_PAYLOADS, eventSchema, type EventPayload, type EventEntry, type PanduEvent, type PanduEventOf } from './payloads';
export { buildEvent, InvalidEventError, type EventSubject } from './build';
export { describeEvent, summarizePayload, type EventDescription } from './describe';
