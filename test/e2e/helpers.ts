import type { BrowserContext, Page } from '@playwright/test';

export const AGENT = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;

/**
 * Sends one message to the background from an extension page, in @webext-core/messaging's wire
 * format, as the popup or dashboard would. Resolves to the handler's result or throws its error.
 */
export async function callBackground<T = unknown>(page: Page, type: string, data?: unknown): Promise<T> {
  const answer = await page.evaluate(
    ([type, data]) =>
      new Promise<{ res?: unknown; err?: { message?: string } }>((resolve) =>
        chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, resolve),
      ),
    [type, data] as const,
  );
  if (answer?.err) throw new Error(answer.err.message ?? 'background error');
  return answer?.res as T;
}

/** Reads a whole IndexedDB table from the extension's origin (what is really stored). */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pandu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** An extension page to talk to the background and read the database from. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  return page;
}
