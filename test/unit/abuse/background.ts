import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundContext } from '@/entrypoints/background/context';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { PanduDb } from '@/lib/db';
import { dispatch, type Handlers } from '@/lib/messaging/serve';
import type { RequestType } from '@/lib/messaging';
import type { SenderLike, TrustContext } from '@/lib/messaging/sender';
import type { FlowView } from '@/lib/procedure';

/**
 * The real background, minus Chrome: the handlers `entrypoints/background/index.ts` serves
 * (`backgroundHandlers`), on a fake-indexeddb PanduDb and WXT's fake browser, behind the real
 * `dispatch`.
 * Abuse tests send it what a hostile or broken sender could, and compare every table after.
 */
export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const NOSSA_PATTERN = 'https://nossa.telkom.co.id/*';
export const fromPanel: SenderLike = { id: EXTENSION_ID, url: 'https://nossa.telkom.co.id/maximo/ui/?event=loadapp&value=incident', tab: { id: 1 } };
export const fromDashboard: SenderLike = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/dashboard.html` };

/** 10:00 local time on a weekday: inside the default Pagi shift whatever zone the tests run in. */
export const NOW = new Date(2026, 10, 26, 10, 0, 0).toISOString();
const inHours = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();

/** The fill operation the valid fill payloads name. */
export const FILL_ID = '6f1c3b9e-2d4a-4c8b-9f0e-1a2b3c4d5e6f';

export const AGENT = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;
const REQUEST = { requesterName: 'Asep Saepudin', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: 'Teknisi minta jadwal ulang' };
const ALL_CHECKS = { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true };

export interface Background {
  db: PanduDb;
  handlers: Handlers;
  trust: TrustContext;
  send: (type: RequestType, data: unknown, sender?: SenderLike) => Promise<unknown>;
  /** Ids of what `seed` stored: an open flow with a draft, a finished approved one. */
  seeded: { openSession: string; doneSession: string; openTicket: string; doneTicket: string };
  /** Pushes the background announced to extension pages (settingsChanged, flowChanged), in order. */
  pushes: string[];
  close: () => Promise<void>;
}

export async function startBackground(): Promise<Background> {
  fakeBrowser.reset();
  // An open extension page: hears the background's pushes (without one, the fake browser rejects them).
  const pushes: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => void pushes.push(String((message as { type?: string } | null)?.type)));
  const db = new PanduDb(`abuse-${crypto.randomUUID()}`);
  const context = createBackgroundContext(db, { now: () => NOW });
  // Registering extra-host content scripts needs chrome.scripting, which the fake browser lacks;
  // the list itself is validated by the settings schema before this is ever reached.
  const syncExtraHosts = async () => [];
  const handlers = backgroundHandlers(context, { syncExtraHosts });
  const trust = async (): Promise<TrustContext> => ({ extensionId: EXTENSION_ID, hostPatterns: await context.hostsReady() });
  const send = async (type: RequestType, data: unknown, sender: SenderLike = fromPanel) => dispatch(handlers, await trust(), type, data, sender);
  const seeded = await seed(send);
  return { db, handlers, trust: await trust(), send, seeded, pushes, close: () => db.delete() };
}

/** A realistic database, written through the same messages: identity, checklist, two flows, a draft. */
async function seed(send: Background['send']): Promise<Background['seeded']> {
  await send('updateSettings', { agent: AGENT, extraHosts: ['https://10.1.2.3/*'] }, fromDashboard);
  await send('tickChecklist', { step: '1.1.1', ticked: true }, fromDashboard);
  const openTicket = 'IN110088251';
  const doneTicket = 'IN110088252';
  const open = (await send('startFlow', { ticket: { ticketId: openTicket, customerName: 'SITI', contactPhone: '6281234567890' } })) as FlowView;
  await send('flowEvent', { sessionId: open.session.id, event: { type: 'submitRequest', request: REQUEST } });
  await send('saveDraft', { sessionId: open.session.id, values: { 'recheck.note': 'sedang dicek' }, origin: 'panel-1' });
  const done = (await send('startFlow', { ticket: { ticketId: doneTicket, customerName: 'BUDI' } })) as FlowView;
  for (const event of [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: ALL_CHECKS },
    { type: 'logAttempt', result: 'connected' },
    { type: 'customerApproves', until: inHours(5) },
    { type: 'markApplied', workLog: 'Pelanggan setuju pending.', by: 'manual' },
  ]) {
    const { refusal } = (await send('flowEvent', { sessionId: done.session.id, event })) as { refusal: unknown };
    if (refusal) throw new Error(`seed refused: ${JSON.stringify(refusal)}`);
  }
  return { openSession: open.session.id, doneSession: done.session.id, openTicket, doneTicket };
}

/** Every table, every row, plus the alarms: what "nothing was written" is compared against. */
export async function snapshot(db: PanduDb): Promise<Record<string, unknown>> {
  const tables: Record<string, unknown> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  tables['(alarms)'] = (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
  return tables;
}

/** One valid payload per message type: the starting point that mutations corrupt. */
export function validPayloads(seeded: Background['seeded']): Record<RequestType, unknown> {
  return {
    getSettings: undefined,
    getPanelTexts: { language: 'en' },
    updateSettings: { language: 'en', panel: { collapsed: true, right: 20, bottom: 20 } },
    getFlow: { ticketId: seeded.openTicket },
    startFlow: { ticket: { ticketId: 'IN110088253', summary: 'Internet mati', customerName: 'SITI', contactPhone: '6281234567890' } },
    flowEvent: { sessionId: seeded.openSession, event: { type: 'confirmRecheck', checks: ALL_CHECKS } },
    saveDraft: { sessionId: seeded.openSession, values: { 'recheck.note': 'x', 'call.done': true }, origin: 'panel-2' },
    getRequesterSuggestions: undefined,
    recordFill: {
      sessionId: seeded.openSession,
      result: {
        kind: 'fill',
        ok: true,
        profileId: 'nossa-maximo',
        fields: [{ field: 'pendingReason', expected: 'PLG-RESCHEDULE', actual: 'PLG-RESCHEDULE', status: 'done', reason: null, message: null, ms: 12 }],
        committed: false,
        startedAt: NOW,
        totalMs: 300,
        ownMs: 40,
      },
    },
    acquireFillLock: { ticketId: seeded.openTicket, sessionId: seeded.openSession, fillId: FILL_ID },
    getFillLock: { ticketId: seeded.openTicket },
    recordFillStart: {
      sessionId: seeded.openSession,
      started: {
        fillId: FILL_ID,
        profileId: 'nossa-maximo',
        ref: '[Pandu 1A2B3C]',
        commit: false,
        steps: [{ kind: 'set', field: 'pendingReason', value: 'PLG-RESCHEDULE', group: 'main' }],
        startedAt: NOW,
      },
    },
    recordFillField: {
      sessionId: seeded.openSession,
      fillId: FILL_ID,
      result: { field: 'pendingReason', expected: 'PLG-RESCHEDULE', actual: 'PLG-RESCHEDULE', status: 'done', reason: null, message: null, ms: 12 },
    },
    recordFillReload: { sessionId: seeded.openSession, fillId: FILL_ID },
    runPageCheck: undefined,
    stashPageCheck: {
      report: {
        profileId: 'nossa-maximo',
        pageKind: 'ticket',
        url: 'https://nossa.telkom.co.id/maximo/ui/',
        fields: [{ field: 'status', status: 'found', locator: null, via: [] }],
        actions: [],
      },
    },
    takePageCheck: undefined,
    loadPanelTools: undefined,
    loadFlowSteps: undefined,
    confirmRetention: { days: 3650 },
    getShiftNow: undefined,
    tickChecklist: { step: '1.1.2', ticked: true },
    completeChecklist: undefined,
    reportNossaSession: { page: 'app', user: '930101' },
    openFollowUp: { sessionId: seeded.doneSession },
    resolveFollowUp: { sessionId: seeded.doneSession },
    // The team server: this background has no network and no permission, so none of these reaches anything.
    teamEnrol: { url: 'https://team.example.test', code: 'K7PD-Q2MX' },
    teamStatus: undefined,
    teamSyncNow: undefined,
    teamDisconnect: undefined,
  };
}
