/**
 * Times a fill run and separates Pandu's own work from time spent waiting for the host page, so the benchmark can
 * report the fill's own cost apart from NOSSA's (or the look-alike's deliberate) round trips.
 */
export class FillStopwatch {
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
