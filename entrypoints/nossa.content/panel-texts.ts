import type { TextsSource } from '@/components/SettingsProvider';
import type { SomeCatalogues } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import type { Language } from '@/lib/schema';

/**
 * The panel's texts in a language other than Indonesian, asked of the background once per
 * language (the content script carries Indonesian only, to stay small on every NOSSA page).
 * A failed request is asked again next time.
 */
export function panelTextsFromBackground(): TextsSource {
  const loaded: SomeCatalogues = {};
  const requests = new Map<Language, Promise<unknown>>();
  return {
    ready: () => ({ ...loaded }),
    load: (language) => {
      let request = requests.get(language);
      if (!request) {
        request = sendMessage('getPanelTexts', { language }).then(
          (texts) => {
            loaded[language] = texts;
          },
          (error: unknown) => {
            requests.delete(language);
            throw error;
          },
        );
        requests.set(language, request);
      }
      return request;
    },
  };
}
