import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCatalogues } from '@/lib/i18n';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';

/** The sources bundled into the content script that show text. */
const ROOTS = [
  'components/panel',
  'components/I18n.tsx',
  'components/SettingsProvider.tsx',
  'components/PageCheckReport.tsx',
  'components/AgentForm.tsx',
  'components/time-entry',
  'entrypoints/nossa.content',
];

const files = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : /\.(ts|tsx)$/.test(path) ? [path] : []);

describe('the panel ships every text it uses, and only its own', () => {
  const sources = ROOTS.flatMap(files).map((file) => readFileSync(file, 'utf8'));
  const allKeys = new Set(Object.keys(allCatalogues.id));

  it('has every literal key the panel’s code names', () => {
    const used = new Set(sources.flatMap((code) => [...code.matchAll(/['"`]([a-z]+(?:\.[A-Za-z0-9:-]+)+)['"`]/g)].map((m) => m[1]!)).filter((k) => allKeys.has(k)));
    expect(used.size).toBeGreaterThan(50);
    for (const lang of ['id', 'en'] as const) {
      const missing = [...used].filter((key) => !(key in panelCatalogues[lang]));
      expect(missing, lang).toEqual([]);
    }
  });

  it('has keys for every prefix the panel builds at run time (t(`call.result.${…}`))', () => {
    const prefixes = new Set(sources.flatMap((code) => [...code.matchAll(/`([a-z]+(?:\.[A-Za-z]+)*\.)\$\{/g)].map((m) => m[1]!)));
    expect(prefixes.size).toBeGreaterThan(3);
    for (const prefix of prefixes)
      expect(
        Object.keys(panelCatalogues.id).some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('does not carry the popup’s or the dashboard’s texts', () => {
    expect(Object.keys(panelCatalogues.id).some((k) => k.startsWith('popup.') || k.startsWith('dashboard.'))).toBe(false);
  });
});
