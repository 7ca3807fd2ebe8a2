import 'fake-indexeddb/auto';
import { cleanup, render, type RenderResult } from '@testing-library/preact';
import type { ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsProvider } from '@/components/SettingsProvider';
import { SiteProfileContext } from '@/components/panel/SiteProfileContext';
import { FlowSteps } from '@/components/panel/flow/FlowSteps';
import { createFlowStore, type FlowStore } from '@/components/panel/flow/flow-store';
import { publishFlowSteps } from '@/components/panel/flow/steps-slot';
import { FlowStoreContext } from '@/components/panel/flow/useFlow';
import { createBackgroundContext } from '@/entrypoints/background/context';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { PanduDb } from '@/lib/db';
import { allCatalogues } from '@/lib/i18n/catalogues';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';
import type { FlowEventResult, RequestType, SenderLike } from '@/lib/messaging';
import { dispatch } from '@/lib/messaging/serve';
import type { FlowEvent, FlowView } from '@/lib/procedure';
import type { Settings, TicketSnapshot } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';
import { AGENT, EXTENSION_ID, NOW, fromDashboard, fromPanel } from '../abuse/background';
import { messaging } from './messaging-fake';

/**
 * Rendering the panel's and the popup's pieces as they ship: on preact/compat (vitest.config.ts),
 * inside the providers their entrypoint mounts, talking to the real background handlers (on
 * fake-indexeddb) through the mocked messaging boundary. A test file starts with
 *
 *   // @vitest-environment happy-dom
 *   import 'fake-indexeddb/auto'; // before Dexie is first imported
 *   vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));
 */

// The flow's steps as if the background had injected them already (entrypoints/nossa-flow does
// this in a NOSSA tab; flow-steps-loader.test.tsx tests the loading itself, the e2e the injection).
publishFlowSteps({ FlowSteps });

const stores = new Set<FlowStore>();
const databases = new Set<PanduDb>();

// Testing Library unmounts after each test only where test globals exist; here it is said once,
// and the flow stores rendered are stopped as the content script stops them. Every listener a
// component or store registered must be gone by then (the real messenger takes one per type, so
// a leak would break the next mount).
afterEach(async () => {
  cleanup();
  stores.forEach((store) => store.stop());
  stores.clear();
  const left = messaging.listening();
  messaging.reset();
  await Promise.all([...databases].map((db) => db.delete()));
  databases.clear();
  expect(left, 'push listeners left registered after the test').toEqual([]);
});

export interface TestBackground {
  db: PanduDb;
  /** The settings as stored (the agent's identity set). */
  settings: Settings;
  /** A request straight to the background as this page (another tab, a step the test sets up). */
  ask: <T = unknown>(type: RequestType, data: unknown) => Promise<T>;
  /** A request as another sender (another tab, an extension page). */
  send: <T = unknown>(type: RequestType, data: unknown, sender: SenderLike) => Promise<T>;
  /** The background's clock: NOW (10:00 local, inside the default morning shift) plus a second per reading. */
  clock: () => number;
}

/**
 * The real background minus Chrome: the handlers the worker serves (`backgroundHandlers`) behind
 * the real `dispatch`, on a fresh fake-indexeddb database and WXT's fake browser, answering this
 * page's requests as the panel (a NOSSA tab) or the popup (an extension page). The agent's
 * identity is set; nothing else is stored. Its clock moves on a second per reading, so the audit
 * trail keeps its order as the real one does.
 */
export async function startTestBackground(as: 'panel' | 'popup'): Promise<TestBackground> {
  messaging.reset();
  fakeBrowser.reset();
  const db = new PanduDb(`components-${crypto.randomUUID()}`);
  databases.add(db);
  let clock = Date.parse(NOW);
  const context = createBackgroundContext(db, { now: () => new Date((clock += 1_000)).toISOString() });
  const handlers = backgroundHandlers(context, { syncExtraHosts: async () => [] });
  const send = async <T,>(type: RequestType, data: unknown, sender: SenderLike) =>
    (await dispatch(handlers, { extensionId: EXTENSION_ID, hostPatterns: await context.hostsReady() }, type, data, sender)) as T;
  const page = as === 'panel' ? fromPanel : fromDashboard;
  const ask = <T,>(type: RequestType, data: unknown) => send<T>(type, data, page);
  messaging.useBackend((type, data) => ask(type as RequestType, data));
  const settings = await send<Settings>('updateSettings', { agent: AGENT }, fromDashboard);
  return { db, settings, ask, send, clock: () => clock };
}

/** Starts a ticket's flow and takes it through the given steps, as the panel would; a refusal throws. */
export async function flowAt(bg: TestBackground, ticket: TicketSnapshot, events: FlowEvent[]): Promise<FlowView> {
  let view = await bg.ask<FlowView>('startFlow', { ticket });
  for (const event of events) {
    const result = await bg.ask<FlowEventResult>('flowEvent', { sessionId: view.session.id, event });
    if (result.refusal) throw new Error(`setup refused: ${JSON.stringify(result.refusal)}`);
    view = result.view;
  }
  return view;
}

/** The request the component tests make, and the steps to its outcome with the customer approving (1.2.5) after one call. */
export const REQUEST = {
  requesterName: 'Asep Saepudin',
  requesterGroup: 'TIF HD WITEL BANDUNG',
  reasonCode: 'PLG-RESCHEDULE',
  requestedUntil: null,
  note: 'Teknisi minta jadwal ulang',
};
export const approvedSteps = (ticket: TicketSnapshot, until: string): FlowEvent[] => [
  { type: 'submitRequest', request: REQUEST },
  { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
  { type: 'logAttempt', result: 'connected' },
  { type: 'customerApproves', until, ticket },
];

/** A piece of the NOSSA panel, within the content script's providers (settings, texts, site profile, flow store). */
export function renderPanel(ui: ReactNode, { settings, store = createFlowStore() }: { settings: Settings; store?: FlowStore }): RenderResult & { store: FlowStore } {
  stores.add(store);
  const result = render(
    <SettingsProvider catalogues={panelCatalogues} initial={settings}>
      <SiteProfileContext.Provider value={settings.siteProfile ?? nossaProfile}>
        <FlowStoreContext.Provider value={store}>{ui}</FlowStoreContext.Provider>
      </SiteProfileContext.Provider>
    </SettingsProvider>,
  );
  return Object.assign(result, { store });
}

/** A piece of the popup, within its provider (settings and every text). */
export function renderPopup(ui: ReactNode, { settings }: { settings: Settings }): RenderResult {
  return render(
    <SettingsProvider catalogues={allCatalogues} initial={settings}>
      {ui}
    </SettingsProvider>,
  );
}
