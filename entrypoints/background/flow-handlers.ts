import { getFlowView, requesterSuggestions } from '@/lib/db';
import { applyFlowEvent, saveDraft, startSession } from '@/lib/db/write';
import { MessageRefusedError, type HandlersOf } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { flowRequests } from '@/lib/messaging/protocol/flow';
import type { FlowView } from '@/lib/procedure';
import type { BackgroundContext } from './context';
import { orNotFound } from './or-not-found';
import { scheduleFollowUp } from './follow-ups';

/** The guided flow: every step is stored before it is acknowledged, then announced to all tabs. */
export function flowHandlers({ db, now, hostPatterns, settings }: BackgroundContext): HandlersOf<typeof flowRequests> {
  const announce = (view: FlowView) => void broadcast('flowChanged', { ticketId: view.session.ticketId, view }, hostPatterns());
  return {
    getFlow: ({ ticketId }) => getFlowView(db, ticketId),
    startFlow: async ({ ticket }) => {
      const { agent } = await settings();
      if (!agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
      const view = await startSession(db, { ticketId: ticket.ticketId, agentId: agent.nossaUserId, ticket, now: now() });
      announce(view);
      return view;
    },
    flowEvent: async ({ sessionId, event }) => {
      const { procedure } = await settings();
      const result = await orNotFound(() => applyFlowEvent(db, { sessionId, event, now: now(), rules: procedure }));
      if (!result.refusal) announce(result.view);
      // An approved pending (1.2.5) is now in NOSSA: remind the agent at the agreed time.
      if (!result.refusal) await scheduleFollowUp(result.view.session);
      return result;
    },
    saveDraft: async ({ sessionId, values, origin }) => {
      const saved = await saveDraft(db, { sessionId, values, origin, now: now() });
      const session = saved ? await db.sessions.get(sessionId) : undefined;
      const view = session && (await getFlowView(db, session.ticketId));
      if (view) announce(view);
      return saved;
    },
    getRequesterSuggestions: () => requesterSuggestions(db),
  };
}
