import { onPush, sendMessage } from '@/lib/messaging';
import type { FlowEvent, FlowRefusal, FlowView } from '@/lib/procedure';
import type { DraftValues, TicketSnapshot } from '@/lib/schema';

export interface FlowSnapshot {
  ticketId: string | null;
  /**
   * Undefined while loading, or when loading failed (then `error` says why and `reload` tries
   * again); null when the ticket has no session yet.
   */
  view: FlowView | null | undefined;
  /** What this panel's forms hold (the stored draft, then local typing). */
  draft: DraftValues;
  draftState: 'idle' | 'pending' | 'saved';
  busy: boolean;
  /** A load that failed is being tried again (`reload`); `view` stays undefined meanwhile. */
  reloading: boolean;
  refusal: FlowRefusal | null;
  error: unknown;
}

const DRAFT_DELAY_MS = 250;

/**
 * The panel's link to the background for one ticket's guided flow. The background is the
 * source of truth: a step shows as done only once the background has written it and answered.
 * Pushes from the background keep a second tab on the same ticket live; a draft push from this
 * panel itself is ignored so it cannot overwrite newer typing.
 */
export function createFlowStore() {
  const origin = crypto.randomUUID();
  let snapshot: FlowSnapshot = { ticketId: null, view: undefined, draft: {}, draftState: 'idle', busy: false, reloading: false, refusal: null, error: null };
  const listeners = new Set<() => void>();
  let draftTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (patch: Partial<FlowSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((listener) => listener());
  };

  const adopt = (view: FlowView | null) => {
    const sameSession = view && snapshot.view && snapshot.view.session.id === view.session.id;
    const keepLocal = sameSession && view.draft?.origin === origin;
    // A view arriving while none is shown (a push after a failed load) ends that failure too.
    const loadError = snapshot.view === undefined ? { error: null, reloading: false } : {};
    set({ view, draft: keepLocal ? snapshot.draft : (view?.draft?.values ?? {}), draftState: view?.draft ? 'saved' : 'idle', ...loadError });
  };

  const stopPush = onPush('flowChanged', ({ ticketId, view }) => {
    if (ticketId === snapshot.ticketId) adopt(view);
  });

  /**
   * Counts getFlow requests: only the latest one's answer (or failure) is taken, and only while
   * the ticket's flow is still not shown (a push may have brought it meanwhile).
   */
  let lastLoad = 0;
  async function fetchView(ticketId: string) {
    const request = ++lastLoad;
    const current = () => request === lastLoad && snapshot.ticketId === ticketId && snapshot.view === undefined;
    try {
      const view = await sendMessage('getFlow', { ticketId });
      if (current()) adopt(view);
    } catch (error) {
      if (current()) set({ error, reloading: false });
    }
  }

  async function load(ticketId: string | null) {
    if (ticketId === snapshot.ticketId) return;
    flushDraft();
    set({ ticketId, view: ticketId ? undefined : null, draft: {}, draftState: 'idle', reloading: false, refusal: null, error: null });
    if (!ticketId) lastLoad++;
    else await fetchView(ticketId);
  }

  /** Asks for the ticket's flow again after its load failed (the panel's "Coba lagi"). */
  async function reload() {
    const { ticketId, view, error, reloading } = snapshot;
    if (!ticketId || view !== undefined || error == null || reloading) return;
    set({ reloading: true, refusal: null, error: null });
    await fetchView(ticketId);
  }

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    set({ busy: true, refusal: null, error: null });
    try {
      return await work();
    } catch (error) {
      set({ error });
      return undefined;
    } finally {
      set({ busy: false });
    }
  }

  function flushDraft() {
    if (draftTimer === undefined) return;
    clearTimeout(draftTimer);
    draftTimer = undefined;
    void saveDraftNow();
  }

  async function saveDraftNow() {
    const sessionId = snapshot.view?.session.id;
    if (!sessionId || snapshot.view?.session.status !== 'open') return;
    const values = snapshot.draft;
    try {
      await sendMessage('saveDraft', { sessionId, values, origin });
      if (snapshot.draft === values) set({ draftState: 'saved' });
    } catch (error) {
      set({ error });
    }
  }

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    load,
    reload,
    start: (ticket: TicketSnapshot) =>
      run(async () => {
        const view = await sendMessage('startFlow', { ticket });
        adopt(view);
      }),
    /** Sends one agent action; resolves true when the background accepted and stored it. */
    send: async (event: FlowEvent): Promise<boolean> => {
      const sessionId = snapshot.view?.session.id;
      if (!sessionId) return false;
      if (draftTimer !== undefined) clearTimeout(draftTimer);
      draftTimer = undefined;
      const result = await run(() => sendMessage('flowEvent', { sessionId, event }));
      if (!result) return false;
      if (result.refusal) {
        set({ refusal: result.refusal });
        return false;
      }
      set({ view: result.view, draft: {}, draftState: 'idle' });
      return true;
    },
    setDraft(key: string, value: string | boolean | null) {
      set({ draft: { ...snapshot.draft, [key]: value }, draftState: 'pending' });
      if (draftTimer !== undefined) clearTimeout(draftTimer);
      draftTimer = setTimeout(() => {
        draftTimer = undefined;
        void saveDraftNow();
      }, DRAFT_DELAY_MS);
    },
    flushDraft,
    /** A view the background returned for another request (a fill record): shown at once. */
    showView(view: FlowView) {
      if (view.session.ticketId === snapshot.ticketId) adopt(view);
    },
    dismissRefusal: () => set({ refusal: null, error: null }),
    stop() {
      flushDraft();
      stopPush();
    },
  };
}
export type FlowStore = ReturnType<typeof createFlowStore>;
