import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_PAYLOADS, EVENT_VERSION, InvalidEventError, buildEvent, eventSchema, type EventEntry, type EventSubject } from '@/lib/events';
import { eventSchema as schemaEventSchema, EVENT_VERSION as SCHEMA_EVENT_VERSION, type PanduEvent } from '@/lib/schema';
import { isUnboundKind } from '@/lib/events/kinds';
import fixture from './fixtures/events-v1.json';

const SUBJECT: EventSubject = {
  agentId: '930101',
  sessionId: '3b0f5f0e-8f0a-4c1e-9d51-2b1f7f4e2a10',
  ticketId: 'IN110088251',
  procedureRevision: 'IN.OCC.TENESA.W-02 rev - (2021-08-01)',
};
const AT = '2026-11-26T03:00:00.000Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const today = fixture.today as unknown as PanduEvent[];

describe('the one event constructor', () => {
  it('stamps the one version, the subject and the time, and a fresh id each time', () => {
    const entry: EventEntry = { type: 'fill.interrupted', payload: { fillId: 'f0000000-0000-4000-8000-00000000000a' } };
    const a = buildEvent(entry, SUBJECT, AT);
    const b = buildEvent(entry, SUBJECT, AT);
    expect(a).toEqual({ v: EVENT_VERSION, id: a.id, ...SUBJECT, type: 'fill.interrupted', payload: entry.payload, at: AT });
    expect(EVENT_VERSION).toBe(1);
    expect(a.id).toMatch(UUID);
    expect(b.id).not.toBe(a.id);
  });

  it('keeps an id a caller names (an import, a test)', () => {
    const id = '0c9a2f5e-1b7d-4a55-8f0e-6a0d3c2b1e01';
    expect(buildEvent({ type: 'flow.back', payload: { from: 'call' } }, SUBJECT, AT, id).id).toBe(id);
  });

  it('rebuilds every stored event exactly, key order included', () => {
    for (const event of today) {
      const { v, id, sessionId, ticketId, agentId, type, payload, procedureRevision, at } = event;
      expect(v).toBe(EVENT_VERSION);
      const built = buildEvent({ type, payload } as EventEntry, { agentId, sessionId, ticketId, procedureRevision }, at, id);
      expect(JSON.stringify(built), type).toBe(JSON.stringify(event));
    }
  });

  it('narrows on the kind: the payload type follows `type`', () => {
    const event = buildEvent({ type: 'call.attempt', payload: { step: '1.2.2', number: 1, at: AT, result: 'busy', note: '', failedSoFar: 1 } }, SUBJECT, AT);
    // Compile-time: `event.payload.result` is the attempt result; a field of another kind is `undefined`.
    const result: 'busy' | 'connected' | 'no-answer' | 'inactive' | 'wrong-number' = event.payload.result;
    expect(result).toBe('busy');
    const any: PanduEvent = event;
    expect(any.payload.fillId).toBeUndefined();
  });

  it("refuses a payload that is not its kind's, naming the kind and the field", () => {
    const bad =
      (entry: unknown, subject = SUBJECT, at = AT) =>
      () =>
        buildEvent(entry as EventEntry, subject, at);
    expect(bad({ type: 'call.attempt', payload: { step: '1.2.2', number: -1, at: AT, result: 'busy', note: '', failedSoFar: 0 } })).toThrow(InvalidEventError);
    expect(bad({ type: 'call.attempt', payload: { step: '1.2.2', number: -1, at: AT, result: 'busy', note: '', failedSoFar: 0 } })).toThrow(
      /^call\.attempt: .*→ at payload\.number$/ms,
    );
    expect(bad({ type: 'fill.reload', payload: { fillId: 'f0000000-0000-4000-8000-00000000000a', purpose: 'later' } })).toThrow(/^fill\.reload: .*→ at payload\.purpose$/ms);
    expect(bad({ type: 'fill.result', payload: { ...today.find((e) => e.type === 'fill.verify')!.payload } })).toThrow(/^fill\.result: .*→ at payload\.kind$/ms);
    expect(bad({ type: 'request.submitted', payload: { step: '1.2.2', requesterName: 'A', requesterGroup: 'B', reasonCode: 'C', requestedUntil: null, note: '' } })).toThrow(
      /→ at payload\.step$/m,
    );
    expect(bad({ type: 'session.started', payload: {} })).toThrow(/→ at payload\.ticket$/m);
  });

  it('refuses a kind it does not know, and a subject or time no record could hold', () => {
    expect(() => buildEvent({ type: 'followup.snoozed', payload: {} } as unknown as EventEntry, SUBJECT, AT)).toThrow(/unknown event kind: "followup\.snoozed"/);
    const entry: EventEntry = { type: 'flow.back', payload: { from: 'call' } };
    expect(() => buildEvent(entry, { ...SUBJECT, ticketId: 'X1' }, AT)).toThrow(/→ at ticketId$/m);
    expect(() => buildEvent(entry, { ...SUBJECT, agentId: '' }, AT)).toThrow(/→ at agentId$/m);
    expect(() => buildEvent(entry, SUBJECT, '26-11-2026 10:00')).toThrow(/→ at at$/m);
    expect(() => buildEvent(entry, SUBJECT, AT, 'not-a-uuid')).toThrow(/→ at id$/m);
  });

  it("ties a session's trail to its session, and follow-ups, checklist changes and clean-ups to none", () => {
    const unbound = { ...SUBJECT, sessionId: null };
    const tick = { shiftId: 'e0000000-0000-4000-8000-000000000029', shiftDate: '2026-11-26', shiftName: 'pagi', step: '1.1.1', detected: false } as const;
    expect(buildEvent({ type: 'checklist.ticked', payload: tick }, { ...unbound, ticketId: null }, AT).sessionId).toBeNull();
    expect(() => buildEvent({ type: 'checklist.ticked', payload: tick }, SUBJECT, AT)).toThrow(/→ at sessionId$/m);
    expect(() => buildEvent({ type: 'flow.back', payload: { from: 'call' } }, unbound, AT)).toThrow(/→ at sessionId$/m);
    const unboundKinds = ['followup.notified', 'followup.opened', 'followup.resolved', 'checklist.ticked', 'checklist.unticked', 'checklist.completed', 'retention.deleted'];
    expect(EVENT_KINDS.filter(isUnboundKind)).toEqual(unboundKinds);
    for (const event of today) expect(event.sessionId === null, event.type).toBe(unboundKinds.includes(event.type));
  });

  it('is the schema lib/schema names: one version, one union, a payload schema per kind', () => {
    expect(schemaEventSchema).toBe(eventSchema);
    expect(SCHEMA_EVENT_VERSION).toBe(EVENT_VERSION);
    expect(Object.keys(EVENT_PAYLOADS)).toEqual(EVENT_KINDS);
    expect(EVENT_KINDS).toHaveLength(23);
  });
});
