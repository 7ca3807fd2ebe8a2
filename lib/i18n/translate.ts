import type { Language } from '../schema';
import type { MessageKey, Messages } from './messages/id';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** The texts an entrypoint ships, per language (the panel ships only its own). */
export type Catalogues = Record<Language, Partial<Messages>>;

/**
 * A translator over the given texts. Unknown placeholders are left visible ("{x}") rather than
 * silently dropped, and a key missing from the catalogue shows as the key itself, so a wording
 * or packaging mistake shows up in review instead of in a call.
 */
export function translatorFor(messages: Partial<Messages>): Translate {
  return (key, params) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
