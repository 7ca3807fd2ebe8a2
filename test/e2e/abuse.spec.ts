import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, storedTables } from './fixtures-extra';
import { ticketUrl } from './fixtures';
import { panelOf } from './flow-helpers';
import { AGENT, callBackground, contentScriptWorld, extensionPage, isPanduWorld, scriptWorlds } from './helpers';

/**
 * Abuse, against the built extension in real Chromium: malformed messages from Pandu's own pages,
 * messages from web pages and from another extension, and a look-alike of NOSSA on another
 * host. Each test compares every table Pandu keeps before and after: refused means nothing stored.
 */
const TICKET = 'IN110088251';
const OTHER_HOST = 'https://example.test';

/** An agent, and one flow in progress: what a hostile message would want to damage. */
async function agentWithOpenFlow(context: BrowserContext, extensionId: string) {
  const page = await extensionPage(context, extensionId);
  await callBackground(page, 'updateSettings', { agent: AGENT });
  const view = await callBackground<{ session: { id: string } }>(page, 'startFlow', { ticket: { ticketId: TICKET, customerName: 'SITI' } });
  const request = { requesterName: 'Asep Saepudin', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: '' };
  await callBackground(page, 'flowEvent', { sessionId: view.session.id, event: { type: 'submitRequest', request } });
  return { page, sessionId: view.session.id };
}

/** A message in the wire format, answered or not, with Chrome's own error when nobody answers. */
function rawSend(page: Page, message: unknown) {
  return page.evaluate(
    (message) =>
      new Promise<{ answer: unknown; lastError: string | null }>((resolve) =>
        chrome.runtime.sendMessage(message, (answer: unknown) => resolve({ answer: answer ?? null, lastError: chrome.runtime.lastError?.message ?? null })),
      ),
    message,
  );
}

test('malformed messages from Pandu’s own page are refused with a clear error, and nothing is stored', async ({ context, extensionId }) => {
  const { page, sessionId } = await agentWithOpenFlow(context, extensionId);
  const before = await storedTables(context, extensionId);

  const refused: Array<[string, unknown, RegExp]> = [
    ['updateSettings', { language: 'fr' }, /invalid-payload: .*\n?.*→ at language/s],
    ['updateSettings', { extraHosts: ['<all_urls>'] }, /invalid-payload: .*→ at extraHosts\[0\]/s],
    ['updateSettings', { siteProfile: { v: 1, id: 'EVIL', name: 'x', hosts: ['*://*/*'] } }, /invalid-payload: .*→ at siteProfile\.id/s],
    ['updateSettings', { agent: { name: ' ', nossaUserId: '930101', area: 'XYZ' } }, /invalid-payload: .*→ at agent\.name.*→ at agent\.area/s],
    ['startFlow', { ticket: { ticketId: '<img src=x onerror=alert(1)>' } }, /invalid-payload: .*→ at ticket\.ticketId/s],
    ['flowEvent', { sessionId: 'not-a-uuid', event: { type: 'back' } }, /invalid-payload: .*→ at sessionId/s],
    ['flowEvent', { sessionId: crypto.randomUUID(), event: { type: 'back' } }, /^not-found:/],
    [
      'saveDraft',
      { sessionId, values: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`step.f${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i)}`, 'x'])), origin: 'p' },
      /invalid-payload: .*too many draft fields/s,
    ],
    ['saveDraft', { sessionId, values: { 'request.note': 'x'.repeat(4001) }, origin: 'p' }, /invalid-payload/],
    [
      'recordFill',
      { sessionId, result: { kind: 'fill', ok: true, profileId: 'x', fields: [], committed: false, startedAt: 'yesterday', totalMs: -1, ownMs: 0 } },
      /invalid-payload: .*startedAt/s,
    ],
    ['tickChecklist', { step: '1.1.6', ticked: true }, /invalid-payload: .*→ at step/s],
    ['reportNossaSession', { page: 'admin', user: '930101' }, /invalid-payload: .*→ at page/s],
    ['getSettings', { please: 'all' }, /invalid-payload: .*diharapkan undefined/s], // worded in the agent's language
    ['openFollowUp', { sessionId: '../../etc/passwd' }, /invalid-payload: .*→ at sessionId/s],
  ];
  for (const [type, data, error] of refused) {
    await expect(callBackground(page, type, data), `${type} ${JSON.stringify(data).slice(0, 80)}`).rejects.toThrow(error);
  }

  // A "__proto__" key is skipped by the schema (never copied, never a prototype): a no-op patch.
  const polluting = await rawSend(page, { id: 6, type: 'updateSettings', data: JSON.parse('{"__proto__": {"language": "en", "agent": null}}'), timestamp: Date.now() });
  expect(polluting.answer).toMatchObject({ res: { language: 'id', agent: AGENT } });

  // A step the instruction does not allow yet: the state machine's typed refusal, no write.
  const early = await callBackground<{ refusal: { code: string } | null }>(page, 'flowEvent', {
    sessionId,
    event: { type: 'customerApproves', until: new Date(Date.now() + 3_600_000).toISOString() },
  });
  expect(early.refusal?.code).toBe('illegal-transition');

  // Not our wire format at all, or a type that is no message of ours: no handler answers.
  for (const message of ['updateSettings', 42, null, [], { type: 'updateSettings', data: { language: 'en' } }, { id: 1, type: 'dropDatabase', timestamp: Date.now() }]) {
    const { answer } = await rawSend(page, message);
    expect(answer, JSON.stringify(message)).toBeNull();
  }
  // Names of Object's own members. @webext-core/messaging looks listeners up in a plain object, so
  // "constructor" finds Object and echoes the message back, "toString" answers a string, and
  // "__proto__" errors: none of them reaches a Pandu handler, and nothing is stored.
  for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
    const { answer } = await rawSend(page, { id: 7, type, data: { language: 'en' }, timestamp: Date.now() });
    const res = (answer as { res?: unknown } | null)?.res;
    expect(res === undefined || typeof res === 'string' || (res as { type?: string }).type === type || typeof res === 'boolean', `${type}: ${JSON.stringify(answer)}`).toBe(true);
  }

  expect(await storedTables(context, extensionId)).toEqual(before);
  expect((await callBackground<{ language: string }>(page, 'getSettings')).language).toBe('id');
});

