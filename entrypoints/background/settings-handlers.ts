import { readSettings, updateSettings } from '@/lib/db';
import { broadcast } from '@/lib/messaging/broadcast';
import type { BackgroundContext } from './context';

export const settingsHandlers = ({ db, hostPatterns }: BackgroundContext) => ({
  getSettings: () => readSettings(db),
  updateSettings: async (patch: Parameters<typeof updateSettings>[1]) => {
    const settings = await updateSettings(db, patch);
    void broadcast('settingsChanged', settings, hostPatterns());
    return settings;
  },
});
