import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { latestFill, readBackDue, refillDue } from '@/components/panel/flow/fill-state';
import { PanduDb, lastFillResults, openFollowUps, unfinishedFills } from '@/lib/db';
import { EVENT_KINDS, describeEvent, eventSchema, storedEventSchema } from '@/lib/events';
import { eventColumns } from '@/lib/export';
import { checkImportData, checkImportText } from '@/lib/import';
import { localClock } from '@/lib/time';
import { translator } from '@/lib/i18n';
import type { PanduEvent } from '@/lib/schema';
import { TEST_LABELS } from '../export/labels';
import fixture from './fixtures/events-v1.json';
import exported from './fixtures/export-v1.json';
import exportedMasked from './fixtures/export-masked-v1.json';

/**
 * Events stored before the union existed (fixtures/events-v1.json says how they were made) read
 * as they are: nothing stored is upgraded or rewritten, every shape earlier Pandus wrote parses,
 * and every reader handles it. Export files of that time import whole, masked ones included.
 */
const today = fixture.today as unknown[];
const older = fixture.older.map((o) => o.event) as unknown[];
const stored = [...today, ...older];

describe('events stored before the typed union', () => {
  it('hold one event or more of every kind', () => {
    expect(new Set(today.map((e) => (e as PanduEvent).type))).toEqual(new Set(EVENT_KINDS));
  });

  it('parse as they are stored: nothing is upgraded, added or dropped', () => {
    for (const event of stored) expect(eventSchema.parse(event), (event as PanduEvent).type).toEqual(event);
  });

  it("pass between Pandu's own contexts as they are (the light check a panel runs on a pushed trail)", () => {
    for (const event of stored) expect(storedEventSchema.parse(event)).toEqual(event);
    const [first] = today as PanduEvent[];
    expect(storedEventSchema.safeParse({ ...first, id: 'x' }).success).toBe(false);
    expect(storedEventSchema.safeParse({ ...first, type: 'Not A Kind' }).success).toBe(false);
  });

  it('include the older shapes, which lack only what was added since', () => {
    const kinds = fixture.older.map((o) => o.event.type);
    expect(kinds).toEqual(['fill.reload', 'fill.result', 'fill.verify', 'customer.approved', 'customer.declined']);
    const [reload, result, verify] = older as PanduEvent[];
    expect(reload!.payload).not.toHaveProperty('purpose');
    expect(result!.payload).not.toHaveProperty('fillId');
    expect(verify!.payload).not.toHaveProperty('phase');
  });

  for (const language of ['id', 'en'] as const) {
    it(`are each described in ${language}, with no placeholder left and times in the agent's zone`, () => {
      const t = translator(language);
      for (const event of stored as PanduEvent[]) {
        const { title, detail } = describeEvent(event, t, 'Asia/Makassar');
        expect(title, event.type).not.toBe(event.type);
        expect(title.trim(), event.type).not.toBe('');
        expect(`${title} ${detail}`, event.type).not.toMatch(/\{\w+\}|undefined|null|NaN|\[object/);
        expect(detail, event.type).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      }
      const approved = (stored as PanduEvent[]).find((e) => e.type === 'customer.approved')!;
      expect(describeEvent(approved, t, 'Asia/Makassar').detail).toContain('27-11-2026 09:00 WITA');
      expect(describeEvent(approved, t, 'Asia/Jakarta').detail).toContain('27-11-2026 08:00 WIB');
    });
  }

  it('read in the readers as they are: the fill trail, the refill, the fill column, follow-ups', async () => {
    const events = stored as PanduEvent[];
    const sessionA = events.find((e) => e.type === 'session.started' && e.ticketId === 'IN110088251')!.sessionId!;
    const trail = events.filter((e) => e.sessionId === sessionA);
    expect(latestFill(trail)).toMatchObject({ fillId: 'f0000000-0000-4000-8000-00000000000a', result: { ok: true }, verifies: [{ phase: 'record' }, { phase: 'readBack' }] });
    expect(unfinishedFills(trail)).toEqual([]);
    // The older shapes: a fill before operations had ids, a reload before it had a purpose (a read-back).
    const [reload, result, verify] = older as PanduEvent[];
    expect(latestFill([result!, verify!])).toMatchObject({ fillId: null, started: null, result: { ok: true }, verifies: [{ ok: true }] });
    const startedEvent = trail.find((e) => e.type === 'fill.started' && e.payload.fillId === 'f0000000-0000-4000-8000-00000000000a')!;
    const recordCheck = trail.find((e) => e.type === 'fill.verify' && e.payload.phase === 'record')!;
    const oldReload = [startedEvent, recordCheck, reload!];
    const loadedAt = Date.parse(reload!.at) + 1_000;
    expect(readBackDue(oldReload, loadedAt, loadedAt + 1_000)?.fill.fillId).toBe('f0000000-0000-4000-8000-00000000000a');
    expect(refillDue(oldReload, loadedAt, loadedAt + 1_000)).toBeNull();

    const db = new PanduDb(`stored-events-${crypto.randomUUID()}`);
    try {
      await db.events.bulkAdd(today as PanduEvent[]);
      await db.sessions.bulkAdd(exported.sessions as never);
      expect(await lastFillResults(db)).toEqual(new Map([[sessionA, true]]));
      // Session A's follow-up was marked handled.
      expect((await openFollowUps(db, '930101')).map((f) => f.sessionId)).not.toContain(sessionA);
    } finally {
      await db.delete();
    }
  });

  it("write into the events sheet: the step column from the payload, the detail as the kind's sentence", () => {
    const columns = eventColumns(TEST_LABELS, localClock('Asia/Makassar'));
    const step = columns.find((c) => c.key === 'eventStep')!;
    const detail = columns.find((c) => c.key === 'eventDetail')!;
    const steps = (stored as PanduEvent[]).map((e) => step.value(e));
    expect(new Set(steps)).toEqual(new Set(['', '1.2.1', '1.2.2', '1.2.4', '1.2.5', '1.2.6', '1.3', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6']));
    const reload = (older as PanduEvent[])[0]!;
    // Stored before purposes existed: told as a read-back, never as its payload's keys.
    expect(detail.value(reload)).toBe('dimuat ulang untuk membaca apa yang tersimpan di NOSSA');
    for (const event of [...(stored as PanduEvent[]), ...(older as PanduEvent[])]) expect(String(detail.value(event))).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}T/);
  });
});

describe('export files made before the typed union', () => {
  it('import whole, their events as they were written', () => {
    const check = checkImportText(JSON.stringify(exported));
    expect(check.ok && check.file.events).toEqual(exported.events);
  });

  it('import whole when masked, also where masking starred the digits of an id in a payload', () => {
    const starred = JSON.stringify(exportedMasked.events).match(/"fillId":"[^"]*\*[^"]*"/g);
    expect(starred?.length).toBeGreaterThan(0);
    const check = checkImportText(JSON.stringify(exportedMasked));
    expect(check.ok && check.file.events).toEqual(exportedMasked.events);
  });

  it('refuse an event kind this Pandu does not know, naming it and where it is', () => {
    const events = structuredClone(exported.events) as Array<{ type: string; payload: unknown }>;
    events[7] = { ...events[7]!, type: 'followup.snoozed', payload: { minutes: 15 } };
    const check = checkImportData({ ...exported, events });
    expect(check.ok).toBe(false);
    if (check.ok || check.problem.code !== 'invalid') throw new Error(JSON.stringify(check));
    expect(check.problem.issues).toEqual([{ path: 'events[7].type', message: expect.stringContaining('"followup.snoozed"') }]);
    expect(check.problem.issues[0]!.message).toMatch(/unknown event kind/);
    expect(check.problem.issues[0]!.message).toMatch(/jenis peristiwa tidak dikenal/);
  });

  it("refuse a known kind whose payload is not that kind's, with the path to the field", () => {
    const events = structuredClone(exported.events) as Array<{ type: string; payload: Record<string, unknown> }>;
    const i = events.findIndex((e) => e.type === 'call.attempt');
    events[i]!.payload.result = 'hung-up';
    const check = checkImportData({ ...exported, events });
    expect(!check.ok && check.problem.code === 'invalid' && check.problem.issues.map((issue) => issue.path)).toEqual([`events[${i}].payload.result`]);
  });
});
