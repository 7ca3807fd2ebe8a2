/**
 * Where a script injected on demand hands the panel its API: a slot on globalThis under a
 * Symbol.for key, the same key in both scripts' bundles (one realm, the tab's isolated world).
 * The script publishes once; the panel reads the slot (null until the script has run).
 */
export interface ScriptSlot<T> {
  publish: (api: T) => void;
  published: () => T | null;
}

export function scriptSlot<T>(name: string): ScriptSlot<T> {
  const key = Symbol.for(name);
  const slot = globalThis as { [key: symbol]: T | undefined };
  return {
    publish: (api) => {
      slot[key] = api;
    },
    published: () => slot[key] ?? null,
  };
}
