import type { Locator, Page } from '@playwright/test';
import { findChromium, routeNossa } from '../../scripts/lib/chromium.mjs';
import { test as base, expect, NOSSA_ORIGIN, NOSSA_APP_PATH, ticketUrl } from './fixtures';
import { recordRequests } from './helpers';

// The NOSSA look-alike itself, in real Chromium, WITHOUT the extension: these tests pin
// the Maximo behaviours the extension must cope with (NOSSA.md, "the trap"). They use
// the shared `mock` fixture and the shared routing (routeNossa), but replace the
// extension-loaded `context` with a plain one so the mock is tested on its own.
const test = base.extend({
  context: async ({ browser, mock, agentTimezone }, use) => {
    const context = await browser.newContext({ timezoneId: agentTimezone });
    await routeNossa(context, mock.origin);
    await use(context);
    await context.close();
  },
});

test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});

const INPROG = 'IN110088258';
const XSS = 'IN110088251';

const idle = (page: Page) => expect(page.locator('#wait')).toBeHidden();
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const input = (scope: Page | Locator, label: string) => scope.locator(`input[title^="${label}:"]`);

async function openTicket(page: Page, ticketId: string) {
  await page.goto(ticketUrl(ticketId));
  await page.waitForFunction(() => performance.getEntriesByName('nossa-ready').length > 0);
  await expect(input(region(page, 'Incident Details'), 'Incident')).toHaveValue(ticketId);
}

/** What an extension content script would do right: focus, set, input/keyup/change. */
async function setLikeAUser(locator: Locator, value: string) {
  await locator.evaluate((el, v) => {
    const field = el as HTMLInputElement;
    field.focus();
    field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'End' }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/**
 * Resolves when every round trip the page has queued so far is answered: the look-alike sends them
 * one at a time from one queue, and flush() with no pending change returns that queue.
 */
async function roundTripsDone(page: Page) {
  await page.evaluate(async (url) => {
    const roundTrip = (await import(url)) as { flush(): Promise<unknown> };
    await roundTrip.flush();
  }, `${NOSSA_ORIGIN}/maximo/webclient/javascript/roundtrip.js`);
}

async function save(page: Page) {
  await idle(page);
  await page.locator('a[eventtype="SAVE"]').click();
  await idle(page);
}

test('(a) el.value + change without focus is not recorded, even after Save', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const customer = region(page, 'Customer');
  // The trap: no focus, so no prekeyvalue, so the change event is ignored.
  await input(customer, 'Contact Name').evaluate((el) => {
    (el as HTMLInputElement).value = 'Nama Palsu';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(page.locator('a[eventtype="SAVE"]')).toHaveClass(/\boff\b/);
  // A correct change elsewhere, so Save really runs.
  await setLikeAUser(input(customer, 'Contact Phone'), '6281111222333');
  await save(page);
  await expect(page.locator('#titlebar_error')).toContainText('BMXAA4205I');
  const t = mock.state().tickets[INPROG]!;
  expect(t.fields.CONTACTPHONE).toBe('6281111222333');
  expect(t.fields.CONTACTNAME).toBe('Andi Pratama');
  expect(mock.state().saves.at(-1)?.changed).toEqual(['CONTACTPHONE']);
});

test('(b) focus, set, input/keyup/change, then focus another field: recorded after Save', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const customer = region(page, 'Customer');
  await setLikeAUser(input(customer, 'Contact Name'), 'Budi Hartono');
  // Nothing is sent yet: the pending change sits in the hidden form.
  await expect(page.locator('#changedcomponentid')).not.toHaveValue('');
  expect(Object.values(mock.state().uiSessions)[0]?.pending).toEqual({});
  await input(customer, 'Contact Email').focus(); // flushes the pending change
  await idle(page);
  await expect.poll(() => Object.values(mock.state().uiSessions)[0]?.pending).toEqual({ CONTACTNAME: 'Budi Hartono' });
  expect(mock.state().tickets[INPROG]!.fields.CONTACTNAME).toBe('Andi Pratama'); // not saved yet
  await save(page);
  expect(mock.state().tickets[INPROG]!.fields.CONTACTNAME).toBe('Budi Hartono');
});

test('one pending slot: a second change before a flush overwrites the first', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const customer = region(page, 'Customer');
  const name = input(customer, 'Contact Name');
  const email = input(customer, 'Contact Email');
  await name.focus();
  await email.focus(); // both now have a prekeyvalue; nothing pending yet
  await idle(page);
  await page.evaluate(() => {
    const [n, e] = ['Contact Name', 'Contact Email'].map((l) => document.querySelector<HTMLInputElement>(`input[title^="${l}:"]`)!);
    n!.value = 'Hilang';
    n!.dispatchEvent(new Event('change'));
    e!.value = 'baru@example.co.id';
    e!.dispatchEvent(new Event('change'));
  });
  await save(page);
  const t = mock.state().tickets[INPROG]!;
  expect(t.fields.CONTACTEMAIL).toBe('baru@example.co.id');
  expect(t.fields.CONTACTNAME).toBe('Andi Pratama');
});

test('(c) a round trip replaces the holder: the old element is detached, the id is kept', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const details = region(page, 'Incident Details');
  const og = input(details, 'Owner Group');
  const id = await og.getAttribute('id');
  const before = await og.elementHandle();
  const ownerBefore = await input(details, 'Owner').elementHandle();
  await og.click();
  await og.fill('ASSURANCE SBY');
  await input(details, 'Reported Priority').click(); // focus elsewhere: flush
  await idle(page);
  expect(await before.evaluate((el) => el.isConnected)).toBe(false);
  await expect(og).toHaveAttribute('id', id!);
  await expect(og).toHaveValue('ASSURANCE SBY');
  await expect(og).toHaveAttribute('title', 'Owner Group: ASSURANCE SBY');
  // The answer also re-rendered Owner (cleared by the new group).
  expect(await ownerBefore.evaluate((el) => el.isConnected)).toBe(false);
  await expect(input(details, 'Owner')).toHaveValue('');
  expect(Object.values(mock.state().uiSessions)[0]?.pending).toEqual({ OWNERGROUP: 'ASSURANCE SBY', OWNER: '' });
});

