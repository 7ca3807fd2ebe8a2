import type { EventKind, PanduEvent } from '@/lib/schema';

/** Seconds from this instant place each event of a hand-built trail. */
export const T0 = Date.parse('2026-12-06T03:00:00.000Z');
export const at = (s: number) => new Date(T0 + s * 1000).toISOString();

let n = 0;
/** An event as stored (older shapes included): the readers take the trail as it is, unvalidated. */
export const trailEvent = (type: EventKind, payload: object, s: number) =>
  ({
    v: 1,
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    sessionId: '99999999-9999-4999-8999-999999999999',
    ticketId: 'IN110088251',
    agentId: '930101',
    type,
    payload,
    procedureRevision: null,
    at: at(s),
  }) as PanduEvent;
