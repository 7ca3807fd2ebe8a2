/**
 * Runs `task` when the page's main thread is idle, or after `timeoutMs` at the latest. We share
 * that thread with the host page (NOSSA): our reading and rendering should wait for its own work
 * (a round trip being applied, an agent's click) rather than interleave with it. Falls back to a
 * plain timer where `requestIdleCallback` is missing. Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
