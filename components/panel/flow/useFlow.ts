import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FlowSnapshot, FlowStore } from './flow-store';

export const FlowStoreContext = createContext<FlowStore | null>(null);

export function useFlowStore(): FlowStore {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('useFlowStore outside FlowStoreContext');
  return store;
}

export function useFlowSnapshot(): FlowSnapshot {
  const store = useFlowStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * A form value that survives reloads: it lives in the session's draft (stored through the
 * background) and falls back to what the flow already holds.
 */
export function useDraftField(key: string, fallback: string): [string, (value: string) => void];
export function useDraftField(key: string, fallback: boolean): [boolean, (value: boolean) => void];
export function useDraftField(key: string, fallback: string | boolean): [string | boolean, (value: never) => void] {
  const store = useFlowStore();
  const { draft } = useFlowSnapshot();
  const stored = draft[key];
  const value = stored === undefined || stored === null || typeof stored !== typeof fallback ? fallback : stored;
  return [value, (next: string | boolean) => store.setDraft(key, next)];
}
