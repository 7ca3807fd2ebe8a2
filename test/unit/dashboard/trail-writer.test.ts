import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTrail, TrailWriter, type TrailText } from '@/entrypoints/dashboard/worker/trail';
import { PanduDb } from '@/lib/db';
import { ExportFileWriter, eventJson } from '@/lib/export';
import type { PanduEvent } from '@/lib/schema';
import { AGENTS, makeSession, trailOf, uuid } from '../export/factory';

/**
 * The trail worker's writer: the events of the kept sessions, in the store's order, as the text
 * the in-thread JSON writer would have written, whether the kept sessions are named before,
 * during or after the pass over the events.
 */
let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`trail-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const sessions = Array.from({ length: 12 }, (_, n) => makeSession(n + 1, { agentId: n % 3 ? AGENTS.dewi!.nossaUserId : AGENTS.putu!.nossaUserId }));
const trail = sessions.flatMap(trailOf);
const loose = { ...trail[0]!, id: uuid(9, 1), sessionId: null, type: 'checklist.ticked', payload: {} } as unknown as PanduEvent;

const textOf = (written: TrailText) => new Blob(written.parts).text();

/** The same events through the in-thread writer: its events section's text. */
function inThread(events: readonly PanduEvent[], mask: boolean): string {
  const writer = new ExportFileWriter({ agents: new Map(), exportedBy: null, exportedAt: '', appVersion: '0', mask });
  writer.takeParts();
  writer.events(events);
  return writer
    .takeParts()
    .join('')
    .replace(/^,"sessions":\[\],"events":\[/, '');
}

describe('the trail writer', () => {
  beforeEach(async () => {
    await db.events.bulkAdd([...trail, loose]);
  });

  const byKey = [...trail].sort((a, b) => a.id.localeCompare(b.id));

  it('writes the kept sessions’ events, in the store’s order, as the in-thread writer does, phones masked', async () => {
    const kept = new Set(sessions.filter((_, n) => n % 2 === 0).map((s) => s.id));
    const writer = new TrailWriter(true);
    const progress: Array<[number, number]> = [];
    await readTrail(db, writer, (done, total) => progress.push([done, total]));
    writer.keep(kept);
    const written = writer.finish();
    const expected = byKey.filter((e) => kept.has(e.sessionId!));
    expect(written.count).toBe(expected.length);
    expect(await textOf(written)).toBe(inThread(expected, true));
    expect(await textOf(written)).toContain('6281******890');
    expect(written.agentIds.sort()).toEqual(['930101', '940202']);
    expect(progress.at(-1)).toEqual([trail.length + 1, trail.length + 1]);
  });

  it('gives the same text whether the sessions are named before the pass ends or after', async () => {
    const kept = new Set(sessions.slice(3, 9).map((s) => s.id));
    const early = new TrailWriter(false);
    const reading = readTrail(db, early, () => undefined);
    early.keep(kept);
    await reading;
    const late = new TrailWriter(false);
    await readTrail(db, late, () => undefined);
    late.keep(kept);
    const [a, b] = [early.finish(), late.finish()];
    expect(a.count).toBe(b.count);
    expect(await textOf(a)).toBe(await textOf(b));
    expect(await textOf(a)).toBe(
      byKey
        .filter((e) => kept.has(e.sessionId!))
        .map((e) => eventJson(e, false))
        .join(','),
    );
  });

  it('writes nothing, and no agent, when no session is kept', async () => {
    const writer = new TrailWriter(false);
    await readTrail(db, writer, () => undefined);
    writer.keep(new Set());
    expect(writer.finish()).toEqual({ parts: [], count: 0, agentIds: [] });
  });

  it('refuses to be finished before it knows what to keep, or told twice', () => {
    const writer = new TrailWriter(false);
    expect(() => writer.finish()).toThrow(/before keep/);
    writer.keep(new Set());
    expect(() => writer.keep(new Set())).toThrow(/twice/);
  });
});

describe('the JSON writer, with the trail written elsewhere', () => {
  it('makes the same file as the in-thread writer', async () => {
    const header = { agents: new Map(), exportedBy: null, exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0', mask: false };
    const whole = new ExportFileWriter(header);
    whole.sessions(sessions);
    whole.events(trail.slice(0, 5));
    whole.events([loose]);
    whole.shifts([]);
    const split = new ExportFileWriter(header);
    split.sessions(sessions);
    const parts = [...split.takeParts()];
    parts.push(
      ...split.eventsWrittenElsewhere(5, ['930101']),
      trail
        .slice(0, 5)
        .map((e) => eventJson(e, false))
        .join(','),
    );
    split.events([loose]);
    split.shifts([]);
    parts.push(...split.finish());
    expect(parts.join('')).toBe(whole.finish().join(''));
    expect(JSON.parse(parts.join('')).events).toHaveLength(6);
  });

  it('adds nothing for an empty trail written elsewhere', () => {
    const header = { agents: new Map(), exportedBy: null, exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0', mask: false };
    const writer = new ExportFileWriter(header);
    writer.sessions(sessions.slice(0, 1));
    const parts = [...writer.takeParts(), ...writer.eventsWrittenElsewhere(0, []), ...writer.finish()];
    expect(JSON.parse(parts.join('')).events).toEqual([]);
  });
});
