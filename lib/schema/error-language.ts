import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import id from 'zod/v4/locales/id.js';
import type { Language } from './settings';

/**
 * zod/mini carries no error texts of its own ("Invalid input" for everything). Where a person
 * reads schema errors (an admin's site-profile JSON, a lead's refused import file) they get
 * zod's texts in the chosen language: "Terlalu kecil: diharapkan string memiliki >=1 karakter".
 * The setting is global to the page or worker that calls this.
 */
export function speakSchemaErrorsIn(language: Language): void {
  z.config(language === 'en' ? en() : id());
}
