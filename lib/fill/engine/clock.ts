/**
 * Separates Pandu's own work from time spent waiting for the host page, so the benchmark can
 * report the fill's own cost apart from NOSSA's (or the look-alike's deliberate) round trips.
 */
export class FillClock {
  private readonly start = performance.now();
  private waited = 0;

  async wait<T>(work: () => Promise<T>): Promise<T> {
    const from = performance.now();
    try {
      return await work();
    } finally {
      this.waited += performance.now() - from;
    }
  }

  get totalMs(): number {
    return performance.now() - this.start;
  }

  get ownMs(): number {
    return Math.max(0, this.totalMs - this.waited);
  }
}

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
