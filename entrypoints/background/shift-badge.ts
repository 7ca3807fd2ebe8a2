import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { findChecklist } from '@/lib/db';
import { translator } from '@/lib/i18n';
import { badgeState, badgeText, checklistShiftAt, nextChecklistChange } from '@/lib/shifts';
import type { BackgroundContext } from './context';

/** Fires when the checklist's shift may change (a shift starts, or its checklist opens). */
export const SHIFT_ALARM = 'shift:next';
const BADGE_COLOR = '#b3261e';

/** Sets the toolbar badge and tooltip from the current shift's checklist, and the next re-check. */
async function applyBadge({ db, now, settings: inForce }: BackgroundContext): Promise<void> {
  const settings = await inForce();
  const at = new Date(now());
  const slot = checklistShiftAt(at, settings.shifts);
  const record = slot && settings.agent ? await findChecklist(db, settings.agent.nossaUserId, slot) : null;
  const state = badgeState({ hasAgent: settings.agent != null, slot, record });
  const t = translator(settings.language);
  const shift = slot?.name ?? '';
  await browser.action.setBadgeText({ text: badgeText(state) });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
  await browser.action.setTitle({ title: t(`popup.badge.${state}`, { shift }) });
  await browser.alarms.create(SHIFT_ALARM, { when: nextChecklistChange(at, settings.shifts).getTime() });
}

let queue: Promise<void> = Promise.resolve();

/**
 * Brings the badge up to date. Calls are queued so a slow read cannot overwrite a newer answer.
 * Awaited by the checklist handlers: the badge has changed before the popup hears "done".
 */
export function refreshShiftBadge(context: BackgroundContext): Promise<void> {
  queue = queue.then(() => applyBadge(context)).catch((error: unknown) => console.error('Pandu badge', error));
  return queue;
}

/**
 * Keeps the toolbar badge on while the current shift's checklist is not done. It is re-checked at
 * every worker start, at browser start, when a shift starts (an alarm), and whenever the stored
 * settings change (identity, shift times), whoever changed them.
 */
export function startShiftBadge(context: BackgroundContext): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('shift:')) void refreshShiftBadge(context);
  });
  browser.runtime.onStartup.addListener(() => void refreshShiftBadge(context));
  browser.runtime.onInstalled.addListener(() => void refreshShiftBadge(context));
  liveQuery(() => context.db.settings.get('settings')).subscribe({
    next: () => void refreshShiftBadge(context),
    error: (error: unknown) => console.error('Pandu settings watch', error),
  });
}
