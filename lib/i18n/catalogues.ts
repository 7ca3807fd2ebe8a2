import type { Language } from '../schema';
import { en } from './messages/en';
import { id, type Messages } from './messages/id';
import { translatorFor, type Catalogues, type Translate } from './translate';

/** Every text, for the extension's own pages and the background. */
export const allCatalogues: Record<Language, Messages> = { id, en };

export function translator(language: Language): Translate {
  return translatorFor(allCatalogues[language] ?? allCatalogues.id);
}

export type { Catalogues };
