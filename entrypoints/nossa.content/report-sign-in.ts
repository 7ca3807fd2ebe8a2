import { sendMessage } from '@/lib/messaging';
import type { PageWatcher } from '@/lib/sites';

/** The same report is repeated at most this often (a new shift, a newly set identity). */
const REPEAT_MS = 60_000;

/**
 * Tells the background what NOSSA shows, for the checklist steps Pandu ticks by itself: NOSSA's
 * login page (1.1.3, NOSSA open), or the app with the signed-in user id (1.1.4, login entered).
 * Sent at start and when the page changes; the background keeps the first tick of each shift.
 * Returns the unsubscribe.
 */
export function reportSignIn(watcher: PageWatcher): () => void {
  let last = { key: '', at: 0 };
  const report = () => {
    const { kind, user } = watcher.getSnapshot();
    if (kind === 'other') return;
    const page = kind === 'login' ? 'login' : 'app';
    const key = `${page}|${user ?? ''}`;
    if (key === last.key && Date.now() - last.at < REPEAT_MS) return;
    last = { key, at: Date.now() };
    void sendMessage('reportNossaSession', { page, user: page === 'app' ? user : null }).catch(() => undefined);
  };
  report();
  return watcher.subscribe(report);
}
