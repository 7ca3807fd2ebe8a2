import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  PanduDb,
  applyFlowEvent,
  getFlowView,
  readSettings,
  requesterSuggestions,
  saveDraft,
  startSession,
  updateSettings,
  type FlowView,
} from '@/lib/db';
import { MessageRefusedError } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import { serveRequests } from '@/lib/messaging/serve';
import { nossaProfile } from '@/lib/sites';

/**
 * The database owner. Every state change is written to Dexie before it is acknowledged: the
 * worker can be stopped at any moment, so nothing lives only in its memory.
 */
export default defineBackground(() => {
  const db = new PanduDb();
  const hostPatterns = () => nossaProfile.hosts;
  const now = () => new Date().toISOString();
  const announce = (view: FlowView) => void broadcast('flowChanged', { ticketId: view.session.ticketId, view }, hostPatterns());

  serveRequests(
    {
      getSettings: () => readSettings(db),
      updateSettings: async (patch) => {
        const settings = await updateSettings(db, patch);
        void broadcast('settingsChanged', settings, hostPatterns());
        return settings;
      },
      getFlow: ({ ticketId }) => getFlowView(db, ticketId),
      startFlow: async ({ ticket }) => {
        const { agent } = await readSettings(db);
        if (!agent) throw new MessageRefusedError('no-agent', 'set the agent identity first');
        const view = await startSession(db, { ticketId: ticket.ticketId, agentId: agent.nossaUserId, ticket, now: now() });
        announce(view);
        return view;
      },
      flowEvent: async ({ sessionId, event }) => {
        const { procedure } = await readSettings(db);
        const result = await applyFlowEvent(db, { sessionId, event, now: now(), rules: procedure });
        if (!result.refusal) announce(result.view);
        return result;
      },
      saveDraft: async ({ sessionId, values, origin }) => {
        const saved = await saveDraft(db, { sessionId, values, origin, now: now() });
        if (saved) {
          const session = await db.sessions.get(sessionId);
          const view = session && (await getFlowView(db, session.ticketId));
          if (view) announce(view);
        }
        return saved;
      },
      getRequesterSuggestions: () => requesterSuggestions(db),
    },
    () => ({ extensionId: browser.runtime.id, hostPatterns: hostPatterns() }),
  );
});
