import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { createBackgroundContext } from '@/entrypoints/background/context';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { PanduDb } from '@/lib/db';
import { startSession } from '@/lib/db/write';
import { backgroundPushes, backgroundRequests, contentRequests, onContentRequest, onPush } from '@/lib/messaging';
import { flowViewSchema, type FlowView } from '@/lib/procedure';
import { defaultSettings } from '@/lib/schema';

/**
 * Each message is declared once (lib/messaging/protocol/); these tests hold the rest to it: the
 * background serves exactly the declared requests, and the receivers outside the background
 * check pushes and the background's requests against the same declarations.
 */
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const TICKET = 'IN110088251';
const NOW = '2026-11-26T03:00:00.000Z';

/** What the messenger in a page or a NOSSA tab hears: a message as @webext-core/messaging sends it. */
function deliver(type: string, data: unknown, sender: object = { id: EXTENSION_ID }): Promise<{ res?: unknown; err?: { message?: string } }> {
  // With Chrome's third argument, sendResponse, through which the messenger answers.
  const trigger = fakeBrowser.runtime.onMessage.trigger.bind(fakeBrowser.runtime.onMessage) as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => void trigger({ id: 1, type, data, timestamp: Date.now() }, sender, resolve));
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function realFlowView(): Promise<FlowView> {
  const db = new PanduDb(`protocol-${crypto.randomUUID()}`);
  const view = await startSession(db, { ticketId: TICKET, agentId: '930101', ticket: { ticketId: TICKET, customerName: 'SITI' }, now: NOW });
  await db.delete();
  return view;
}

describe('the declarations', () => {
  it('has every declared background request served by backgroundHandlers, each with a schema', () => {
    const context = createBackgroundContext(new PanduDb(`protocol-${crypto.randomUUID()}`), { now: () => NOW });
    const handlers = backgroundHandlers(context, { syncExtraHosts: async () => [] });
    const declared = Object.keys(backgroundRequests).sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(Object.keys(handlers).sort()).toEqual(declared);
    for (const [type, declaration] of Object.entries(backgroundRequests)) {
      expect(typeof handlers[type as keyof typeof handlers], type).toBe('function');
      expect(typeof declaration.input.safeParse, type).toBe('function');
    }
  });

  it('declares each message type in one direction only, each with a schema', () => {
    const all = [backgroundRequests, backgroundPushes, contentRequests].flatMap((map) => Object.keys(map));
    expect(new Set(all).size).toBe(all.length);
    for (const map of [backgroundPushes, contentRequests]) {
      for (const [type, declaration] of Object.entries(map)) expect(typeof declaration.input.safeParse, type).toBe('function');
    }
  });

  it('accepts the flow view the database answers, which is what the background pushes', async () => {
    const view = await realFlowView();
    expect(flowViewSchema.safeParse(view).success).toBe(true);
    expect(backgroundPushes.flowChanged.input.safeParse({ ticketId: TICKET, view }).success).toBe(true);
  });
});

describe('a push', () => {
  it('is ignored, with a warning, when it does not pass its schema; applied when it does', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const type of Object.keys(backgroundPushes) as Array<keyof typeof backgroundPushes>) {
      const applied = vi.fn();
      const stop = onPush(type, applied);
      // ({} is not here: every setting has a default, so {} is the default settings.)
      for (const bad of [undefined, null, 'garbage', 42, []]) await deliver(type, bad);
      expect(applied, type).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(5);
      warn.mockClear();
      stop();
    }
    const applied = vi.fn();
    stops.push(onPush('settingsChanged', applied));
    await deliver('settingsChanged', { ...defaultSettings(), language: 'fr' });
    expect(applied).not.toHaveBeenCalled();
    await deliver('settingsChanged', { ...defaultSettings(), language: 'en' });
    expect(applied).toHaveBeenCalledWith(expect.objectContaining({ language: 'en' }));
  });

  it("of a malformed flow view is refused by the panel's flow store; a valid one is shown", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The store's first request (getFlow) is answered "no session yet" (the fake browser always
    // has a lastError; Chrome has none after a successful send).
    vi.spyOn(chrome.runtime, 'lastError', 'get').mockReturnValue(undefined);
    vi.spyOn(chrome.runtime, 'sendMessage').mockImplementation(((_message: unknown, respond: (answer: unknown) => void) => respond({ res: null })) as never);
    const store = createFlowStore();
    stops.push(() => store.stop());
    await store.load(TICKET);
    expect(store.getSnapshot().view).toBeNull();

    const view = await realFlowView();
    const [started] = view.events;
    expect(started?.type).toBe('session.started');
    for (const bad of [
      { ticketId: TICKET, view: {} },
      { ticketId: TICKET, view: { ...view, session: { ...view.session, status: 'deleted' } } },
      { ticketId: TICKET, view: { ...view, flow: { ...view.flow, step: 'skip-to-done' } } },
      { ticketId: TICKET, view: { ...view, events: [{ ...started, id: 'not-a-uuid' }] } },
      { ticketId: TICKET, view: { ...view, draft: { values: 'x' } } },
      { ticketId: '<img src=x>', view },
    ]) {
      await deliver('flowChanged', bad);
      expect(store.getSnapshot().view, JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(6);

    await deliver('flowChanged', { ticketId: TICKET, view });
    expect(store.getSnapshot().view).toEqual(view);
  });
});

describe('a request to the content script', () => {
  it('is answered only to our own background, and only with the declared data', async () => {
    const answer = vi.fn(() => ({ profileId: 'nossa-maximo', pageKind: 'ticket', url: 'https://nossa.telkom.co.id/', fields: [], actions: [] }));
    stops.push(onContentRequest('pageCheck', EXTENSION_ID, answer));
    expect((await deliver('pageCheck', { deep: true })).err?.message).toMatch(/^invalid-payload/);
    expect((await deliver('pageCheck', undefined, { id: 'otherextensionidotherextensionid' })).err?.message).toBe('untrusted-sender');
    expect((await deliver('pageCheck', undefined, { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://nossa.telkom.co.id/' })).err?.message).toBe('untrusted-sender');
    expect(answer).not.toHaveBeenCalled();
    expect((await deliver('pageCheck', undefined)).res).toMatchObject({ profileId: 'nossa-maximo' });
  });
});
