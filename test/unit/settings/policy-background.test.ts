import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundContext, type BackgroundContext } from '@/entrypoints/background/context';
import { openFollowUpTicket } from '@/entrypoints/background/follow-ups';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { createPolicy } from '@/entrypoints/background/policy';
import { PanduDb, readSettings } from '@/lib/db';
import { startSession } from '@/lib/db/write';
import type { Settings } from '@/lib/schema';
import { dispatch, type Handlers } from '@/lib/messaging/serve';
import { nossaProfile } from '@/lib/sites';
import { AGENT, EXTENSION_ID, fromDashboard } from '../abuse/background';

const staging = { ...nossaProfile, id: 'nossa-staging', hosts: ['https://nossa-staging.example/*'] };
const reasons = [{ code: 'RESMI-1', label: { id: 'Alasan resmi', en: 'Official reason' }, defaultPendingHours: 24 }];

let db: PanduDb;
let context: BackgroundContext;
let handlers: Handlers;
let policyChanges: number;
const send = async (type: keyof Handlers, data: unknown) =>
  (await dispatch(handlers, { extensionId: EXTENSION_ID, hostPatterns: await context.hostsReady() }, type, data, fromDashboard)) as Settings;

/** The worker's wiring: the policy read from chrome.storage.managed (here WXT's fake browser), re-read on change. */
async function start(managed: Record<string, unknown>) {
  fakeBrowser.reset();
  // An open extension page hears the pushes (without one, the fake browser rejects them).
  fakeBrowser.runtime.onMessage.addListener(() => undefined);
  await fakeBrowser.storage.managed.set(managed);
  db = new PanduDb(`policy-${crypto.randomUUID()}`);
  policyChanges = 0;
  const policy = createPolicy(() => void (policyChanges += 1));
  context = createBackgroundContext(db, { policy: policy.ready });
  handlers = backgroundHandlers(context, { syncExtraHosts: async () => [] });
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(async () => {
  await db.delete();
});

describe('an enterprise policy in the background', () => {
  it("wins over stored settings in every answer, marked as the policy's, and is never stored", async () => {
    await start({ siteProfile: JSON.stringify(staging), pendingReasons: reasons, extraHosts: ['https://10.1.2.3/*'] });
    const settings = await send('getSettings', undefined);
    expect(settings.siteProfile?.id).toBe('nossa-staging');
    expect(settings.procedure.reasons).toEqual(reasons);
    expect(settings.extraHosts).toEqual(['https://10.1.2.3/*']);
    expect([...settings.policy].sort()).toEqual(['extraHosts', 'pendingReasons', 'siteProfile']);
    expect(await context.hostsReady()).toEqual(['https://nossa-staging.example/*', 'https://10.1.2.3/*']);

    // A page that saves the whole block (reasons included) or tries to change what the policy sets.
    const after = await send('updateSettings', {
      agent: AGENT,
      siteProfile: null,
      extraHosts: [],
      procedure: { ...settings.procedure, minFailedAttempts: 3, reasons: [{ ...reasons[0]!, code: 'OTHER' }] },
    });
    expect(after.siteProfile?.id).toBe('nossa-staging');
    expect(after.extraHosts).toEqual(['https://10.1.2.3/*']);
    expect(after.procedure.reasons).toEqual(reasons);
    expect(after.procedure.minFailedAttempts).toBe(3);
    expect(after.agent?.name).toBe(AGENT.name);
    const stored = await readSettings(db);
    expect(stored.policy).toEqual([]);
    expect(stored.siteProfile).toBeNull();
    expect(stored.extraHosts).toEqual([]);
    expect(stored.procedure.reasons.map((r) => r.code)).toContain('PLG-RESCHEDULE');
  });

  it('a malformed policy value is ignored alone; the valid ones apply', async () => {
    await start({ siteProfile: '{ not json', extraHosts: ['https://10.1.2.3/*'] });
    const settings = await send('getSettings', undefined);
    expect(settings.siteProfile).toBeNull();
    expect(settings.extraHosts).toEqual(['https://10.1.2.3/*']);
    expect(settings.policy).toEqual(['extraHosts']);
    expect(console.warn).toHaveBeenCalled();
  });

  it("follows an administrator's change of the policy without a restart", async () => {
    await start({});
    expect((await send('getSettings', undefined)).policy).toEqual([]);
    await fakeBrowser.storage.managed.set({ extraHosts: ['https://10.9.9.9/*'] });
    await vi.waitFor(() => expect(policyChanges).toBe(1));
    expect((await send('getSettings', undefined)).extraHosts).toEqual(['https://10.9.9.9/*']);
  });

  it("a follow-up reminder opens the ticket on the active profile's host", async () => {
    await start({ siteProfile: JSON.stringify(staging) });
    const view = await startSession(db, { ticketId: 'IN110088251', agentId: AGENT.nossaUserId, ticket: { ticketId: 'IN110088251' }, now: new Date().toISOString() });
    const created = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 7, windowId: undefined } as never);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);
    await openFollowUpTicket(context, view.session.id);
    expect(created.mock.calls[0]?.[0].url).toMatch(/^https:\/\/nossa-staging\.example\/maximo\/ui\/login\?.*TICKETID=IN110088251$/);
  });
});
