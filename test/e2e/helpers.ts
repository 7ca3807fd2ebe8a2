import { expect, type BrowserContext, type Page } from '@playwright/test';
import { callBackground as call, extensionPage, readTable as read } from '../../scripts/lib/extension-page.mjs';

export const AGENT = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;

export { extensionPage };
export const callBackground = <T = unknown>(page: Page, type: string, data?: unknown): Promise<T> => call(page, type, data);
export const readTable = <T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> => read(page, table);

/** Stops the extension's service worker the way Chrome does when it goes idle (DevTools protocol). */
export async function stopServiceWorker(context: BrowserContext, extensionPageOpen: Page) {
  const cdp = await context.newCDPSession(extensionPageOpen);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped') && resolve()),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** One of a page's script worlds, as the DevTools protocol describes it (the parts used here). */
interface ScriptWorld {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Every script world of the page's current document, as Chrome lists them (DevTools protocol):
 * the page's own, and an isolated world for each extension whose content script it injected.
 * Chrome reports each existing world before it answers Runtime.enable, so the list is complete
 * when this returns; worlds made later are added as they come.
 */
export async function scriptWorlds(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const worlds: ScriptWorld[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created as ScriptWorld));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    const at = worlds.findIndex((w) => w.id === executionContextId);
    if (at >= 0) worlds.splice(at, 1);
  });
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

/** Pandu's content script world among a page's script worlds. */
export const isPanduWorld = (extensionId: string) => (world: ScriptWorld) => world.origin === `chrome-extension://${extensionId}` && world.auxData?.type === 'isolated';

/**
 * Pandu's content script world on a page, to run code as the content script itself (its
 * `chrome.runtime`, its globals): send the background a message from the content script, or watch
 * what the content script sends and hears.
 */
export async function contentScriptWorld(context: BrowserContext, page: Page, extensionId: string) {
  const { cdp, worlds } = await scriptWorlds(context, page);
  await expect.poll(() => worlds.some(isPanduWorld(extensionId)), { message: 'Pandu’s content script world on the page' }).toBe(true);
  const contextId = worlds.find(isPanduWorld(extensionId))!.id;
  const evaluate = async <T = unknown>(expression: string, options: { allowUnsafeEvalBlockedByCSP?: boolean } = {}): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true, ...options });
    if (exceptionDetails) throw new Error(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  return {
    evaluate,
    /** A message to the background in the messenger's wire format, sent by the content script; resolves to the raw answer. */
    send: (type: string, data?: unknown) =>
      evaluate<{ res?: unknown; err?: { message?: string } } | null>(
        `new Promise((resolve) => chrome.runtime.sendMessage({ ...${JSON.stringify({ id: 1, type, data })}, timestamp: Date.now() }, (answer) => resolve(answer ?? null)))`,
      ),
    detach: () => cdp.detach(),
  };
}

/**
 * Records the addresses the page requests from now on. `through()` has the page load one image of
 * its own and resolves, once that has failed, to every address the page requested before it (a
 * page's requests are reported in the order it makes them). An `<img>` made in the page before
 * the probe, connected or not, requested its `src` then.
 */
export function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return {
    async through(): Promise<string[]> {
      const probe = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const image = new Image();
            image.onload = image.onerror = () => resolve(image.src);
            image.src = new URL(`pandu-probe-${crypto.randomUUID()}.png`, document.baseURI).href;
          }),
      );
      expect(urls, 'the probe image was requested').toContain(probe);
      return urls.slice(0, urls.indexOf(probe));
    },
  };
}

/** Empties an extension page's log tables (a lead's browser before an import), straight in IndexedDB. */
export async function emptyLog(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('pandu');
      open.onsuccess = () => resolve(open.result);
    });
    for (const table of ['sessions', 'events', 'shifts', 'imports', 'sources']) {
      await new Promise((resolve) => {
        const tx = db.transaction(table, 'readwrite');
        tx.objectStore(table).clear();
        tx.oncomplete = resolve;
      });
    }
    db.close();
  });
}
