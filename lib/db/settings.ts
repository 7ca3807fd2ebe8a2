import { DEFAULT_WORKLOG_TEMPLATES, defaultSettings, procedureConfigSchema, settingsSchema, workLogTemplatesSchema, type Settings, type SettingsPatch } from '../schema';
import type { PanduDb } from './database';

/**
 * Stored settings, key by key: a part that no longer validates (an old or hand-edited value)
 * falls back to its default alone, so one bad part never wipes the agent's other settings.
 */
export async function readSettings(db: PanduDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const { policy: _never, ...stored } = (row?.value ?? {}) as Record<string, unknown>;
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const defaults = defaultSettings() as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const part = schema.safeParse(stored[key]);
    merged[key] = part.success ? part.data : key === 'procedure' ? procedurePartByPart(stored[key]) : defaults[key];
  }
  return settingsSchema.parse(merged);
}

const asRecord = (value: unknown) => (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;

/**
 * The procedure rules hold the lead's work of many parts (reasons, templates, groups): one part
 * that no longer validates (a template saved before placeholders were checked) falls back to its
 * default alone, and the lead's reason list and other templates stay.
 */
function procedurePartByPart(stored: unknown): unknown {
  const value = asRecord(stored);
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(procedureConfigSchema.shape)) {
    const part = schema.safeParse(value[key]);
    if (part.success) kept[key] = part.data;
  }
  if (!('workLogTemplates' in kept) && value.workLogTemplates !== undefined) {
    const templates = asRecord(value.workLogTemplates);
    kept.workLogTemplates = Object.fromEntries(
      Object.entries(workLogTemplatesSchema.shape).map(([outcome, schema]) => {
        const part = schema.safeParse(templates[outcome]);
        return [outcome, part.success ? part.data : DEFAULT_WORKLOG_TEMPLATES[outcome as keyof typeof DEFAULT_WORKLOG_TEMPLATES]];
      }),
    );
  }
  return procedureConfigSchema.parse(kept);
}

/**
 * Applies a validated patch atomically: a failed write leaves the previous settings intact. A
 * patch that depends on what is stored is given as a function of it, read in the same transaction.
 */
export function updateSettings(db: PanduDb, patch: SettingsPatch | ((stored: Settings) => SettingsPatch)): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await readSettings(db);
    // `policy` is worked out from chrome.storage.managed on every read, never stored.
    const next = settingsSchema.parse({ ...stored, ...(typeof patch === 'function' ? patch(stored) : patch), policy: [] });
    // A patch that changes nothing is no write: nothing stored moves, not even the revision.
    if (JSON.stringify(next) === JSON.stringify({ ...stored, policy: [] })) return stored;
    const written = { ...next, revision: stored.revision + 1 };
    await db.settings.put({ key: 'settings', value: written });
    return written;
  });
}