test('(d) Save is refused while disabled: nothing is sent, nothing saved', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const saveButton = page.locator('a[eventtype="SAVE"]');
  await expect(saveButton).toHaveClass(/\boff\b/);
  await expect(saveButton).toHaveAttribute('aria-disabled', 'true');
  const requests = mock.state().requests.length;
  await saveButton.click({ force: true }); // Playwright itself would wait: aria-disabled
  await roundTripsDone(page); // a round trip the click had queued has been answered by now
  expect(mock.state().requests.length).toBe(requests);
  expect(mock.state().saves).toEqual([]);
  // A SAVE event that does reach the server with nothing changed is refused too.
  const answer = await page.evaluate(async () => {
    const form = new FormData(document.getElementById('hiddenform') as HTMLFormElement);
    form.set('events', JSON.stringify([{ type: 'click', targetId: 'toolactions_SAVE-tbb_anchor' }]));
    const res = await fetch('/maximo/ui/maximo.jsp', { method: 'POST', body: new URLSearchParams(form as unknown as Record<string, string>) });
    return res.json();
  });
  expect(answer.message).toMatchObject({ type: 'info', code: 'BMXAA4209I' }); // info, and not a save
  expect(mock.state().saves).toEqual([]);
});

test('(e) value list: click, pick a menu item, the value is set and saved', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const reason = input(region(page, 'Pending'), 'Pending Reason');
  await expect(reason).toHaveAttribute('role', 'combobox');
  await expect(reason).toHaveAttribute('readonly', '');
  await reason.click();
  const menu = page.locator('#menuholder ul[role="menu"]');
  await expect(menu.locator('li > a[role="menuitem"]')).toHaveCount(8);
  await expect(menu).toContainText('LOKASI-TUTUP');
  await expect(menu).toContainText('Rumah / lokasi pelanggan tutup');
  await menu.getByRole('menuitem', { name: /^LOKASI-TUTUP/ }).click();
  await idle(page);
  await expect(menu).toHaveCount(0);
  await expect(reason).toHaveValue('LOKASI-TUTUP');
  // Escape closes a menu without choosing.
  await reason.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await save(page);
  expect(mock.state().tickets[INPROG]!.fields.PENDINGREASON).toBe('LOKASI-TUTUP');
});

test('a date in the wrong format is rejected with a Maximo error and the old value comes back', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const until = input(region(page, 'Pending'), 'Pending Until');
  await expect(until).toHaveAttribute('df', '1');
  await until.click();
  await until.fill('2026-12-01 10:00'); // ISO, but the format is dd-MM-yyyy HH:mm
  await input(region(page, 'Pending'), 'Pending Reason').focus();
  await expect(page.locator('#titlebar_error')).toContainText('BMXAA4144E');
  await idle(page);
  await expect(until).toHaveValue('');
  await until.click();
  await until.fill('01-12-2026 10:00');
  await page.locator('a[eventtype="SAVE"]').click();
  await idle(page);
  expect(mock.state().tickets[INPROG]!.fields.PENDINGUNTIL).toBe('01-12-2026 10:00');
});

