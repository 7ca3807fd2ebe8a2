import type { BrowserContext, Page } from '@playwright/test';
import { callBackground as call, extensionPage, readTable as read } from '../../scripts/lib/extension-page.mjs';

export const AGENT = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;

export { extensionPage };
export const callBackground = <T = unknown>(page: Page, type: string, data?: unknown) => call(page, type, data) as Promise<T>;
export const readTable = <T = Record<string, unknown>>(page: Page, table: string) => read(page, table) as Promise<T[]>;

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
