import type { Translate } from '@/lib/i18n/translate';
import { refusalCodeOf } from '@/lib/messaging/errors';
import { isTransient } from '@/lib/messaging/retry';

/**
 * An error from a message to the background, in the user's words, said the same way on every
 * page: a typed refusal (storage full, not found...) as its own text; a message that did not get
 * through as `unreachable` (each page says what to do then); anything else as a generic error
 * with its detail.
 */
export function errorText(t: Translate, error: unknown, unreachable: (detail: string) => string): string {
  const code = refusalCodeOf(error);
  if (code) return t(`error.${code}`, { detail: '' });
  const detail = error instanceof Error ? error.message : String(error);
  return isTransient(error) ? unreachable(detail) : t('error.generic', { detail });
}