test('(f) Change Status dialog: New Status PENDING with date and memo', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  // An unsaved field value is saved with the status change, as Maximo does.
  await input(region(page, 'Pending'), 'Pending Reason').click();
  await page
    .locator('#menuholder')
    .getByRole('menuitem', { name: /^PLG-RESCHEDULE/ })
    .click();
  await idle(page);
  await page.locator('a[eventtype="STATUS"][title="Change Status"]').click();
  const dialog = page.locator('#dialogholder [role="dialog"]');
  await expect(dialog).toBeVisible();
  const newStatus = input(dialog, 'New Status');
  await newStatus.click();
  const items = page.locator('#menuholder a[role="menuitem"]');
  await expect(items.first()).toBeVisible();
  const offered = await items.allTextContents();
  expect(offered.some((t) => t.startsWith('CLOSED'))).toBe(false); // not reachable from INPROG
  await page
    .locator('#menuholder')
    .getByRole('menuitem', { name: /^PENDING/ })
    .click();
  await idle(page);
  await expect(newStatus).toHaveValue('PENDING');
  await expect(input(dialog, 'Status Date')).not.toHaveValue('');
  const memo = dialog.locator('textarea[title^="Memo"]');
  await memo.click();
  await memo.fill('Pelanggan minta jadwal ulang');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await idle(page);
  await expect(page.locator('#dialogholder [role="dialog"]')).toHaveCount(0);
  await expect(input(region(page, 'Incident Details'), 'Status')).toHaveValue('PENDING');
  const t = mock.state().tickets[INPROG]!;
  expect(t.fields.STATUS).toBe('PENDING');
  expect(t.fields.PENDINGREASON).toBe('PLG-RESCHEDULE');
  expect(t.statusHistory.at(-1)).toMatchObject({ status: 'PENDING', memo: 'Pelanggan minta jadwal ulang', changedBy: '930101' });
  expect(mock.state().saves.at(-1)?.changed).toEqual(['PENDINGREASON', 'STATUS', 'STATUSDATE']);
});

test('Select Action > Change Status opens the same dialog', async ({ nossaPage: page }) => {
  await openTicket(page, INPROG);
  await page.getByRole('button', { name: 'Select Action' }).click();
  await page.locator('#menuholder').getByRole('menuitem', { name: 'Change Status' }).click();
  await expect(page.locator('#dialogholder [role="dialog"]')).toContainText('Change Status');
  await page.locator('#dialogholder').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#dialogholder [role="dialog"]')).toHaveCount(0);
});

test('(g) Log > Work Log > New Row with Details typed in the rich-text iframe is saved', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  await page.getByRole('tab', { name: 'Log', exact: true }).click();
  await idle(page);
  await expect(page.getByRole('tab', { name: 'Work Log' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'New Row' }).click();
  await idle(page);
  const details = region(page, 'Work Log Details');
  const summary = input(details, 'Summary');
  // "Summary" also labels the ticket summary on this tab: scope to the section.
  await expect(page.locator('input[title^="Summary:"]')).toHaveCount(2);
  await summary.click();
  await summary.fill('Konfirmasi pending ke pelanggan');
  await input(details, 'Type').click();
  await page.locator('#menuholder').getByRole('menuitem', { name: /^WORK/ }).click();
  await idle(page);
  // No readiness marker: the editor is usable once its body is editable.
  const body = details.frameLocator('iframe[title="Details"]').locator('body');
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await body.click();
  await page.keyboard.type('Pelanggan setuju pending sampai besok pagi.');
  await page.locator('a[eventtype="SAVE"]').click(); // editor blur -> pending change -> sent with SAVE
  await idle(page);
  await expect(page.locator('#titlebar_error')).toContainText('BMXAA4205I');
  const log = mock.state().tickets[INPROG]!.worklog.at(-1);
  expect(log).toMatchObject({ summary: 'Konfirmasi pending ke pelanggan', type: 'WORK', createdBy: '930101', viewable: false });
  expect(log?.detailsText).toBe('Pelanggan setuju pending sampai besok pagi.');
  await expect(page.locator('table[aria-label="Work Logs"]')).toContainText('Konfirmasi pending ke pelanggan');
});

