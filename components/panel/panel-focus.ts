import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The keyboard shortcut's way into the panel (issue 14): the content script asks, the panel
 * expands if it was collapsed (Panel.tsx, `useExpandOnFocusRequest`) and the flow puts focus on
 * the current step's control (FlowPanel). A request waits until a mounted flow takes it, so a
 * collapsed panel that expands first still gets it.
 */

type Listener = () => void;

/** How long the content script waits for the flow to take a request before it focuses the panel's first control itself. */
export const TAKE_WAIT_MS = 500;

let requested = 0;
let taken = 0;
const listeners = new Set<Listener>();
const waiting = new Set<() => void>();

export const panelFocusRequests = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  /** The number of the latest request (a snapshot for useSyncExternalStore). */
  latest: (): number => requested,
  /**
   * Asks the panel to take focus; resolves true once the flow took it, false when nothing took it
   * within TAKE_WAIT_MS (no ticket on the page: the caller then focuses what the panel shows).
   */
  request: (): Promise<boolean> => {
    requested++;
    const mine = requested;
    listeners.forEach((listener) => listener());
    if (taken >= mine) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve(taken >= mine);
      };
      const timer = setTimeout(done, TAKE_WAIT_MS);
      waiting.add(done);
    });
  },
  /** Whether a request waits for the flow to take it. */
  pending: (): boolean => taken < requested,
  /** Takes the pending request, if there is one: true means "focus your control now". */
  take: (): boolean => {
    if (taken >= requested) return false;
    taken = requested;
    [...waiting].forEach((done) => done());
    return true;
  },
};

/** The latest shortcut request, for a component that acts on it. */
export function usePanelFocusRequest(): number {
  return useSyncExternalStore(panelFocusRequests.subscribe, panelFocusRequests.latest);
}

/**
 * For Panel.tsx: a collapsed panel opens when the agent presses the shortcut, so the flow inside
 * can take focus. One line there: `useExpandOnFocusRequest(placement.collapsed, () => setCollapsed(false));`
 */
export function useExpandOnFocusRequest(collapsed: boolean, expand: () => void): void {
  const request = usePanelFocusRequest();
  // Only a new request expands: collapsing again afterwards stays collapsed.
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    if (collapsed && panelFocusRequests.pending()) expand();
  }, [request, collapsed, expand]);
}
