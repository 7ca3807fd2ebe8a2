/** Waiting on the host page: a pause, and polling a condition until it holds or time runs out. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value (not undefined/false) or the time runs out. */
export async function pollFor<T>(check: () => T | undefined | false | null, timeoutMs: number, everyMs = 15): Promise<T | undefined> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (performance.now() >= until) return undefined;
    await sleep(everyMs);
  }
}
