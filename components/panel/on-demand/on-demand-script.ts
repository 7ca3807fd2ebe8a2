/**
 * Where a script injected on demand stands, as the panel shows it. `retrying`: loading again after
 * a failure, so the panel keeps its "Coba lagi" (and keyboard focus on it) in place meanwhile.
 */
export type OnDemandState<T> = { status: 'idle' } | { status: 'loading'; retrying: boolean } | { status: 'ready'; script: T } | { status: 'failed'; error: unknown };

export interface OnDemandScript<T> {
  get: () => OnDemandState<T>;
  subscribe: (listener: () => void) => () => void;
  /** Injects the script unless it is there or on its way; after a failure, tries again. Never throws: the state says. */
  load: () => Promise<OnDemandState<T>>;
}

/**
 * A script the background injects into this tab on request (`inject`), which then hands its API
 * over through a slot (`published`), as an observable for the panel: one request however many
 * ask at once, a failure kept (shown, with a retry) until the next `load`. A script already
 * published (injected before the panel was mounted again) is ready at once.
 */
export function onDemandScript<T>(inject: () => Promise<unknown>, published: () => T | null): OnDemandScript<T> {
  let state: OnDemandState<T> = { status: 'idle' };
  let loading: Promise<OnDemandState<T>> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: OnDemandState<T>) => {
    state = next;
    for (const listener of [...listeners]) listener();
    return next;
  };
  /** Ready exactly while the slot holds the script; the same object on every read (useSyncExternalStore). */
  const get = (): OnDemandState<T> => {
    const script = published();
    if (script && (state.status !== 'ready' || state.script !== script)) state = { status: 'ready', script };
    else if (!script && state.status === 'ready') state = { status: 'idle' };
    return state;
  };
  const load = (): Promise<OnDemandState<T>> => {
    if (get().status === 'ready') return Promise.resolve(state);
    loading ??= (async () => {
      set({ status: 'loading', retrying: state.status === 'failed' });
      try {
        // Through a promise: an `inject` that throws at once is a failure like any other.
        await Promise.resolve().then(inject);
        const script = published();
        return set(script ? { status: 'ready', script } : { status: 'failed', error: new Error('the script ran but offered nothing') });
      } catch (error) {
        return set({ status: 'failed', error });
      } finally {
        loading = null;
      }
    })();
    return loading;
  };
  return {
    get,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    load,
  };
}
