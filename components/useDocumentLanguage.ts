import { useEffect } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './I18n';

/** Keeps <html lang> and the tab title in the chosen language (screen readers rely on lang). */
export function useDocumentLanguage(titleKey: MessageKey): void {
  const { language, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t(titleKey);
  }, [language, t, titleKey]);
}
