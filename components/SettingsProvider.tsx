import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onPush, sendMessage } from '@/lib/messaging';
import { defaultSettings, type Language, type Settings, type SettingsPatch } from '@/lib/schema';
import type { Catalogues, SomeCatalogues } from '@/lib/i18n/translate';
import { I18nProvider } from './I18n';

export interface SettingsState {
  /** Null until the background answered; defaults are not shown as if they were stored. */
  settings: Settings | null;
  error: unknown;
  update: (patch: SettingsPatch) => Promise<Settings>;
}

/** Exported for a bundle that renders with its own Preact and provides the panel's value again (panel/tools). */
export const SettingsContext = createContext<SettingsState | null>(null);

/**
 * Texts in a language the entrypoint does not carry itself (the content script ships Indonesian
 * only): those already fetched, and a fetch for another. Until a language's texts arrive, or if
 * they never do, Indonesian is shown.
 */
export interface TextsSource {
  ready: () => SomeCatalogues;
  load: (language: Language) => Promise<unknown>;
}

/**
 * Settings as the background holds them, kept current by its `settingsChanged` pushes, and the
 * i18n context that follows the chosen language. The one mechanism every entrypoint uses.
 * Mount it once per context: the messenger allows one listener per message type.
 */
export function SettingsProvider({
  catalogues,
  moreTexts,
  initial,
  children,
}: {
  catalogues: Catalogues;
  moreTexts?: TextsSource;
  initial?: Promise<Settings> | Settings;
  children: ReactNode;
}) {
  // Settings already in hand (the NOSSA panel asks before it mounts) are in the first render:
  // one render instead of a second one as soon as a promise that is already settled resolves.
  const known = initial && !('then' in initial) ? initial : null;
  const [settings, setSettings] = useState<Settings | null>(known);
  const [error, setError] = useState<unknown>(null);
  /** A reply and a push for the same change come by different channels: the newest revision wins. */
  const take = (value: Settings) => setSettings((held) => (held && held.revision > value.revision ? held : value));

  useEffect(() => {
    let alive = true;
    if (!known) {
      ((initial as Promise<Settings> | undefined) ?? sendMessage('getSettings', undefined)).then((value) => alive && take(value)).catch((err: unknown) => alive && setError(err));
    }
    const stop = onPush('settingsChanged', (pushed) => {
      if (alive) take(pushed);
    });
    return () => {
      alive = false;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount: the settings in hand are read once, then pushes keep them current
  }, []);

  const language = (settings ?? defaultSettings()).language;
  const [fetched, setFetched] = useState<SomeCatalogues>(() => moreTexts?.ready() ?? {});
  useEffect(() => {
    if (!moreTexts || language in catalogues || language in fetched) return;
    let alive = true;
    moreTexts.load(language).then(
      () => alive && setFetched(moreTexts.ready()),
      () => undefined, // stays Indonesian; the next language change or mount asks again
    );
    return () => {
      alive = false;
    };
  }, [moreTexts, language, catalogues, fetched]);
  const shown = useMemo((): Catalogues => ({ ...fetched, ...catalogues }), [fetched, catalogues]);

  const update = async (patch: SettingsPatch) => {
    const next = await sendMessage('updateSettings', patch);
    take(next);
    return next;
  };

  return (
    <SettingsContext.Provider value={{ settings, error, update }}>
      <I18nProvider language={language} catalogues={shown}>
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
