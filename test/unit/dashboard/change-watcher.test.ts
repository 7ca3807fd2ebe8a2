import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeWatcher } from '@/entrypoints/dashboard/team/change-watcher';
import { TeamRequestError } from '@/lib/team/client';

/**
 * The live view's poller (entrypoints/dashboard/team/change-watcher.ts): asks the change counter
 * every interval while the tab is visible, says when it moved, and whether the server answers.
 */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  let seq = '1';
  let down = false;
  let hidden = false;
  const changes = vi.fn(async () => {
    if (down) throw new TeamRequestError('network', 'Failed to fetch');
    return { seq };
  });
  const onChange = vi.fn();
  const watcher = createChangeWatcher({ changes, onChange, intervalMs: 2_000, isHidden: () => hidden, now: () => Date.now() });
  return {
    watcher,
    changes,
    onChange,
    setSeq: (next: string) => void (seq = next),
    setDown: (value: boolean) => void (down = value),
    setHidden: (value: boolean) => void (hidden = value),
  };
}

describe('the change watcher', () => {
  it('asks every 2 s and calls back only when the counter moved', async () => {
    const { watcher, changes, onChange, setSeq } = setup();
    watcher.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(watcher.getState()).toMatchObject({ seq: '1', unreachableSince: null });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(changes).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    setSeq('2');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(watcher.getState().seq).toBe('2');
    watcher.stop();
  });

  it('an unreachable server is said with the time of the last answer, kept, and cleared when it is back (then the view reads again)', async () => {
    const { watcher, onChange, setDown } = setup();
    watcher.start();
    await vi.advanceTimersByTimeAsync(0);
    const lastOk = watcher.getState().lastOkAt;
    setDown(true);
    await vi.advanceTimersByTimeAsync(2_000);
    const since = watcher.getState().unreachableSince;
    expect(since).not.toBeNull();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(watcher.getState()).toMatchObject({ unreachableSince: since, lastOkAt: lastOk });
    setDown(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(watcher.getState().unreachableSince).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('a refusal (revoked token) is an error, not "unreachable"', async () => {
    const { watcher } = setup();
    const refused = createChangeWatcher({
      changes: () => Promise.reject(new TeamRequestError('auth.revoked', 'revoked', 401)),
      onChange: () => undefined,
      isHidden: () => false,
    });
    refused.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(refused.getState()).toMatchObject({ unreachableSince: null, error: { code: 'auth.revoked' } });
    refused.stop();
    watcher.stop();
  });

  it('a hidden tab asks nothing; shown again, it asks at once and goes on', async () => {
    const { watcher, changes, setHidden } = setup();
    watcher.start();
    await vi.advanceTimersByTimeAsync(0);
    setHidden(true);
    await vi.advanceTimersByTimeAsync(2_000); // the poll already scheduled runs, then none is scheduled
    const asked = changes.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(changes).toHaveBeenCalledTimes(asked);
    setHidden(false);
    watcher.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toHaveBeenCalledTimes(asked + 1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(changes).toHaveBeenCalledTimes(asked + 2);
    watcher.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(changes).toHaveBeenCalledTimes(asked + 2);
  });
});
