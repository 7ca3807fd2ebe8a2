// @ts-check
// Finding and launching Chromium with the built extension, shared by the e2e fixtures, the
// `npm start` demo and the benchmarks. Playwright cannot download its own browsers here, so we
// drive the system's Chromium (Debian's package) through `executablePath`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/** The built extension: `.output/chrome-mv3`, or `$PANDU_OUT_DIR/chrome-mv3` when that is set. */
export const EXTENSION_DIR = resolve(process.env.PANDU_OUT_DIR ?? resolve(import.meta.dirname, '../../.output'), 'chrome-mv3');
export const NOSSA_ORIGIN = 'https://nossa.telkom.co.id';
export const NOSSA_APP_PATH = '/maximo/ui/?event=loadapp&value=incident';

/** The deep link NOSSA.md documents for one ticket. @param {string} ticketId */
export const ticketUrl = (ticketId) => `${NOSSA_ORIGIN}/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=${ticketId}`;

/** Chromium on a closed network: no GPU, no first-run UI, no phoning home. */
const QUIET_FLAGS = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser to drive: $PANDU_CHROMIUM when set, else the first system Chromium found. */
export function findChromium() {
  const fromEnv = process.env.PANDU_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PANDU_CHROMIUM points to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' + 'or set PANDU_CHROMIUM=/path/to/chrome.');
}

/**
 * Launches Chromium with the built extension in a fresh (or given) profile. Extensions need a
 * persistent context; `--disable-extensions-except` is required or Playwright's default
 * `--disable-extensions` wins. The network flags stop Chromium phoning home on a closed network.
 * `extraExtensionDirs` loads more unpacked extensions beside Pandu (the abuse tests' hostile one).
 * @param {{ headless?: boolean, userDataDir?: string, extensionDir?: string, extraExtensionDirs?: string[], args?: string[] }
 *   & Omit<import('@playwright/test').BrowserContextOptions, 'viewport'> & { viewport?: { width: number, height: number } | null }} [options]
 * @returns {Promise<import('@playwright/test').BrowserContext>}
 */
export async function launchWithExtension({ headless = true, userDataDir, extensionDir = EXTENSION_DIR, extraExtensionDirs = [], args = [], ...options } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'pandu-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless,
    args: [
      `--disable-extensions-except=${[extensionDir, ...extraExtensionDirs].join(',')}`,
      `--load-extension=${[extensionDir, ...extraExtensionDirs].join(',')}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...QUIET_FLAGS,
      ...args,
    ],
    ...options,
  });
  // The profile is throw-away; Chromium may still be writing to it as the context closes.
  if (ownDir) context.on('close', () => removeQuietly(dir));
  return context;
}

/** @param {string} dir */
function removeQuietly(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // A leftover temp profile is harmless; failing a run over it is not.
  }
}

/**
 * The same browser without the extension, for measuring what Pandu costs the host page.
 * @param {Omit<import('@playwright/test').BrowserContextOptions, 'viewport'> & { viewport?: { width: number, height: number } | null }} [options]
 * @returns {Promise<import('@playwright/test').BrowserContext>}
 */
export async function launchPlain(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pandu-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...QUIET_FLAGS],
    ...options,
  });
  context.on('close', () => removeQuietly(dir));
  return context;
}

/**
 * The extension's id, read from its service worker's URL (chrome-extension://<id>/…).
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/**
 * Serves the look-alike AT the real NOSSA URL: every request to nossa.telkom.co.id is fetched
 * from the local mock and fulfilled. The shipped manifest (NOSSA host only) is what runs.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} mockOrigin the look-alike's origin, e.g. http://127.0.0.1:8090
 */
export async function routeNossa(context, mockOrigin) {
  await context.route(`${NOSSA_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: `${mockOrigin}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } catch {
      await route.abort('connectionrefused').catch(() => {});
    }
  });
}
