import * as z from 'zod/mini';
import type { Messages } from '../../i18n/messages/id';
import { languageSchema, settingsPatchSchema, settingsSchema, type Settings } from '../../schema';
import { resultOf } from '../declare';

export const settingsRequests = {
  getSettings: { input: z.undefined(), result: resultOf<Settings>() },
  updateSettings: { input: settingsPatchSchema, result: resultOf<Settings>() },
  /** The panel's texts in a language the content script does not carry itself (it ships Indonesian only). */
  getPanelTexts: { input: z.strictObject({ language: languageSchema }), result: resultOf<Partial<Messages>>() },
};

export const settingsPushes = {
  /** Settings changed (language, panel placement, catalogues). */
  settingsChanged: { input: settingsSchema },
};
