import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, routeNossa, ticketUrl } from '../../scripts/lib/chromium.mjs';
import { expect, test } from './fixtures';
import { draftSaved, expectStep, logAttempt, panelOf, startFlow, submitRequest, toCallStep } from './flow-helpers';
import { AGENT, callBackground, extensionPage, readTable, stopServiceWorker } from './helpers';

const TICKET = 'IN110088251';
type Row = Record<string, any>;

const eventTypes = async (page: Page) =>
  (await readTable<Row>(page, 'events'))
    .filter((e) => e.ticketId === TICKET)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => e.type);

test.describe('with an agent signed in', () => {
  test.use({ withAgent: true });

  test('the service worker stopped mid-flow loses no step', async ({ context, extensionId, openTicket }) => {
    const ext = await extensionPage(context, extensionId);
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await toCallStep(panel);
    await logAttempt(panel, 'no-answer', 1);
    const before = await eventTypes(ext);

    await context.serviceWorkers()[0]!.evaluate(() => ((globalThis as Record<string, unknown>).__alive = true));
    await stopServiceWorker(context, ext);
    expect(await eventTypes(ext)).toEqual(before); // everything acknowledged was already stored

    // The next step wakes a fresh worker, which carries on from the database alone.
    await logAttempt(panel, 'busy', 2);
    const worker = context.serviceWorkers().at(-1)!;
    expect(await worker.evaluate(() => (globalThis as Record<string, unknown>).__alive ?? 'fresh')).toBe('fresh');
    await panel.getByTestId('declare-unreachable').click();
    await expectStep(panel, 'outcome');
    expect(await eventTypes(ext)).toEqual([...before, 'call.attempt', 'outcome.unreachable']);
    await page.reload();
    await expectStep(panel, 'outcome');
  });

  test('a storage quota failure is told to the agent, and nothing already stored is lost', async ({ context, extensionId, openTicket }) => {
    const ext = await extensionPage(context, extensionId);
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await startFlow(panel);
    await submitRequest(panel);
    const before = { events: await readTable<Row>(ext, 'events'), sessions: await readTable<Row>(ext, 'sessions') };

    // Fault injection through the DevTools protocol: the worker's IndexedDB refuses new data, as a
    // full disk would (the extension's unlimitedStorage makes a real quota unreachable here).
    await context.serviceWorkers()[0]!.evaluate(() => {
      const refuse = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = refuse;
      IDBObjectStore.prototype.add = refuse;
    });
    for (const point of ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches']) await panel.getByTestId(`recheck-${point}`).check();
    await panel.getByTestId('recheck-submit').click();
    await expect(panel.getByTestId('flow-refusal')).toContainText('Penyimpanan browser penuh');
    await expectStep(panel, 'recheck'); // not shown as done
    expect(await readTable<Row>(ext, 'events')).toEqual(before.events);
    expect(await readTable<Row>(ext, 'sessions')).toEqual(before.sessions);
  });
});

test('the browser killed mid-flow and restarted resumes where the agent was, typed input included', async ({ mock }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pandu-kill-'));
  try {
    let context = await launchWithExtension({ userDataDir: dir, timezoneId: 'Asia/Jakarta' });
    await routeNossa(context, mock.origin);
    let ext = await extensionPage(context, await extensionIdOf(context));
    await callBackground(ext, 'updateSettings', { agent: AGENT });
    let page = await context.newPage();
    await page.goto(ticketUrl(TICKET));
    let panel = panelOf(page);
    await toCallStep(panel);
    await logAttempt(panel, 'no-answer', 1);
    await panel.getByTestId('cancel-open').click();
    await panel.getByTestId('cancel-reason').fill('setengah diketik');
    await draftSaved(panel);

    // SIGKILL every process of this profile: no shutdown, no flush, like a crash or power cut.
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${dir}`]);
    await context.close().catch(() => {});

    context = await launchWithExtension({ userDataDir: dir, timezoneId: 'Asia/Jakarta' });
    await routeNossa(context, mock.origin);
    ext = await extensionPage(context, await extensionIdOf(context));
    page = await context.newPage();
    await page.goto(ticketUrl(TICKET));
    panel = panelOf(page);
    await expectStep(panel, 'call');
    await expect(panel.getByTestId('attempt-list').locator('li')).toHaveCount(1);
    await panel.getByTestId('cancel-open').click();
    await expect(panel.getByTestId('cancel-reason')).toHaveValue('setengah diketik');
    expect(await eventTypes(ext)).toEqual(['session.started', 'request.submitted', 'recheck.confirmed', 'call.attempt']);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an upgrade from a stored version-1 database keeps every record', async ({ context, extensionId }) => {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../unit/db/fixtures/v1.json'), 'utf8')) as { tables: Record<string, Row[]> };
  // No extension page may hold the database open (the dashboard's live queries would reopen it).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // In the worker (the database's owner): drop today's database and write the v1 fixture with
  // version 1's exact layout (Dexie stores version n as IndexedDB version n * 10).
  await worker.evaluate(async (tables) => {
    const request = (r: IDBRequest | IDBOpenDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const create = () => {
      const open = indexedDB.open('pandu', 10);
      open.onupgradeneeded = () => {
        const db = open.result;
        const store = (name: string, keyPath: string, indexes: Array<string | string[]>) => {
          const s = db.createObjectStore(name, { keyPath });
          for (const index of indexes) s.createIndex(Array.isArray(index) ? `[${index.join('+')}]` : index, index);
        };
        store('sessions', 'id', ['ticketId', 'agentId', 'status', 'startedAt', ['ticketId', 'status']]);
        store('events', 'id', ['sessionId', 'ticketId', 'agentId', 'type', 'at']);
        store('shifts', 'id', ['agentId', 'shiftDate', ['agentId', 'shiftDate']]);
        store('settings', 'key', []);
        store('drafts', 'sessionId', []);
      };
      return request(open) as Promise<IDBDatabase>;
    };
    // The worker's own start-up work (badge, follow-ups, hosts) may reopen today's database
    // between our delete and our open: delete and try again until version 1 is the one created.
    let db: IDBDatabase | undefined;
    for (let attempt = 0; !db && attempt < 10; attempt++) {
      await request(indexedDB.deleteDatabase('pandu'));
      db = await create().catch(() => undefined);
      if (!db) await new Promise((r) => setTimeout(r, 200));
    }
    if (!db) throw new Error('could not create the version-1 database');
    const tx = db.transaction(Object.keys(tables), 'readwrite');
    for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    db.close();
  }, fixture.tables);

  // A new worker opens the database with today's schema and upgrades it.
  const page = await extensionPage(context, extensionId);
  await stopServiceWorker(context, page);
  const settings = await callBackground<{ language: string }>(page, 'getSettings');
  expect(settings.language).toBe('en');
  const version = await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.find((d) => d.name === 'pandu')?.version));
  expect(version).toBeGreaterThan(10);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    expect(await readTable(page, table), table).toEqual(expect.arrayContaining(rows));
    expect((await readTable(page, table)).length, table).toBe(rows.length);
  }
  // And the upgraded database works: the stored session reads back through the background.
  const view = await callBackground<{ session: { id: string } } | null>(page, 'getFlow', { ticketId: 'IN110088251' });
  expect(view?.session.id).toBe(fixture.tables.sessions![0]!.id);
});
