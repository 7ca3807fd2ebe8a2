import { browser } from 'wxt/browser';
import { retentionAllowed } from '@/lib/db';
import { applyRetention } from '@/lib/db/write';
import type { BackgroundContext } from './context';

/** The daily clean-up's alarm. Other alarms ("followup:*", "shift:*") have listeners of their own. */
export const RETENTION_ALARM = 'retention';
const DAY_MINUTES = 24 * 60;

/**
 * Deletes data older than the retention period, if the team lead agreed to automatic deletion
 * for that period. Until then it deletes nothing: the dashboard shows the lead what would go and
 * asks once (privacy settings).
 */
export async function runRetention({ db, now, settings }: BackgroundContext): Promise<void> {
  const { retention, agent } = await settings();
  if (!retentionAllowed(retention)) return;
  await applyRetention(db, { now: now(), days: retention.days, by: 'alarm', agentId: agent?.nossaUserId ?? 'pandu' });
}

/** Registers the listener at every worker start (MV3) and makes sure the daily alarm exists. */
export function startRetention(context: BackgroundContext): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    runRetention(context).catch((error: unknown) => console.error('Pandu retention failed', error));
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 10, periodInMinutes: DAY_MINUTES });
  });
}