test('(h) session expiry: the next round trip shows the login page and records nothing', async ({ mock, nossaPage: page }) => {
  await openTicket(page, INPROG);
  const customer = region(page, 'Customer');
  mock.control({ expireSession: true });
  await setLikeAUser(input(customer, 'Contact Name'), 'Tidak Tersimpan');
  await input(customer, 'Contact Email').focus();
  await expect(page.locator('#loginform')).toBeVisible();
  await expect(page.locator('#username')).toBeVisible();
  expect(page.url()).toBe(ticketUrl(INPROG));
  const state = mock.state();
  expect(state.loggedIn).toBe(false);
  expect(state.tickets[INPROG]!.fields.CONTACTNAME).toBe('Andi Pratama');
  expect(state.saves).toEqual([]);
  expect(state.requests.at(-1)?.result).toBe('login-required');
  // The app URL shows the login page while logged out; logging in returns to the ticket.
  await page.goto(ticketUrl(INPROG));
  await page.locator('#username').fill('930101');
  await page.locator('#password').fill('rahasia');
  await page.locator('#loginbutton').click();
  await page.waitForURL(ticketUrl(INPROG));
  await expect(input(region(page, 'Incident Details'), 'Incident')).toHaveValue(INPROG);
  await expect(page.locator('#titlebar_welcome')).toHaveText('Welcome, DEWI LESTARI');
  await expect(page.locator('#titlebar_userid')).toHaveText('930101');
  expect(JSON.stringify(mock.state())).not.toContain('rahasia');
});

test('(i) element ids differ between two loads', async ({ nossaPage: page }) => {
  await openTicket(page, INPROG);
  const first = await input(region(page, 'Incident Details'), 'Owner Group').getAttribute('id');
  const labelFor = await region(page, 'Incident Details').locator('label', { hasText: 'Owner Group' }).getAttribute('for');
  expect(labelFor).toBe(first);
  await openTicket(page, INPROG);
  const second = await input(region(page, 'Incident Details'), 'Owner Group').getAttribute('id');
  expect(first).toMatch(/^mx\d+$/);
  expect(second).toMatch(/^mx\d+$/);
  expect(second).not.toBe(first);
});

test('list: filter with Enter, then a row click loads the ticket without navigation', async ({ nossaPage: page }) => {
  await page.goto(NOSSA_ORIGIN + NOSSA_APP_PATH);
  await expect(page.locator('tr[ctype="tablerow"]')).toHaveCount(9);
  const filter = page.locator('input[title="Owner Group filter"]');
  await filter.click();
  await filter.fill('ACCESS');
  await filter.press('Enter');
  await idle(page);
  await expect(page.locator('tr[ctype="tablerow"]')).toHaveCount(3);
  const url = page.url();
  await page.locator('tr[ctype="tablerow"]', { hasText: INPROG }).click();
  await page.waitForFunction(() => performance.getEntriesByName('nossa-ready').length > 0);
  await expect(input(region(page, 'Incident Details'), 'Incident')).toHaveValue(INPROG);
  expect(page.url()).toBe(url);
});

