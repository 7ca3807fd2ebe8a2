import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser APIs this unit drives, as Chrome behaves: permissions granted per origin, one
// registered content script by id. (The permission prompt itself needs a person; the e2e
// suite cannot click it.)
const granted = new Set<string>();
const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[]; js: string[] }>) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
    },
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['content-scripts/nossa.js'] }] }) },
  },
}));

const { syncExtraHostScripts } = await import('@/entrypoints/background/extra-hosts');

describe('extra NOSSA hosts', () => {
  beforeEach(() => {
    granted.clear();
    registered.clear();
  });

  it('registers the content script for the hosts the browser granted, and only those', async () => {
    granted.add('https://10.1.2.3/*');
    expect(await syncExtraHostScripts(['https://10.1.2.3/*', 'https://staging.example/*'])).toEqual(['https://10.1.2.3/*']);
    expect([...registered.values()]).toEqual([expect.objectContaining({ id: 'pandu-extra-hosts', matches: ['https://10.1.2.3/*'], js: ['content-scripts/nossa.js'] })]);
  });

  it('follows the list as hosts are added and removed, without duplicate registrations', async () => {
    granted.add('https://10.1.2.3/*');
    await syncExtraHostScripts(['https://10.1.2.3/*']);
    granted.add('https://staging.example/*');
    await syncExtraHostScripts(['https://10.1.2.3/*', 'https://staging.example/*']);
    expect(registered.get('pandu-extra-hosts')?.matches).toEqual(['https://10.1.2.3/*', 'https://staging.example/*']);
    await syncExtraHostScripts([]);
    expect(registered.size).toBe(0);
  });
});
