import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, readSettings } from '@/lib/db';
import { updateSettings } from '@/lib/db/write';
import { defaultSettings } from '@/lib/schema';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`settings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settings in Dexie', () => {
  it('starts from documented defaults: Indonesian, no agent yet, panel bottom-right', async () => {
    expect(await readSettings(db)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({ language: 'id', agent: null, panel: { collapsed: false, right: 16, bottom: 16 } });
  });

  it('applies a patch and keeps the rest', async () => {
    await updateSettings(db, { language: 'en' });
    const next = await updateSettings(db, { panel: { collapsed: true, dock: null, compact: false, right: 40, bottom: 80 } });
    expect(next).toMatchObject({ language: 'en', panel: { collapsed: true, right: 40, bottom: 80 } });
    expect(await readSettings(db)).toEqual(next);
  });

  it('counts every write in its revision (a page keeps the newest it has seen); a refused or empty patch counts nothing; a row from before revisions reads as 0', async () => {
    await db.settings.put({ key: 'settings', value: { language: 'en' } as never });
    expect((await readSettings(db)).revision).toBe(0);
    expect((await updateSettings(db, { language: 'id' })).revision).toBe(1);
    const writes = await Promise.all([1, 2, 3].map((n) => updateSettings(db, { panel: { ...defaultSettings().panel, bottom: 100 * n } })));
    expect(writes.map((settings) => [settings.revision, settings.panel.bottom])).toEqual([
      [2, 100],
      [3, 200],
      [4, 300],
    ]);
    await expect(updateSettings(db, { language: 'fr' as never })).rejects.toThrow();
    expect(await readSettings(db)).toMatchObject({ revision: 4, panel: { bottom: 300 } });
    // A patch that changes nothing writes nothing.
    expect((await updateSettings(db, { language: 'id' })).revision).toBe(4);
    expect((await updateSettings(db, {})).revision).toBe(4);
  });

  it('refuses an invalid patch and leaves what was stored untouched', async () => {
    await updateSettings(db, { language: 'en' });
    await expect(updateSettings(db, { language: 'fr' as never })).rejects.toThrow();
    await expect(updateSettings(db, { agent: { name: '', nossaUserId: 'x', area: 'BDG', teamLead: '' } })).rejects.toThrow();
    expect((await readSettings(db)).language).toBe('en');
  });

  it('falls back to defaults when the stored row is corrupt', async () => {
    await db.settings.put({ key: 'settings', value: { language: 42 } as never });
    expect(await readSettings(db)).toEqual(defaultSettings());
  });

  it('keeps every valid part when one part is corrupt', async () => {
    const agent = { name: 'Dewi', nossaUserId: '930101', area: 'BDG', teamLead: '' } as const;
    await db.settings.put({ key: 'settings', value: { ...defaultSettings(), language: 'en', agent, panel: { right: 'x' } } as never });
    const settings = await readSettings(db);
    expect(settings).toMatchObject({ language: 'en', agent });
    expect(settings.panel).toEqual(defaultSettings().panel);
  });
});
