import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb } from '@/lib/db';
import { EMPTY_FILTER, type LogFilter } from '@/lib/logs';
import { exportBlob } from './export-blob';
import type { UnboundKind } from '@/lib/events';
import type { PanduEvent } from '@/lib/schema';
import { AGENTS, makeSession, trailOf, uuid } from '../export/factory';

/**
 * The JSON file a lead re-imports holds the sessions the filter keeps, their whole trail and,
 * for a slice by days / agent / area, the agents' events outside any session in that slice
 * (checklist ticks, follow-ups), never the browser's own clean-up record.
 */
let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`export-json-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const unbound = (n: number, type: UnboundKind, agentId: string, at: string) =>
  ({ v: 1, id: uuid(9, n), sessionId: null, ticketId: null, agentId, type, payload: {}, procedureRevision: null, at }) as unknown as PanduEvent;

async function exportJson(filter: Partial<LogFilter>): Promise<{ sessions: Array<{ id: string }>; events: PanduEvent[] }> {
  const blob = await exportBlob(db, { format: 'json', filter: { ...EMPTY_FILTER, ...filter } });
  return JSON.parse(await blob.text()) as { sessions: Array<{ id: string }>; events: PanduEvent[] };
}

describe('the JSON export', () => {
  beforeEach(async () => {
    // Sessions an hour apart from 2026-11-20 03:00 UTC: local days 20 and 21 in WITA (UTC+8).
    const sessions = Array.from({ length: 30 }, (_, n) => makeSession(n + 1, { agentId: n % 2 ? AGENTS.putu!.nossaUserId : AGENTS.dewi!.nossaUserId }));
    await db.sessions.bulkAdd(sessions);
    await db.events.bulkAdd([
      ...sessions.flatMap(trailOf),
      unbound(1, 'checklist.ticked', '930101', '2026-11-20T15:59:59.999Z'), // 20-11 23:59 WITA
      unbound(2, 'checklist.ticked', '930101', '2026-11-20T16:00:00.000Z'), // 21-11 00:00 WITA
      unbound(3, 'followup.opened', '940202', '2026-11-21T09:00:00.000Z'),
      unbound(4, 'retention.deleted', '930101', '2026-11-21T10:00:00.000Z'),
      unbound(5, 'checklist.completed', '930101', '2026-11-21T16:00:00.000Z'), // 22-11 00:00 WITA
    ]);
  });

  const looseIds = (events: PanduEvent[]) =>
    events
      .filter((e) => e.sessionId === null)
      .map((e) => Number.parseInt(e.id.slice(-12), 16))
      .sort();

  it("holds every agent's work outside sessions when nothing is filtered, but not the clean-up's record", async () => {
    const file = await exportJson({});
    expect(file.sessions).toHaveLength(30);
    expect(file.events.filter((e) => e.sessionId !== null)).toHaveLength(30 * trailOf(makeSession(1)).length);
    expect(looseIds(file.events)).toEqual([1, 2, 3, 5]);
  });

  it('keeps to the local days and the agent of the filter', async () => {
    expect(looseIds((await exportJson({ from: '2026-11-21', to: '2026-11-21' })).events)).toEqual([2, 3]);
    expect(looseIds((await exportJson({ from: '2026-11-21', to: '2026-11-21', agentId: '930101' })).events)).toEqual([2]);
  });

  it('holds no loose events for a slice by outcome (they belong to no outcome)', async () => {
    expect(looseIds((await exportJson({ outcome: 'approved' })).events)).toEqual([]);
  });
});