/** What a web page can do about Pandu from its own JavaScript. */
function pokeFromPage(page: Page, extensionId: string) {
  return page.evaluate(async (id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
    let sent = 'no chrome.runtime.sendMessage on this page';
    if (runtime?.sendMessage) {
      sent = await runtime.sendMessage(id, { id: 1, type: 'updateSettings', data: { language: 'en' }, timestamp: Date.now() }).then(
        (answer) => `answered: ${JSON.stringify(answer)}`,
        (error: Error) => `refused: ${error.message}`,
      );
    }
    // Our wire format, posted to the page's own window: nobody of ours listens there. The page's
    // own listener hearing it means every listener of the window, any of Pandu's included, has.
    const posted = new Promise<string>((resolve) => window.addEventListener('message', (event) => event.data?.id === 2 && resolve('delivered')));
    window.postMessage({ id: 2, type: 'updateSettings', data: { language: 'en' }, timestamp: Date.now() }, '*');
    const read = (path: string) =>
      fetch(`chrome-extension://${id}/${path}`).then(
        (r) => `read ${r.status}`,
        () => 'blocked',
      );
    return { sent, posted: await posted, background: await read('background.js'), database: await read('dashboard.html'), panelCss: await read('content-scripts/nossa.css') };
  }, extensionId);
}

test('web pages, NOSSA itself included, cannot reach Pandu’s background or read its files', async ({ context, extensionId, openTicket }) => {
  await agentWithOpenFlow(context, extensionId);
  await context.route(`${OTHER_HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Example</title><p>Halo</p>' }));
  const nossa = await openTicket(TICKET);
  await expect(panelOf(nossa).getByTestId('pandu-panel')).toBeVisible(); // Pandu is running here
  const before = await storedTables(context, extensionId);

  const other = await context.newPage();
  await other.goto(`${OTHER_HOST}/`);
  for (const page of [nossa, other]) {
    const poke = await pokeFromPage(page, extensionId);
    // Without externally_connectable, Chrome gives web pages no channel to an extension at all.
    expect(poke.sent, page.url()).toBe('no chrome.runtime.sendMessage on this page');
    expect(poke.background, page.url()).toBe('blocked');
    expect(poke.database, page.url()).toBe('blocked');
    // The panel's stylesheet is web-accessible only behind a per-session dynamic URL.
    expect(poke.panelCss, page.url()).toBe('blocked');
    expect(poke.posted, page.url()).toBe('delivered');
  }
  // Anything Pandu's content script sent on about the posted message went before this harmless
  // question from the same content script, which the same background has answered.
  const contentScript = await contentScriptWorld(context, nossa, extensionId);
  expect(await contentScript.send('getSettings')).toMatchObject({ res: { language: 'id', agent: AGENT } });
  expect(await storedTables(context, extensionId)).toEqual(before);
});

test.describe('another extension', () => {
  test.use({ withProbe: true });

  test('gets no answer from Pandu, cannot open a port to it or read its data, and stores nothing', async ({ context, extensionId, probe }) => {
    const { page } = await agentWithOpenFlow(context, extensionId);
    const before = await storedTables(context, extensionId);
    expect(probe.id).not.toBe(extensionId);

    const result = await probe.page.evaluate(async (panduId) => {
      const send = (message: unknown) =>
        new Promise<{ answer: unknown; error: string | null }>((resolve) =>
          chrome.runtime.sendMessage(panduId, message, (answer: unknown) => resolve({ answer: answer ?? null, error: chrome.runtime.lastError?.message ?? null })),
        );
      const now = Date.now();
      const sends = [];
      for (const message of [
        { id: 1, type: 'updateSettings', data: { language: 'en', agent: null }, timestamp: now },
        { id: 2, type: 'getSettings', timestamp: now },
        { id: 3, type: 'startFlow', data: { ticket: { ticketId: 'IN110088999' } }, timestamp: now },
        { id: 4, type: 'constructor', timestamp: now },
      ]) {
        sends.push(await send(message));
      }
      const port = await new Promise<string>((resolve) => {
        const p = chrome.runtime.connect(panduId);
        p.onMessage.addListener((m: unknown) => resolve(`message: ${JSON.stringify(m)}`));
        p.onDisconnect.addListener(() => resolve(`disconnected: ${chrome.runtime.lastError?.message ?? ''}`));
        p.postMessage({ id: 5, type: 'getSettings', timestamp: now });
      });
      // IndexedDB is per origin: "pandu" opened here is the probe's own, empty database.
      const stores = await new Promise<string[]>((resolve) => {
        const open = indexedDB.open('pandu');
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames]);
          open.result.close();
          indexedDB.deleteDatabase('pandu');
        };
        open.onerror = () => resolve(['error']);
      });
      const background = await fetch(`chrome-extension://${panduId}/background.js`).then(
        (r) => `read ${r.status}`,
        () => 'blocked',
      );
      return { sends, port, stores, background };
    }, extensionId);

    for (const send of result.sends) {
      expect(send.answer).toBeNull();
      expect(send.error).toMatch(/Could not establish connection|Receiving end does not exist/);
    }
    expect(result.port).toMatch(/^disconnected: .*(Could not establish connection|Receiving end does not exist)/);
    expect(result.stores).toEqual([]);
    expect(result.background).toBe('blocked');

    expect(await storedTables(context, extensionId)).toEqual(before);
    const settings = await callBackground<{ language: string; agent: unknown }>(page, 'getSettings');
    expect(settings).toMatchObject({ language: 'id', agent: AGENT });
  });
});

