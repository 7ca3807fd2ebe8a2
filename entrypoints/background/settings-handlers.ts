import { readSettings, updateSettings } from '@/lib/db';
import { broadcast } from '@/lib/messaging/broadcast';
import type { BackgroundContext } from './context';

export const settingsHandlers = ({ db, hostPatterns, hostsChanged }: BackgroundContext, syncExtraHosts: () => Promise<unknown>) => ({
  getSettings: () => readSettings(db),
  updateSettings: async (patch: Parameters<typeof updateSettings>[1]) => {
    const settings = await updateSettings(db, patch);
    if (patch.siteProfile !== undefined || patch.extraHosts !== undefined) await hostsChanged();
    if (patch.extraHosts !== undefined) await syncExtraHosts();
    void broadcast('settingsChanged', settings, hostPatterns());
    return settings;
  },
});
