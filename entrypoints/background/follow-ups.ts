import { browser } from 'wxt/browser';
import { openFollowUp, openFollowUps, pendingUntilOf } from '@/lib/db';
import { recordFollowUp } from '@/lib/db/write';
import { translator } from '@/lib/i18n';
import type { Session } from '@/lib/schema';
import { activeProfile } from '@/lib/sites/active-profile';
import { ticketLink } from '@/lib/sites/ticket-link';
import { formatLocal } from '@/lib/time';
import type { BackgroundContext } from './context';

/** Alarm and notification ids of a follow-up: "followup:<session id>". */
const PREFIX = 'followup:';
export const followUpId = (sessionId: string) => `${PREFIX}${sessionId}`;
const sessionIdOf = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null);

/**
 * A reminder missed by more than this (the browser was closed at the agreed time) is not shown
 * as a notification any more; the popup still lists it as due.
 */
const STALE_AFTER_MS = 12 * 3_600_000;

/** Schedules the reminder of an approved pending (1.2.5) at the time agreed with the customer. */
export async function scheduleFollowUp(session: Session): Promise<void> {
  const until = pendingUntilOf(session);
  if (session.status !== 'done' || session.outcome !== 'approved' || !until) return;
  await browser.alarms.create(followUpId(session.id), { when: Date.parse(until) });
}

/** Opens the ticket of a follow-up in NOSSA, in a new tab (a new window when none is open). */
export async function openFollowUpTicket({ db, now, settings }: BackgroundContext, sessionId: string): Promise<boolean> {
  const session = await db.sessions.get(sessionId);
  if (!session) return false;
  const url = ticketLink(activeProfile(await settings()), session.ticketId);
  try {
    const tab = await browser.tabs.create({ url, active: true });
    if (tab.windowId != null) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  } catch {
    await browser.windows.create({ url, focused: true });
  }
  await browser.notifications.clear(followUpId(sessionId)).catch(() => false);
  await recordFollowUp(db, sessionId, 'followup.opened', now());
  return true;
}

/** At the agreed time: the browser notification, once, for the agent who agreed it. */
async function notify({ db, now, settings: inForce }: BackgroundContext, sessionId: string): Promise<void> {
  const [followUp, settings] = await Promise.all([openFollowUp(db, sessionId), inForce()]);
  if (!followUp || followUp.notifiedAt || followUp.agentId !== settings.agent?.nossaUserId) return;
  if (Date.parse(now()) - Date.parse(followUp.pendingUntil) > STALE_AFTER_MS) return;
  const t = translator(settings.language);
  await browser.notifications.create(followUpId(sessionId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/notification-icon.png'),
    title: t('popup.followUp.notificationTitle', { ticketId: followUp.ticketId }),
    message: t('popup.followUp.notificationMessage', { time: formatLocal(followUp.pendingUntil) }),
    contextMessage: t('app.procedure'),
    priority: 2,
    // An agent on a call may not look up for a while: the reminder waits for them.
    requireInteraction: true,
  });
  await recordFollowUp(db, sessionId, 'followup.notified', now());
}

/**
 * Alarms are not guaranteed to survive a browser restart or an update: re-creates the missing
 * ones for the agent's follow-ups not notified yet (a time already past fires at once).
 */
async function syncFollowUpAlarms({ db, settings }: BackgroundContext): Promise<void> {
  const { agent } = await settings();
  if (!agent) return;
  const scheduled = new Set((await browser.alarms.getAll()).map((alarm) => alarm.name));
  for (const followUp of await openFollowUps(db, agent.nossaUserId)) {
    const name = followUpId(followUp.sessionId);
    if (!followUp.notifiedAt && !scheduled.has(name)) await browser.alarms.create(name, { when: Math.max(Date.parse(followUp.pendingUntil), Date.now()) });
  }
}

/** Follow-up reminders: alarms named "followup:…", their notifications, and a click that opens the ticket. */
export function startFollowUps(context: BackgroundContext): void {
  const report = (error: unknown) => console.error('Pandu follow-up', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    const sessionId = sessionIdOf(alarm.name);
    if (sessionId) void notify(context, sessionId).catch(report);
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const sessionId = sessionIdOf(notificationId);
    if (sessionId) void openFollowUpTicket(context, sessionId).catch(report);
  });
  browser.runtime.onStartup.addListener(() => void syncFollowUpAlarms(context).catch(report));
  browser.runtime.onInstalled.addListener(() => void syncFollowUpAlarms(context).catch(report));
}
