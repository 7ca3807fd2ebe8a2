// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlowStore, type FlowStore } from '@/components/panel/flow/flow-store';
import { FlowPanel } from '@/components/panel/flow/FlowPanel';
import { MessageRefusedError, type FlowEventResult } from '@/lib/messaging';
import { applyFlowEvent } from '@/lib/db/write';
import type { FlowView } from '@/lib/procedure';
import type { TicketSnapshot } from '@/lib/schema';
import { messaging } from './messaging-fake';
import { flowAt, renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The panel's flow store (components/panel/flow/flow-store.ts) against the real background
 * handlers, seen through the panel the agent uses (FlowPanel): a step shows as done only once
 * the background stored it, a refusal says why in Indonesian, a second tab's change arrives as a
 * push.
 */
const ALL_CHECKS = { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true };
const REQUEST = { requesterName: 'Asep Saepudin', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: 'Teknisi minta jadwal ulang' };
const ticket: TicketSnapshot = { ticketId: 'IN110088251', status: 'INPROG', customerName: 'SITI', contactPhone: '6281234567890', summary: 'Internet mati' };

let bg: TestBackground;
/** The ticket's open session: request received, at the re-check (1.2.2), with a stored draft. */
let sessionId: string;
/** Another ticket's flow. */
let other: FlowView;
beforeEach(async () => {
  bg = await startTestBackground('panel');
  sessionId = (await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }])).session.id;
  await bg.ask('saveDraft', { sessionId, values: { 'recheck.note': 'sedang dicek' }, origin: 'panel-in-another-tab' });
  other = await flowAt(bg, { ticketId: 'IN110088252', customerName: 'BUDI' }, []);
});

/** Holds one answer back until the test lets it through. */
function held<T>(answer: () => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { answer: async () => (await gate, answer()), release };
}

/** The agent ticks every re-check point not ticked yet. */
const confirmEveryPoint = (form: HTMLElement) =>
  within(form)
    .getAllByRole<HTMLInputElement>('checkbox')
    .forEach((box) => box.checked || fireEvent.click(box));
const trail = async () => (await bg.db.events.where('sessionId').equals(sessionId).sortBy('at')).map((e) => e.type);
const stepTitle = () => screen.getByRole('heading', { level: 2 }).textContent;
const showPanel = (store: FlowStore = createFlowStore(), shown: TicketSnapshot = ticket) =>
  renderPanel(<FlowPanel ticket={shown} signedInUser="930101" />, { settings: bg.settings, store });

