import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Translate } from '@/lib/i18n';
import type { Language } from '@/lib/schema';

const I18nContext = createContext<{ language: Language; t: Translate }>({ language: 'id', t: translator('id') });

/** Indonesian unless the agent chose English. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
