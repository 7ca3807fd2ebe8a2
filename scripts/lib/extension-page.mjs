// @ts-check
// Talking to the built extension from an extension page (as the popup or dashboard would), and
// reading what it really stored. Shared by the e2e tests and the benchmarks.

/**
 * Sends one message to the background in @webext-core/messaging's wire format. Resolves to the
 * handler's result or throws its error.
 * @template T
 * @param {import('@playwright/test').Page} page an extension page
 * @param {string} type
 * @param {unknown} [data]
 * @returns {Promise<T>}
 */
export async function callBackground(page, type, data) {
  const answer = await page.evaluate(
    ([type, data]) => new Promise((resolve) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, resolve)),
    [type, data],
  );
  if (answer?.err) throw new Error(answer.err.message ?? 'background error');
  return answer?.res;
}

/**
 * Reads a whole IndexedDB table of the extension's database.
 * @template T
 * @param {import('@playwright/test').Page} page an extension page
 * @param {string} table
 * @returns {Promise<T[]>}
 */
export async function readTable(page, table) {
  return page.evaluate(
    (table) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pandu');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error ?? new Error(`reading ${table} failed`));
        };
      }),
    table,
  );
}

/**
 * Opens the dashboard page, the extension page tests and benchmarks talk through.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 */
export async function extensionPage(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  return page;
}
