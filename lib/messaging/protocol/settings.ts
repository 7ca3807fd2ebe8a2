import * as z from 'zod/mini';
import { settingsPatchSchema, settingsSchema, type Settings } from '../../schema';
import { resultOf } from '../declare';

export const settingsRequests = {
  getSettings: { input: z.undefined(), result: resultOf<Settings>() },
  updateSettings: { input: settingsPatchSchema, result: resultOf<Settings>() },
};

export const settingsPushes = {
  /** Settings changed (language, panel placement, catalogues). */
  settingsChanged: { input: settingsSchema },
};
