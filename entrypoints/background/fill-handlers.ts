import { readSettings, recordFillField, recordFillReload, recordFillRun, recordFillStart, type FlowView } from '@/lib/db';
import { MessageRefusedError, senderTabId, type FillLockAnswer, type FillLockInfo, type SenderLike } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { FieldResult, FillResult, FillStarted, ReloadPurpose } from '@/lib/schema';
import type { BackgroundContext } from './context';
import { orNotFound } from './or-not-found';
import { acquireLock, currentLock, releaseLock, renewFillLock } from './fill-lock';


/**
 * A fill as a durable operation: the lock (one fill per ticket across tabs), and each part of the
 * fill written to the audit trail as it happens, then announced so a second tab follows live.
 */
export function fillHandlers({ db, now, hostPatterns }: BackgroundContext) {
  const announce = (view: FlowView) => void broadcast('flowChanged', { ticketId: view.session.ticketId, view }, hostPatterns());
  return {
    acquireFillLock: async ({ ticketId, sessionId, fillId }: { ticketId: string; sessionId: string; fillId: string }, sender: SenderLike): Promise<FillLockAnswer> => {
      const { agent } = await readSettings(db);
      if (!agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
      const session = await db.sessions.get(sessionId);
      if (!session || session.ticketId !== ticketId || session.status !== 'open') throw new MessageRefusedError('not-found', sessionId);
      const decision = await acquireLock({ ticketId, sessionId, fillId, tabId: senderTabId(sender), agentId: agent.nossaUserId, agentName: agent.name, now: now() });
      if (decision.ok) return { ok: true };
      const { agentId, agentName, since } = decision.holder;
      return { ok: false, code: 'fill-locked', holder: { agentId, agentName, since } };
    },
    getFillLock: async ({ ticketId }: { ticketId: string }, sender: SenderLike): Promise<FillLockInfo | null> => {
      const lock = await currentLock(ticketId, now());
      if (!lock) return null;
      const { fillId, sessionId, agentId, agentName, since } = lock;
      return { fillId, sessionId, agentId, agentName, since, here: lock.tabId === senderTabId(sender) };
    },
    recordFillStart: async ({ sessionId, started }: { sessionId: string; started: FillStarted }) => {
      const view = await orNotFound(() => recordFillStart(db, { sessionId, started, now: now() }));
      announce(view);
      return view;
    },
    recordFillField: async ({ sessionId, fillId, result }: { sessionId: string; fillId: string; result: FieldResult }) => {
      const view = await orNotFound(() => recordFillField(db, { sessionId, fillId, result, now: now() }));
      await renewFillLock(view.session.ticketId, fillId, now());
      announce(view);
      return view;
    },
    /** The final run: "fill.result" (releases the lock) or "fill.verify". */
    recordFill: async ({ sessionId, result }: { sessionId: string; result: FillResult }) => {
      const view = await orNotFound(() => recordFillRun(db, { sessionId, result, now: now() }));
      if (result.kind === 'fill' && result.fillId) await releaseLock(view.session.ticketId, result.fillId);
      announce(view);
      return view;
    },
    recordFillReload: async ({ sessionId, fillId, purpose }: { sessionId: string; fillId: string; purpose?: ReloadPurpose }) => {
      const view = await orNotFound(() => recordFillReload(db, { sessionId, fillId, purpose, now: now() }));
      announce(view);
      return view;
    },
  };
}
