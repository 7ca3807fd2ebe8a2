import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/lib/chromium.mjs';

// Checks on the built extension itself (npm run test:e2e builds it first).
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
/** The manifest's content script, and the scripts the background injects beside it (a NOSSA tab too): the flow's steps, the panel tools. */
const contentScripts: string[] = [...manifest.content_scripts.flatMap((s: { js: string[] }) => s.js), 'nossa-flow.js', 'nossa-tools.js'];

test('the content script bundle carries no Dexie (IndexedDB there would be NOSSA’s)', () => {
  expect(contentScripts.length).toBeGreaterThan(0);
  for (const file of contentScripts) {
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/Dexie|indexedDB|IDBKeyRange/);
  }
});

test('the shipped manifest asks only for the NOSSA host and what is used', () => {
  expect(manifest.name).toBe('Pandu - Pending Tiket NOSSA');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions).toEqual(['https://nossa.telkom.co.id/*']);
  expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting']);
  // Extra NOSSA hosts are optional: requested one at a time by an admin, never granted up front.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  // The only resource pages can load is the panel's stylesheet.
  expect(manifest.web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources)).toEqual(['content-scripts/nossa.css']);
  expect(manifest.content_scripts.flatMap((s: { matches: string[] }) => s.matches)).toEqual(['https://nossa.telkom.co.id/*']);
  expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
});

test('every bundle is pure ASCII (Chromium rejects a content script it cannot read as UTF-8)', () => {
  for (const file of [manifest.background.service_worker, ...contentScripts]) {
    const bytes = readFileSync(join(EXTENSION_DIR, file));
    expect(
      bytes.every((b) => b < 0x80),
      file,
    ).toBe(true);
  }
});
