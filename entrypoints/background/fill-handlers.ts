import { recordFillField, recordFillReload, recordFillRun, recordFillStart } from '@/lib/db/write';
import { MessageRefusedError, senderTabId, type HandlersOf } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { fillRequests } from '@/lib/messaging/protocol/fill';
import type { FlowView } from '@/lib/procedure';
import type { BackgroundContext } from './context';
import { orNotFound } from './or-not-found';
import { acquireLock, currentLock, releaseLock, renewFillLock } from './fill-lock';

/**
 * A fill as a durable operation: the lock (one fill per ticket across tabs), and each part of the
 * fill written to the audit trail as it happens, then announced so a second tab follows live.
 */
export function fillHandlers({ db, now, hostPatterns, settings }: BackgroundContext): HandlersOf<typeof fillRequests> {
  const announce = (view: FlowView) => void broadcast('flowChanged', { ticketId: view.session.ticketId, view }, hostPatterns());
  return {
    acquireFillLock: async ({ ticketId, sessionId, fillId }, sender) => {
      const { agent } = await settings();
      if (!agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
      const session = await db.sessions.get(sessionId);
      if (!session || session.ticketId !== ticketId || session.status !== 'open') throw new MessageRefusedError('not-found', sessionId);
      const decision = await acquireLock({ ticketId, sessionId, fillId, tabId: senderTabId(sender), agentId: agent.nossaUserId, agentName: agent.name, now: now() });
      if (decision.ok) return { ok: true };
      const { agentId, agentName, since } = decision.holder;
      return { ok: false, code: 'fill-locked', holder: { agentId, agentName, since } };
    },
    getFillLock: async ({ ticketId }, sender) => {
      const lock = await currentLock(ticketId, now());
      if (!lock) return null;
      const { fillId, sessionId, agentId, agentName, since } = lock;
      return { fillId, sessionId, agentId, agentName, since, here: lock.tabId === senderTabId(sender) };
    },
    recordFillStart: async ({ sessionId, started }) => {
      const view = await orNotFound(() => recordFillStart(db, { sessionId, started, now: now() }));
      announce(view);
      return view;
    },
    recordFillField: async ({ sessionId, fillId, result }) => {
      const view = await orNotFound(() => recordFillField(db, { sessionId, fillId, result, now: now() }));
      await renewFillLock(view.session.ticketId, fillId, now());
      announce(view);
      return view;
    },
    /** The final run: "fill.result" (releases the lock) or "fill.verify". */
    recordFill: async ({ sessionId, result }) => {
      const view = await orNotFound(() => recordFillRun(db, { sessionId, result, now: now() }));
      if (result.kind === 'fill' && result.fillId) await releaseLock(view.session.ticketId, result.fillId);
      announce(view);
      return view;
    },
    recordFillReload: async ({ sessionId, fillId, purpose }) => {
      const view = await orNotFound(() => recordFillReload(db, { sessionId, fillId, purpose, now: now() }));
      announce(view);
      return view;
    },
  };
}
