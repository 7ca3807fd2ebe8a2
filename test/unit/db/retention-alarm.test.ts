import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { privacyHandlers } from '@/entrypoints/background/privacy-handlers';
import { RETENTION_ALARM, runRetention, startRetention } from '@/entrypoints/background/retention';
import { createBackgroundContext, type BackgroundContext } from '@/entrypoints/background/context';
import { PanduDb, lastRetentionRun, readSettings } from '@/lib/db';
import { updateSettings } from '@/lib/db/write';
import { makeSession, trailOf } from '../export/factory';

let db: PanduDb;
let context: BackgroundContext;
const NOW = '2027-06-01T00:00:00.000Z';

beforeEach(async () => {
  fakeBrowser.reset();
  db = new PanduDb(`retention-alarm-${crypto.randomUUID()}`);
  context = createBackgroundContext(db, { now: () => NOW });
  const old = makeSession(1, { startedAt: '2026-11-20T01:00:00.000Z' });
  await db.sessions.add(old);
  await db.events.bulkAdd(trailOf(old));
});
afterEach(async () => {
  await db.delete();
});

describe('the daily retention alarm', () => {
  it('deletes nothing until the team lead confirmed automatic deletion', async () => {
    await runRetention(context);
    expect(await db.sessions.count()).toBe(1);
    expect(await lastRetentionRun(db)).toBeNull();
  });

  it('deletes old data once confirmed, and writes what it deleted to the audit trail', async () => {
    await updateSettings(db, { retention: { days: 180, confirmed: { at: NOW, days: 180 } } });
    await runRetention(context);
    expect(await db.sessions.count()).toBe(0);
    const run = await lastRetentionRun(db);
    expect(run).toMatchObject({ type: 'retention.deleted', at: NOW, sessionId: null, payload: { days: 180, by: 'alarm', sessions: 1, events: 5 } });
  });

  it('creates one daily alarm and reacts to it alone', async () => {
    await updateSettings(db, { retention: { days: 180, confirmed: { at: NOW, days: 180 } } });
    startRetention(context);
    await expect.poll(() => fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ name: RETENTION_ALARM, periodInMinutes: 1440 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'followup:abc', scheduledTime: Date.now() });
    expect(await db.sessions.count()).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await expect.poll(() => db.sessions.count()).toBe(0);
  });

  it("the lead's go-ahead from the dashboard is stored and applied by the background (pages never delete)", async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined); // an open page hears the settings push
    const counts = await privacyHandlers(context).confirmRetention({ days: 180 }, {});
    expect(counts).toMatchObject({ sessions: 1, events: 5 });
    expect(await db.sessions.count()).toBe(0);
    expect((await readSettings(db)).retention).toEqual({ days: 180, confirmed: { at: NOW, days: 180 } });
    expect(await lastRetentionRun(db)).toMatchObject({ payload: { days: 180, by: 'lead', sessions: 1 } });
  });
});
