import { browser } from 'wxt/browser';
import type { PanduDb } from '@/lib/db';
import type { Sync } from './sync';

/** The minute alarm that retries what waits (the worker may have been stopped since the last write). */
export const TEAM_SYNC_ALARM = 'team-sync';
/** Writes come in bursts (a flow step is a session and an event, a fill a dozen events): one flush after them. */
const DEBOUNCE_MS = 1_000;

/** The origin's host permission, as the browser holds it now. */
export const hasOriginPermission = (origin: string): Promise<boolean> => browser.permissions.contains({ origins: [`${origin}/*`] });

/**
 * When to flush: a second after a write that queued records committed, every minute on an alarm,
 * and, while the worker lives, when a backoff shorter than the alarm runs out. Every decision is
 * re-read from the database's state row by the flush itself, so a worker stopped at any moment
 * loses nothing: the alarm picks up.
 */
export function startTeamSync(db: PanduDb, sync: Sync): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };
  const flush = async () => {
    try {
      const result = await sync.flush();
      const at = result.outcome === 'failed' ? result.retryAt : result.outcome === 'waiting' ? result.until : null;
      const wait = at ? Date.parse(at) - Date.now() : Infinity;
      if (wait < 60_000) later(Math.max(wait, 0) + 50);
    } catch (error) {
      console.error('Pandu team sync failed', error);
    }
  };
  db.onOutboxQueued(() => later(DEBOUNCE_MS));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) void flush();
  });
  void browser.alarms.get(TEAM_SYNC_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(TEAM_SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
  });
}
