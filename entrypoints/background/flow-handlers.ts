import { applyFlowEvent, getFlowView, readSettings, requesterSuggestions, saveDraft, startSession, type FlowView } from '@/lib/db';
import { MessageRefusedError } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { DraftValues, TicketSnapshot } from '@/lib/schema';
import type { BackgroundContext } from './context';
import { orNotFound } from './or-not-found';
import { scheduleFollowUp } from './follow-ups';

/** The guided flow: every step is stored before it is acknowledged, then announced to all tabs. */
export function flowHandlers({ db, now, hostPatterns }: BackgroundContext) {
  const announce = (view: FlowView) => void broadcast('flowChanged', { ticketId: view.session.ticketId, view }, hostPatterns());
  return {
    getFlow: ({ ticketId }: { ticketId: string }) => getFlowView(db, ticketId),
    startFlow: async ({ ticket }: { ticket: TicketSnapshot }) => {
      const { agent } = await readSettings(db);
      if (!agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
      const view = await startSession(db, { ticketId: ticket.ticketId, agentId: agent.nossaUserId, ticket, now: now() });
      announce(view);
      return view;
    },
    flowEvent: async ({ sessionId, event }: { sessionId: string; event: unknown }) => {
      const { procedure } = await readSettings(db);
      const result = await orNotFound(() => applyFlowEvent(db, { sessionId, event, now: now(), rules: procedure }));
      if (!result.refusal) announce(result.view);
      // An approved pending (1.2.5) is now in NOSSA: remind the agent at the agreed time.
      if (!result.refusal) await scheduleFollowUp(result.view.session);
      return result;
    },
    saveDraft: async ({ sessionId, values, origin }: { sessionId: string; values: DraftValues; origin: string }) => {
      const saved = await saveDraft(db, { sessionId, values, origin, now: now() });
      const session = saved ? await db.sessions.get(sessionId) : undefined;
      const view = session && (await getFlowView(db, session.ticketId));
      if (view) announce(view);
      return saved;
    },
    getRequesterSuggestions: () => requesterSuggestions(db),
    // recordFill (a fill or verify run) lives with the other fill records in fill-handlers.ts.
  };
}
