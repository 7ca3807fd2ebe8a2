import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../schema';
import type { PanduDb } from './database';

/** Stored settings, or defaults where nothing (or something no longer valid) is stored. */
export async function readSettings(db: PanduDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

/** Applies a validated patch atomically: a failed write leaves the previous settings intact. */
export function updateSettings(db: PanduDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
