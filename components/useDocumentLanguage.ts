import { useEffect } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import { useI18n } from './I18n';

/**
 * Keeps <html lang>, the tab title and the texts of form/JSON validation errors in the chosen
 * language (screen readers rely on lang).
 */
export function useDocumentLanguage(titleKey: MessageKey): void {
  const { language, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t(titleKey);
    speakSchemaErrorsIn(language);
  }, [language, t, titleKey]);
}
