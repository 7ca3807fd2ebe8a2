import { browser } from 'wxt/browser';
import { openFollowUp, type ChecklistTarget, type ChecklistWrite } from '@/lib/db';
import { completeChecklist, recordFollowUp, recordNossaSighting, tickChecklistStep } from '@/lib/db/write';
import { MessageRefusedError, type ChecklistReply, type HandlersOf } from '@/lib/messaging';
import type { shiftRequests } from '@/lib/messaging/protocol/shift';
import type { Settings } from '@/lib/schema';
import { checklistShiftAt, nextShiftAfter } from '@/lib/shifts';
import type { BackgroundContext } from './context';
import { followUpId, openFollowUpTicket } from './follow-ups';
import { refreshShiftBadge } from './shift-badge';

/**
 * The shift-start checklist (IK 1.1) and follow-ups. The background's clock decides which shift
 * it is, so the records, the badge and the popup always agree; every change is stored before it
 * is answered, and the badge is brought up to date before the answer too.
 */
export function shiftHandlers(context: BackgroundContext): HandlersOf<typeof shiftRequests> {
  const { db, now } = context;

  /** The agent's checklist for the shift open right now (null between shifts). */
  function targetOf(settings: Settings & { agent: NonNullable<Settings['agent']> }): ChecklistTarget | null {
    const at = now();
    const slot = checklistShiftAt(new Date(at), settings.shifts);
    return slot && { agentId: settings.agent.nossaUserId, slot, graceMinutes: settings.shifts.graceMinutes, now: at };
  }

  /** A checklist write by the agent: refused before they have said who they are. */
  async function write(apply: (target: ChecklistTarget) => Promise<ChecklistWrite>): Promise<ChecklistReply> {
    const settings = await context.settings();
    if (!settings.agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
    const target = targetOf({ ...settings, agent: settings.agent });
    if (!target) return { slot: null, record: null, refusal: 'no-shift' };
    const result = await apply(target);
    await refreshShiftBadge(context);
    return { slot: target.slot, record: result.record, refusal: result.refusal };
  }

  return {
    getShiftNow: async () => {
      const { shifts } = await context.settings();
      const at = new Date(now());
      return { now: at.toISOString(), slot: checklistShiftAt(at, shifts), next: nextShiftAfter(at, shifts.definitions) };
    },
    tickChecklist: ({ step, ticked }) => write((target) => tickChecklistStep(db, target, { step, ticked })),
    completeChecklist: () => write((target) => completeChecklist(db, target)),
    /** The content script saw NOSSA. Nothing is ticked before the agent has said who they are. */
    reportNossaSession: async ({ page, user }) => {
      const settings = await context.settings();
      if (!settings.agent) return { ticked: [] };
      const target = targetOf({ ...settings, agent: settings.agent });
      if (!target) return { ticked: [] };
      const result = await recordNossaSighting(db, target, { page, user, agentNossaUserId: settings.agent.nossaUserId });
      if (result.changes.length > 0) await refreshShiftBadge(context);
      return { ticked: result.changes.map((change) => change.step) };
    },
    openFollowUp: ({ sessionId }) => openFollowUpTicket(context, sessionId),
    resolveFollowUp: async ({ sessionId }) => {
      if (!(await openFollowUp(db, sessionId))) return false;
      await recordFollowUp(db, sessionId, 'followup.resolved', now());
      await browser.alarms.clear(followUpId(sessionId));
      await browser.notifications.clear(followUpId(sessionId)).catch(() => false);
      return true;
    },
  };
}
