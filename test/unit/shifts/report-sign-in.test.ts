import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState, PageWatcher } from '@/lib/sites';

const sent: unknown[] = [];
vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(async (type: string, data: unknown) => void sent.push([type, data])) }));
const { reportSignIn } = await import('@/entrypoints/nossa.content/report-sign-in');

/** A page watcher whose page the test sets. */
function fakeWatcher(initial: Partial<PageState>) {
  let state: PageState = { kind: 'list', ticket: null, user: null, ...initial };
  const listeners = new Set<() => void>();
  const watcher = {
    getSnapshot: () => state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as PageWatcher;
  const show = (next: Partial<PageState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  return { watcher, show, listeners };
}

beforeEach(() => {
  sent.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('what the content script tells the background about NOSSA (IK 1.1.3 / 1.1.4)', () => {
  it('reports the login page, then the app with the signed-in user id', () => {
    const { watcher, show } = fakeWatcher({ kind: 'login' });
    reportSignIn(watcher);
    show({ kind: 'list', user: '930101' });
    expect(sent).toEqual([
      ['reportNossaSession', { page: 'login', user: null }],
      ['reportNossaSession', { page: 'app', user: '930101' }],
    ]);
  });

  it('says nothing on pages that are not NOSSA’s app or login', () => {
    reportSignIn(fakeWatcher({ kind: 'other' }).watcher);
    expect(sent).toEqual([]);
  });

  it('repeats the same report at most once a minute, however often the page changes', () => {
    const { watcher, show } = fakeWatcher({ kind: 'ticket', user: '930101' });
    reportSignIn(watcher);
    for (let i = 0; i < 20; i += 1) show({ kind: i % 2 ? 'ticket' : 'list' });
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    show({ kind: 'ticket' });
    expect(sent).toHaveLength(2);
    show({ user: '940404' }); // a different user is news at once
    expect(sent.at(-1)).toEqual(['reportNossaSession', { page: 'app', user: '940404' }]);
  });

  it('stops when the content script is invalidated', () => {
    const { watcher, show, listeners } = fakeWatcher({ kind: 'login' });
    const stop = reportSignIn(watcher);
    stop();
    expect(listeners.size).toBe(0);
    show({ kind: 'list', user: '930101' });
    expect(sent).toHaveLength(1);
  });
});
