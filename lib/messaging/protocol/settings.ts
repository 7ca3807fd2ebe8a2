import * as z from 'zod/mini';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../schema';

export const settingsRequests = {
  getSettings: z.undefined(),
  updateSettings: settingsPatchSchema,
} as const;

export interface SettingsProtocol {
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  /** Push: settings changed (language, panel placement, catalogues). */
  settingsChanged(settings: Settings): void;
}
