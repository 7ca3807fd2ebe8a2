import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { onPush, sendMessage } from '@/lib/messaging';
import { defaultSettings, type Settings, type SettingsPatch } from '@/lib/schema';
import type { Catalogues } from '@/lib/i18n/translate';
import { I18nProvider } from './I18n';

export interface SettingsState {
  /** Null until the background answered; defaults are not shown as if they were stored. */
  settings: Settings | null;
  error: unknown;
  update: (patch: SettingsPatch) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsState | null>(null);

/**
 * Settings as the background holds them, kept current by its `settingsChanged` pushes, and the
 * i18n context that follows the chosen language. The one mechanism every entrypoint uses.
 * Mount it once per context: the messenger allows one listener per message type.
 */
export function SettingsProvider({ catalogues, initial, children }: { catalogues: Catalogues; initial?: Promise<Settings> | Settings; children: ReactNode }) {
  // Settings already in hand (the NOSSA panel asks before it mounts) are in the first render:
  // one render instead of a second one as soon as a promise that is already settled resolves.
  const known = initial && !('then' in initial) ? initial : null;
  const [settings, setSettings] = useState<Settings | null>(known);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    if (!known) {
      ((initial as Promise<Settings> | undefined) ?? sendMessage('getSettings', undefined))
        .then((value) => alive && setSettings(value))
        .catch((err: unknown) => alive && setError(err));
    }
    const stop = onPush('settingsChanged', (pushed) => {
      if (alive) setSettings(pushed);
    });
    return () => {
      alive = false;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount: the settings in hand are read once, then pushes keep them current
  }, []);

  const update = async (patch: SettingsPatch) => {
    const next = await sendMessage('updateSettings', patch);
    setSettings(next);
    return next;
  };

  return (
    <SettingsContext.Provider value={{ settings, error, update }}>
      <I18nProvider language={(settings ?? defaultSettings()).language} catalogues={catalogues}>
        {children}
      </I18nProvider>
    </SettingsContext.Provider>
  );
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}