test.describe('the content script stays inert where it does not belong', () => {
  /** The look-alike served at another host: the same Maximo markup, an "Incident" labelled IN…. */
  async function lookAlikeElsewhere(context: BrowserContext, mockOrigin: string) {
    await context.route(`${OTHER_HOST}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `${mockOrigin}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    });
  }

  test('on another host showing NOSSA’s own markup: no panel, no errors, no messages stored', async ({ context, extensionId, mock, openTicket }) => {
    await callBackground(await extensionPage(context, extensionId), 'updateSettings', { agent: AGENT });
    await lookAlikeElsewhere(context, mock.origin);
    const before = await storedTables(context, extensionId);

    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(ticketUrl(TICKET).replace('https://nossa.telkom.co.id', OTHER_HOST));
    await expect(page.locator('input[title^="Incident:"]').first()).toHaveValue(TICKET);
    await expect(page.getByText('Incident', { exact: true }).first()).toBeVisible();
    // Loaded, and then idle: past every point where Chrome injects a content script (NOSSA's at
    // document_start, an extra host's at document_idle, at the latest a task after the load
    // event). Chrome's list of the page's script worlds has none of Pandu's, so nothing of
    // Pandu's runs here, now or later.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    const { worlds, cdp } = await scriptWorlds(context, page);
    expect(worlds.filter(isPanduWorld(extensionId))).toEqual([]);
    await cdp.detach();
    await expect(page.locator('pandu-panel')).toHaveCount(0);
    expect(errors).toEqual([]);
    expect(await storedTables(context, extensionId)).toEqual(before);

    // The same markup at NOSSA's address: the panel appears and the sighting is recorded, so the
    // silence above is the host check at work, not a page Pandu could not read.
    const nossa = await openTicket(TICKET);
    await expect(panelOf(nossa).getByTestId('pandu-ticket-id')).toHaveText(TICKET);
    await expect.poll(async () => (await storedTables(context, extensionId)).shifts.length).toBeGreaterThan(before.shifts.length);
    // And the same list of script worlds shows Pandu's where it runs.
    expect((await scriptWorlds(context, nossa)).worlds.filter(isPanduWorld(extensionId))).toHaveLength(1);
  });

  test('on NOSSA’s login page: Pandu runs (it notes NOSSA is open) but shows no panel', async ({ context, extensionId, nossaPage: page }) => {
    await callBackground(await extensionPage(context, extensionId), 'updateSettings', { agent: AGENT });
    await page.goto('https://nossa.telkom.co.id/maximo/webclient/login/login.jsp');
    await expect(page.locator('input[type="password"]')).toBeVisible();
    await expect.poll(async () => (await storedTables(context, extensionId)).shifts.length).toBe(1); // 1.1.3 seen
    // The content script mounted its panel host (it renders the panel in the same step), and the
    // panel chose to show nothing.
    await expect(panelOf(page)).toBeAttached();
    await expect(panelOf(page).getByTestId('pandu-panel')).toHaveCount(0);
    await expect(panelOf(page).getByTestId('pandu-expand')).toHaveCount(0);
  });
});
