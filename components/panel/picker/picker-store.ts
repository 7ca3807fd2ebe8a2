import type { PageCheck, SiteProfile } from '@/lib/sites';
import type { PickProposals } from '@/lib/sites/propose-locators';

/**
 * The page check and the field picker outlive the panel's body: a lead may collapse the panel to
 * a chip so it does not cover the field they are about to click, and the pick must go on and be
 * there when the panel opens again. So their state lives here, once per NOSSA page (the content
 * script), not in a component. Gone with the page: a reload starts clean.
 */
export interface Store<T> {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Where the picker stands. guide: it says what NOSSA state the field needs; picking: clicks on
 * NOSSA are captured; proposals: what it saw and proposes; saved: the profile was saved.
 */
export type PickerState =
  | { phase: 'idle' }
  | { phase: 'guide'; field: string; opening?: boolean; problem?: string | null }
  | { phase: 'picking'; field: string }
  | { phase: 'proposals'; field: string; result: PickProposals; element: Element; selected: string | null; problem?: string | null }
  | { phase: 'saved'; field: string; locators: string; found: boolean };

/** The page check on view (the footer's quick check, the deep check, or the re-check after a save). */
export const pageCheckStore = createStore<PageCheck | null>(null);
export const pickerStore = createStore<PickerState>({ phase: 'idle' });
/**
 * The stored site profile before each save the picker made on this page, newest last (null: the
 * shipped default was in force). "Urungkan" restores the newest.
 */
export const undoStore = createStore<Array<SiteProfile | null>>([]);

/** Back to a clean page (tests; the content script never needs it). */
export function resetPickerStores(): void {
  pageCheckStore.set(null);
  pickerStore.set({ phase: 'idle' });
  undoStore.set([]);
}
