import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translatorFor, type Catalogues, type Translate } from '@/lib/i18n/translate';
import type { Language } from '@/lib/schema';

/** Exported for a bundle that renders with its own Preact and provides the panel's value again (panel/tools). */
export const I18nContext = createContext<{ language: Language; t: Translate }>({ language: 'id', t: translatorFor({}) });

/** Indonesian unless the agent chose English; each entrypoint passes the texts it ships. */
export function I18nProvider({ language, catalogues, children }: { language: Language; catalogues: Catalogues; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translatorFor(catalogues[language] ?? catalogues.id) }), [language, catalogues]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
