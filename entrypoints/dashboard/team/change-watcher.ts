import { LIVE_POLL_MS } from '@/lib/team';
import { isUnreachable } from '@/lib/team/client';

export interface LiveState {
  /** The server's change counter at the last answer. */
  seq: string | null;
  /** When the server last answered (ms): "Diperbarui 10:42:05". */
  lastOkAt: number | null;
  /** Since when the server cannot be reached (ms), null while it answers. */
  unreachableSince: number | null;
  /** A refusal that waiting will not cure (a revoked token, a wrong role), null otherwise. */
  error: unknown;
}

export interface WatcherOptions {
  changes: (signal: AbortSignal) => Promise<{ seq: string }>;
  /** The counter moved, or the server is back after being unreachable: read what is shown again. */
  onChange: () => void;
  intervalMs?: number;
  isHidden?: () => boolean;
  now?: () => number;
}

/**
 * The dashboard's live view: asks the server for its change counter every 2 s while the tab is
 * visible (a hidden tab asks nothing; it asks at once when shown or focused again) and says so
 * when the counter moved. It also tells whether the server answers, for the banner.
 */
export function createChangeWatcher({ changes, onChange, intervalMs = LIVE_POLL_MS, isHidden = () => document.hidden, now = Date.now }: WatcherOptions) {
  let state: LiveState = { seq: null, lastOkAt: null, unreachableSince: null, error: null };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  let running = false;

  const emit = (patch: Partial<LiveState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const schedule = () => {
    clearTimeout(timer);
    if (running && !isHidden()) timer = setTimeout(() => void poll(), intervalMs);
  };

  async function poll() {
    if (!running || inFlight) return;
    clearTimeout(timer);
    const controller = (inFlight = new AbortController());
    try {
      const { seq } = await changes(controller.signal);
      if (!running) return;
      const moved = state.seq !== null && seq !== state.seq;
      const recovered = state.unreachableSince !== null || state.error !== null;
      emit({ seq, lastOkAt: now(), unreachableSince: null, error: null });
      if (moved || recovered) onChange();
    } catch (error) {
      if (!running) return;
      if (isUnreachable(error)) emit({ unreachableSince: state.unreachableSince ?? now() });
      else emit({ error });
    } finally {
      inFlight = null;
      schedule();
    }
  }

  return {
    getState: (): LiveState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      running = true;
      void poll();
    },
    /** The tab was shown or focused: ask now (and go on every interval); hidden: stop asking. */
    wake() {
      if (isHidden()) clearTimeout(timer);
      else void poll();
    },
    stop() {
      running = false;
      clearTimeout(timer);
      inFlight?.abort();
    },
  };
}

export type ChangeWatcher = ReturnType<typeof createChangeWatcher>;
