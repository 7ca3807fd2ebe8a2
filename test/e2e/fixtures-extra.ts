import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, routeNossa } from '../../scripts/lib/chromium.mjs';
import { test as base } from './fixtures';
import { extensionPage, readTable } from './helpers';

/**
 * Fixtures for the abuse and security specs: a browser whose every outgoing connection goes to a
 * local recording proxy (so "nothing left the browser" is measured, not assumed), optionally a
 * second, hostile extension loaded beside Pandu, and a snapshot of every table Pandu keeps.
 */

/** Every table of Pandu's database (lib/db/versions.ts). */
export const TABLES = ['sessions', 'events', 'shifts', 'settings', 'drafts', 'imports', 'sources', 'outbox', 'team'] as const;

/** What Pandu has stored, table by table, read from its own origin. */
export async function storedTables(context: BrowserContext, extensionId: string): Promise<Record<(typeof TABLES)[number], unknown[]>> {
  const page = await extensionPage(context, extensionId);
  const tables = {} as Record<(typeof TABLES)[number], unknown[]>;
  for (const table of TABLES) tables[table] = await readTable(page, table);
  await page.close();
  return tables;
}

/** A proxy that answers nothing and remembers every connection the browser tried to open. */
export interface NetworkRecorder {
  url: string;
  /** "CONNECT host:443" for https, the absolute URL for http. */
  attempts: string[];
}

function startRecorder(): Promise<{ recorder: NetworkRecorder; server: Server }> {
  const attempts: string[] = [];
  const server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, recorder: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, attempts } })),
  );
}

export const PROBE_NAME = 'Probe (test only)';

/**
 * A second extension, as another vendor's would be: its own service worker and an empty page to
 * act from. It has no permissions of Pandu's and knows Pandu only by id.
 */
function buildProbeExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pandu-probe-ext-'));
  const manifest = { manifest_version: 3, name: PROBE_NAME, version: '1.0', background: { service_worker: 'probe-worker.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'probe-worker.js'), 'chrome.runtime.onInstalled.addListener(() => {});\n');
  writeFileSync(join(dir, 'probe.html'), '<!doctype html><title>probe</title><p>probe</p>\n');
  return dir;
}

/** The id of the extension whose service worker file is `script`, waiting for it to start. */
async function workerId(context: BrowserContext, script: string): Promise<string> {
  const matches = (url: string) => new URL(url).pathname === `/${script}`;
  const running = context.serviceWorkers().find((worker) => matches(worker.url()));
  const worker = running ?? (await context.waitForEvent('serviceworker', { predicate: (w) => matches(w.url()), timeout: 15_000 }));
  return new URL(worker.url()).host;
}

interface ExtraOptions {
  /** Load the hostile probe extension beside Pandu. */
  withProbe: boolean;
}

interface ExtraFixtures {
  network: NetworkRecorder;
  /** The probe extension's id and a page of its own (only with `withProbe`). */
  probe: { id: string; page: Page };
}

export const test = base.extend<ExtraOptions & ExtraFixtures>({
  withProbe: [false, { option: true }],

  network: async ({}, use) => {
    const { recorder, server } = await startRecorder();
    await use(recorder);
    await new Promise((resolve) => server.close(resolve));
  },
  context: async ({ mock, agentTimezone, withProbe, network }, use) => {
    const probeDir = withProbe ? buildProbeExtension() : null;
    const context = await launchWithExtension({
      timezoneId: agentTimezone,
      extraExtensionDirs: probeDir ? [probeDir] : [],
      // Every connection through the recorder, loopback included: nothing reaches a network unseen.
      args: [`--proxy-server=${network.url}`, '--proxy-bypass-list=<-loopback>'],
    });
    await routeNossa(context, mock.origin);
    await use(context);
    await context.close();
    if (probeDir) rmSync(probeDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await workerId(context, 'background.js'));
  },
  probe: async ({ context, withProbe }, use) => {
    if (!withProbe) throw new Error('the probe extension needs test.use({ withProbe: true })');
    const id = await workerId(context, 'probe-worker.js');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/probe.html`);
    await use({ id, page });
  },
});

export { expect } from './fixtures';

/**
 * Chromium asks for an optional host permission in a prompt no headless test can click. What works:
 * the browser's own extension settings (chrome://extensions, "Site access", as an administrator adds
 * a site) record the origin as granted to Pandu; the popup's chrome.permissions.request in the
 * click then resolves true at once, through the same code path the agent's click takes, and
 * chrome.permissions.contains is true only after it.
 */
export async function allowSiteAsAdmin(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const settings: Page = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  // chrome.developerPrivate exists on chrome://extensions only (not in @types/chrome).
  const grant = ([id, pattern]: string[]) =>
    (chrome as unknown as { developerPrivate: { addHostPermission: (id: string, pattern: string) => Promise<void> } }).developerPrivate.addHostPermission(id!, pattern!);
  await settings.evaluate(grant, [extensionId, `${origin}/*`]);
  await settings.close();
}
