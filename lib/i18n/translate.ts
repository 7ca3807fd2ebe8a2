import type { Language } from '../schema';
import { en } from './messages/en';
import { id, type MessageKey, type Messages } from './messages/id';

const catalogues: Record<Language, Messages> = { id, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Returns the translator for a language. Unknown placeholders are left visible ("{x}") rather
 * than silently dropped, so a wording mistake shows up in review instead of in a call.
 */
export function translator(language: Language): Translate {
  const messages = catalogues[language] ?? catalogues.id;
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
