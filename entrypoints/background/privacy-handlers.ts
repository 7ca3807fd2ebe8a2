import { applyRetention, updateSettings } from '@/lib/db/write';
import type { HandlersOf } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { privacyRequests } from '@/lib/messaging/protocol/privacy';
import type { BackgroundContext } from './context';

/** The lead's go-ahead for deletion, and the deletion it allows, both written by the database's owner. */
export function privacyHandlers({ db, now, settings, hostPatterns }: BackgroundContext): HandlersOf<typeof privacyRequests> {
  return {
    confirmRetention: async ({ days }) => {
      const at = now();
      const stored = await updateSettings(db, { retention: { days, confirmed: { at, days } } });
      const counts = await applyRetention(db, { now: at, days, by: 'lead', agentId: stored.agent?.nossaUserId ?? 'pandu' });
      void broadcast('settingsChanged', await settings(), hostPatterns());
      return counts;
    },
  };
}
