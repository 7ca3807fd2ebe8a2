import type { Language } from '../schema';
import type { MessageKey, Messages } from './messages/id';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** Texts per language, for the languages at hand. */
export type SomeCatalogues = Partial<Record<Language, Partial<Messages>>>;
/** The texts an entrypoint ships, per language: always Indonesian, the fallback (the panel ships only its own, and only Indonesian). */
export type Catalogues = SomeCatalogues & { id: Partial<Messages> };

/**
 * A translator over the given texts. Unknown placeholders are left visible ("{x}") rather than
 * silently dropped, and a key missing from the catalogue shows as the key itself, so a wording
 * or packaging mistake shows up in review instead of in a call.
 */
export function translatorFor(messages: Partial<Messages>): Translate {
  return (key, params) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