test('the hostile summary is shown as text, never run', async ({ nossaPage: page }) => {
  const requests = recordRequests(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openTicket(page, XSS);
  await expect(input(region(page, 'Incident Details'), 'Summary')).toHaveValue('Internet mati total <img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // No request for the summary's image, up to one of the page's own that completed: no <img src=x>
  // was made, so no onerror can run.
  expect(await requests.through()).not.toContain(await page.evaluate(() => new URL('x', document.baseURI).href));
  expect(dialogs).toBe(0);
});

test('hidden fields are not rendered at all', async ({ mock, nossaPage: page }) => {
  mock.control({ hideFields: ['PENDINGREASON'] });
  await openTicket(page, INPROG);
  await expect(page.locator('input[title^="Pending Reason"]')).toHaveCount(0);
  await expect(page.locator('label', { hasText: 'Pending Reason' })).toHaveCount(0);
  await expect(input(region(page, 'Pending'), 'Pending Until')).toBeVisible();
});

test('the app refuses to run inside a frame', async ({ nossaPage: page }) => {
  await page.goto(`${NOSSA_ORIGIN}/maximo/webclient/login/login.jsp`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.id = 'framed';
    document.body.append(f);
  }, NOSSA_APP_PATH);
  const framed = page.frameLocator('#framed');
  await expect(framed.locator('.pageerror')).toContainText('cannot be displayed inside a frame');
  await expect(framed.locator('#titlebar')).toHaveCount(0);
});

// Seeded layouts (layoutSeed): no role=region to lean on in some, Details as a textarea
// or a contenteditable div, the Work Log Details above / beside the table, repeated
// "Summary" / "Details" labels elsewhere. A human-like fill uses what New Row made
// appear (it focuses the new Summary) and the label "Details" of an editable widget.
for (const { seed, widget } of [
  { seed: 9, widget: 'textarea' },
  { seed: 13, widget: 'textarea' },
  { seed: 8, widget: 'contenteditable' },
  { seed: 11, widget: 'contenteditable' },
]) {
  test(`seed ${seed} (${widget} Details): a work log row typed by a human is saved`, async ({ mock, nossaPage: page }) => {
    mock.control({ layoutSeed: seed });
    await page.goto(ticketUrl(INPROG));
    await page.waitForFunction(() => performance.getEntriesByName('nossa-ready').length > 0);
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    await idle(page);
    await page.getByRole('button', { name: 'New Row' }).click();
    await idle(page);
    // New Row put the cursor in the new row's Summary.
    const summaryId = await page.evaluate(() => document.activeElement?.id ?? '');
    const summary = page.locator(`[id="${summaryId}"]`);
    await expect(summary).toHaveAttribute('title', /^Summary:/);
    await page.keyboard.type('Konfirmasi jadwal ulang');
    // The editable widget labelled "Details" (read-only Communication Log details share the label).
    const detailsId = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('label')].filter((l) => l.textContent === 'Details').map((l) => l.htmlFor);
      return (
        ids.find((id) => {
          const el = document.getElementById(id);
          return el && !el.hasAttribute('readonly') && !el.classList.contains('rte_ro');
        }) ?? ''
      );
    });
    const details = page.locator(`[id="${detailsId}"]`);
    if (widget === 'textarea') await expect(details).toHaveJSProperty('tagName', 'TEXTAREA');
    else {
      await expect(details).toHaveAttribute('contenteditable', 'true');
      await expect(details).toHaveAttribute('role', 'textbox');
      await expect(page.getByRole('textbox', { name: 'Details', exact: true })).toHaveAttribute('id', detailsId);
    }
    await details.click(); // focus: flushes the Summary (a round trip)
    await idle(page);
    await page.keyboard.type('Pelanggan minta teknisi datang besok.');
    await details.evaluate((el) => (el as HTMLElement).blur());
    await expect(page.locator('#changedcomponentid')).toHaveValue(detailsId);
    await save(page);
    await expect(page.locator('#titlebar_error')).toContainText('BMXAA4205I');
    const row = mock.state().tickets[INPROG]!.worklog.at(-1);
    expect(row).toMatchObject({ summary: 'Konfirmasi jadwal ulang', detailsText: 'Pelanggan minta teknisi datang besok.' });
    expect(mock.state().saves).toHaveLength(1);
  });
}

test('okSaves false: OK applies the status and asks to save; Save then commits it', async ({ mock, nossaPage: page }) => {
  mock.control({ okSaves: false });
  await openTicket(page, INPROG);
  await page.locator('a[eventtype="STATUS"][title="Change Status"]').click();
  const dialog = page.locator('#dialogholder [role="dialog"]');
  await input(dialog, 'New Status').click();
  await page
    .locator('#menuholder')
    .getByRole('menuitem', { name: /^PENDING/ })
    .click();
  await idle(page);
  const memo = dialog.locator('textarea[title^="Memo"]');
  await memo.click();
  await memo.fill('Pelanggan minta jadwal ulang');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await idle(page);
  await expect(page.locator('#dialogholder [role="dialog"]')).toHaveCount(0);
  const message = page.locator('#titlebar_error');
  await expect(message).toContainText('BMXAA4210I');
  await expect(message).toHaveClass(/\binfo\b/);
  const saveButton = page.locator('a[eventtype="SAVE"]');
  await expect(saveButton).not.toHaveClass(/\boff\b/);
  // On screen the unsaved status looks saved; the record is not.
  await expect(input(region(page, 'Incident Details'), 'Status')).toHaveValue('PENDING');
  expect(mock.state().tickets[INPROG]!.fields.STATUS).toBe('INPROG');
  expect(mock.state().saves).toEqual([]);
  await save(page);
  await expect(message).toContainText('BMXAA4205I');
  await expect(saveButton).toHaveClass(/\boff\b/);
  const t = mock.state().tickets[INPROG]!;
  expect(t.fields.STATUS).toBe('PENDING');
  expect(t.statusHistory.at(-1)).toMatchObject({ status: 'PENDING', memo: 'Pelanggan minta jadwal ulang' });
  expect(mock.state().saves).toHaveLength(1);
  expect(mock.state().saves[0]?.changed).toEqual(['STATUS', 'STATUSDATE']);
});
