import { updateSettings } from '@/lib/db/write';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';
import { applyPolicy, withoutPolicyParts } from '@/lib/settings/policy';
import type { HandlersOf } from '@/lib/messaging';
import { broadcast } from '@/lib/messaging/broadcast';
import type { settingsRequests } from '@/lib/messaging/protocol/settings';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import type { BackgroundContext } from './context';

/**
 * A refused message's detail ("Data tidak valid: …") is worded in the agent's language: the
 * language is taken up whenever settings are read (every panel reads them first) or changed.
 */
const spoken = <T extends { language: 'id' | 'en' }>(settings: T): T => {
  speakSchemaErrorsIn(settings.language);
  return settings;
};

export const settingsHandlers = (
  { db, settings, policy, hostPatterns, hostsChanged }: BackgroundContext,
  syncExtraHosts: () => Promise<unknown>,
): HandlersOf<typeof settingsRequests> => ({
  getSettings: async () => spoken(await settings()),
  getPanelTexts: ({ language }) => Promise.resolve(panelCatalogues[language]),
  updateSettings: async (patch) => {
    // What a policy sets is not stored from a page: the policy keeps deciding it.
    const inForce = await policy();
    const stored = await updateSettings(db, (current) => withoutPolicyParts(patch, current, inForce));
    const next = spoken(applyPolicy(stored, inForce));
    if (patch.siteProfile !== undefined || patch.extraHosts !== undefined) await hostsChanged();
    if (patch.extraHosts !== undefined) await syncExtraHosts();
    void broadcast('settingsChanged', next, hostPatterns());
    return next;
  },
});