describe('the flow store: loading a ticket', () => {
  it('asks the background for the ticket’s flow and shows its step and its stored draft once answered', async () => {
    const getFlow = held(() => bg.ask<FlowView | null>('getFlow', { ticketId: ticket.ticketId }));
    messaging.answer('getFlow', getFlow.answer);
    const { store } = showPanel();

    // Nothing is shown as if it were the flow while the background has not answered; the panel
    // says it is loading (not "Menyimpan…": nothing is being saved).
    expect(store.getSnapshot()).toMatchObject({ ticketId: ticket.ticketId, view: undefined });
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Memuat alur tiket…');
    expect(screen.queryByText('Menyimpan…')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    getFlow.release();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    expect(messaging.sentOf('getFlow')).toEqual([{ ticketId: ticket.ticketId }]);
    expect(store.getSnapshot()).toMatchObject({ draft: { 'recheck.note': 'sedang dicek' }, draftState: 'saved', refusal: null, error: null });
    expect(screen.getByTestId('draft-state').textContent).toBe('Draf tersimpan');
  });

  it('offers to start a flow on a ticket that has none, and starting shows the first step', async () => {
    showPanel(createFlowStore(), { ticketId: 'IN110099999', customerName: 'ANI' });
    fireEvent.click(await screen.findByRole('button', { name: 'Mulai pending tiket (IK 1.2)' }));
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.1: Terima request pending'));
    expect(messaging.sentOf('startFlow')).toEqual([{ ticket: { ticketId: 'IN110099999', customerName: 'ANI' } }]);
  });

  it('keeps a flow the background could not read as the store’s error, never as a flow', async () => {
    messaging.answer('getFlow', () => {
      throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
    });
    const { store } = showPanel();
    await waitFor(() => expect(String(store.getSnapshot().error)).toContain('Internal error opening backing store'));
    expect(store.getSnapshot().view).toBeUndefined();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mulai pending tiket (IK 1.2)' })).toBeNull();
  });

  it('says so on the panel when the ticket’s flow cannot be loaded, and “Coba lagi” loads it again', async () => {
    messaging.answer('getFlow', () => {
      throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
    });
    const { store } = showPanel();
    await waitFor(() => expect(store.getSnapshot().error).not.toBeNull());
    expect((await screen.findByRole('alert', undefined, { timeout: 500 })).textContent).toBe(
      'Alur tiket ini tidak dapat dimuat. Terjadi kesalahan: UnknownError: Internal error opening backing store for indexedDB.open.',
    );
    expect(screen.queryByText('Menyimpan…')).toBeNull();

    // The background can read it again: "Coba lagi" (a button, so reachable by Tab) shows the flow.
    messaging.answer('getFlow', null);
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    expect(messaging.sentOf('getFlow')).toEqual([{ ticketId: ticket.ticketId }, { ticketId: ticket.ticketId }]);
    expect(store.getSnapshot()).toMatchObject({ draft: { 'recheck.note': 'sedang dicek' }, reloading: false, error: null });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
  });

  it('a background it cannot reach is said as such; trying again keeps focus on “Coba lagi” and says each failure anew', async () => {
    messaging.answer('getFlow', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    showPanel();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Alur tiket ini tidak dapat dimuat. Pandu tidak dapat menghubungi latar belakang ekstensi. Coba lagi; bila tetap gagal, muat ulang halaman.',
    );
    const retry = screen.getByRole<HTMLButtonElement>('button', { name: 'Coba lagi' });
    retry.focus();

    // Still unreachable: while it tries, it says it is loading and the button stays (not clickable twice).
    const getFlow = held(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    messaging.answer('getFlow', getFlow.answer);
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Memuat alur tiket…'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(retry);
    getFlow.release();
    expect((await screen.findByRole('alert')).textContent).toContain('Pandu tidak dapat menghubungi latar belakang ekstensi.');
    expect(messaging.sentOf('getFlow')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBe(retry);
    expect(document.activeElement).toBe(retry);
    expect(retry.getAttribute('aria-disabled')).toBe('false');
  });

  it('a load the background refuses is said in the refusal’s words', async () => {
    messaging.answer('getFlow', () => {
      throw new MessageRefusedError('no-agent', 'no agent identity');
    });
    showPanel();
    expect((await screen.findByRole('alert')).textContent).toBe('Alur tiket ini tidak dapat dimuat. Isi identitas agen terlebih dahulu.');
  });

  it('a flow pushed by the background after a failed load is shown, and the failure goes', async () => {
    messaging.answer('getFlow', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { store } = showPanel();
    await screen.findByRole('alert');
    await messaging.push('flowChanged', { ticketId: ticket.ticketId, view: await bg.ask<FlowView>('getFlow', { ticketId: ticket.ticketId }) });
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    expect(store.getSnapshot().error).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the flow store: pushes from the background', () => {
  it('shows another tab’s step on the same ticket as soon as the background announces it', async () => {
    showPanel();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    // Another tab confirms the re-check; the background stores it and pushes the view to every tab.
    await bg.ask('flowEvent', { sessionId, event: { type: 'confirmRecheck', checks: ALL_CHECKS } });
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Hubungi pelanggan'));
    expect(messaging.sentOf('getFlow')).toHaveLength(1); // the push carried the view
  });

  it('ignores a push for another ticket and a push that is not a flow view', async () => {
    const { store } = showPanel();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    const shown = store.getSnapshot().view;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await messaging.push('flowChanged', { ticketId: other.session.ticketId, view: other });
    await messaging.push('flowChanged', { ticketId: ticket.ticketId, view: 'not a view' });
    await messaging.push('flowChanged', { ticketId: ticket.ticketId, view: { ...shown, flow: { step: 'done' }, events: 'none' } });
    expect(store.getSnapshot().view).toBe(shown);
    expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA');
    warn.mockRestore();
  });

  it('keeps what the agent is typing when its own draft comes back, and takes another tab’s draft', async () => {
    const { store } = showPanel();
    await waitFor(() => expect(store.getSnapshot().view).toBeTruthy());
    store.setDraft('recheck.note', 'nomor');
    await waitFor(() => expect(store.getSnapshot().draftState).toBe('saved'));
    const [saved] = messaging.sentOf('saveDraft') as Array<{ origin: string }>;
    const echo = await bg.ask<FlowView>('getFlow', { ticketId: ticket.ticketId });
    expect(echo.draft).toMatchObject({ origin: saved!.origin, values: { 'recheck.note': 'nomor' } });

    store.setDraft('recheck.note', 'nomor aktif'); // typed on while the echo is under way
    await messaging.push('flowChanged', { ticketId: ticket.ticketId, view: echo });
    expect(store.getSnapshot().draft['recheck.note']).toBe('nomor aktif');
    await waitFor(() => expect(messaging.sentOf('saveDraft')).toHaveLength(2));
    await waitFor(() => expect(store.getSnapshot().draftState).toBe('saved'));

    // Another tab on the same ticket types a note: its draft is stored and announced.
    await bg.ask('saveDraft', { sessionId, values: { 'recheck.note': 'dari tab lain' }, origin: 'panel-other-tab' });
    await waitFor(() => expect(store.getSnapshot().draft['recheck.note']).toBe('dari tab lain'));
  });

  it('stops listening when stopped, and stores a draft that was still waiting', async () => {
    const store = createFlowStore();
    await store.load(ticket.ticketId);
    expect(messaging.listening()).toEqual(['flowChanged']);
    store.setDraft('recheck.note', 'belum terkirim');
    store.stop();
    expect(messaging.listening()).toEqual([]);
    await waitFor(() => expect(messaging.sentOf('saveDraft')).toMatchObject([{ values: { 'recheck.note': 'belum terkirim' } }]));
  });
});

describe('the flow store: sending a step', () => {
  it('shows a step as done only once the background stored it', async () => {
    const flowEvent = held(() => bg.ask<FlowEventResult>('flowEvent', messaging.sentOf('flowEvent').at(-1) as object));
    messaging.answer('flowEvent', flowEvent.answer);
    showPanel();
    const form = await screen.findByTestId('step-recheck');
    confirmEveryPoint(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Lanjut: hubungi pelanggan' }));

    // Sent, not yet stored: still on the re-check, saving, the button not clickable twice.
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toBe('Menyimpan…'));
    expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA');
    expect(within(form).getByRole('button', { name: 'Lanjut: hubungi pelanggan' })).toHaveProperty('disabled', true);

    flowEvent.release();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Hubungi pelanggan'));
    expect(messaging.sentOf('flowEvent')).toEqual([{ sessionId, event: { type: 'confirmRecheck', checks: ALL_CHECKS } }]);
  });

  it('a step the procedure refuses is not shown as done, and the refusal is said in words', async () => {
    const { store } = showPanel();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    const accepted = await store.send({ type: 'confirmRecheck', checks: { ...ALL_CHECKS, requestMatches: false } });

    expect(accepted).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ busy: false, refusal: { code: 'recheck-incomplete', missing: ['requestMatches'] } });
    expect((await screen.findByRole('alert')).textContent).toContain('Semua poin cek ulang harus dikonfirmasi.');
    expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA');

    fireEvent.click(within(screen.getByRole('alert')).getByRole('button'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('a step the background refuses (browser storage full) is not shown as done, and says it was NOT stored', async () => {
    messaging.answer('flowEvent', () => {
      throw new MessageRefusedError('storage-full', 'QuotaExceededError');
    });
    const { store } = showPanel();
    const form = await screen.findByTestId('step-recheck');
    const trailBefore = await trail();
    confirmEveryPoint(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Lanjut: hubungi pelanggan' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Penyimpanan browser penuh: langkah ini BELUM tersimpan');
    expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA');
    expect(store.getSnapshot().busy).toBe(false);
    expect(within(form).getByRole('button', { name: 'Lanjut: hubungi pelanggan' })).toHaveProperty('disabled', false);
    expect(await trail()).toEqual(trailBefore);
    expect((await bg.db.sessions.get(sessionId))?.step).toBe('recheck');
  });

  it('a session deleted meanwhile (retention) is refused as not found, in words', async () => {
    const { store } = showPanel();
    await waitFor(() => expect(store.getSnapshot().view).toBeTruthy());
    await bg.db.sessions.delete(sessionId);

    expect(await store.send({ type: 'back' })).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toContain('Data tidak ditemukan.');
  });

  it('shows a view answered to another request (a fill record) at once, for its own ticket only', async () => {
    const { store } = showPanel();
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Cek ulang di NOSSA'));
    store.showView(other);
    expect(store.getSnapshot().view?.session.ticketId).toBe(ticket.ticketId);

    // Stored without an announcement (as a fill record's answer comes back only to this tab).
    const { view } = await applyFlowEvent(bg.db, {
      sessionId,
      event: { type: 'confirmRecheck', checks: ALL_CHECKS },
      now: new Date(bg.clock()).toISOString(),
      rules: bg.settings.procedure,
    });
    store.showView(view);
    await waitFor(() => expect(stepTitle()).toBe('Langkah 1.2.2: Hubungi pelanggan'));
  });
});
