import { expect, test, NOSSA_ORIGIN, NOSSA_APP_PATH } from './fixtures';
import { panelOf } from './flow-helpers';
import { AGENT, callBackground } from './helpers';

type State = { tickets: Record<string, { fields: Record<string, string> }> };

test('the extension loads and the panel shows the ticket id read from a look-alike ticket at its NOSSA URL', async ({ openTicket, mock, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await openTicket('IN110088253');
  expect(page.url()).toContain(`${NOSSA_ORIGIN}/maximo/ui/login?event=loadapp&value=incident`);
  const panel = panelOf(page);
  const fields = (mock.state() as State).tickets.IN110088253!.fields;
  await expect(panel.getByTestId('pandu-ticket-id')).toHaveText('IN110088253');
  await panel.getByText('Data tiket').click();
  await expect(panel.locator('[data-field="customerName"] dd')).toHaveText(fields.CUSTOMERNAME!);
  await expect(panel.locator('[data-field="contactPhone"] dd')).toHaveText(fields.CONTACTPHONE!);
  await expect(panel.locator('[data-field="status"] dd')).toHaveText(fields.STATUS!);
});

test('the panel follows NOSSA from the list to a ticket without navigation, and back', async ({ nossaPage: page }) => {
  await page.goto(`${NOSSA_ORIGIN}${NOSSA_APP_PATH}`);
  const panel = panelOf(page);
  await expect(panel.getByText('Buka sebuah tiket di NOSSA untuk memulai.')).toBeVisible();
  const url = page.url();
  await page.locator('tr[title="Incident IN110088254"]').click();
  await expect(panel.getByTestId('pandu-ticket-id')).toHaveText('IN110088254');
  expect(page.url()).toBe(url); // a server round trip, not a navigation
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(panel.getByTestId('pandu-ticket-id')).toHaveCount(0);
});

test('the panel can be collapsed and moved, and remembers it across a reload', async ({ openTicket }) => {
  const page = await openTicket('IN110088251');
  const panel = panelOf(page);
  const box = async () => (await panel.getByTestId('pandu-panel').boundingBox())!;
  const before = await box();
  await panel.getByTestId('pandu-grip').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await box()).x).toBeLessThan(before.x - 50);
  const moved = await box();
  await panel.getByTestId('pandu-collapse').click();
  await expect(panel.getByTestId('pandu-panel')).toHaveCount(0);
  await expect(panel.getByTestId('pandu-expand')).toContainText('IN110088251');
  await page.reload();
  await expect(panel.getByTestId('pandu-expand')).toBeVisible();
  await panel.getByTestId('pandu-expand').click();
  await expect.poll(async () => Math.round((await box()).x)).toBe(Math.round(moved.x));
});

test('the popup and the dashboard open, navigate, and switch the whole product to English', async ({ openExtensionPage, openTicket }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Persiapan kerja (IK 1.1)' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'id');

  const dashboard = await openExtensionPage('dashboard.html');
  await expect(dashboard.getByRole('heading', { name: 'Dasbor Pandu' })).toBeVisible();
  await dashboard.getByRole('link', { name: 'Pengaturan', exact: true }).click();
  await expect(dashboard).toHaveURL(/#settings$/);
  await expect(dashboard.getByTestId('settings-view')).toBeVisible();
  await dashboard.getByRole('link', { name: 'Log' }).click();
  await expect(dashboard.getByTestId('logs-view')).toContainText('Belum ada sesi');

  const page = await openTicket('IN110088251');
  await expect(panelOf(page).getByText('Siapa Anda?')).toBeVisible();
  await popup.getByLabel('Bahasa').selectOption('en');
  await expect(popup.getByRole('heading', { name: 'Shift preparation (IK 1.1)' })).toBeVisible();
  await expect(dashboard.getByRole('heading', { name: 'Pandu dashboard' })).toBeVisible(); // pushed live
  await expect(panelOf(page).getByText('Who are you?')).toBeVisible(); // the panel too
  // A NOSSA page opened in English: the content script carries only Indonesian and asks the
  // background for English before its first mount.
  const next = await openTicket('IN110088252');
  await expect(panelOf(next).getByText('Who are you?')).toBeVisible();
  await expect(panelOf(next).getByText('Siapa Anda?')).toHaveCount(0);
});

test('the agent sets their identity in the panel; the NOSSA user id is taken from the page', async ({ openTicket, openExtensionPage }) => {
  const page = await openTicket('IN110088251');
  const panel = panelOf(page);
  await expect(panel.getByLabel('User ID NOSSA')).toHaveValue('930101');
  await panel.getByLabel('Nama', { exact: true }).fill(AGENT.name);
  await panel.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(panel.getByTestId('flow-start')).toBeVisible();
  const ext = await openExtensionPage('dashboard.html');
  const settings = await callBackground<{ agent: typeof AGENT }>(ext, 'getSettings');
  expect(settings.agent).toMatchObject({ name: AGENT.name, nossaUserId: '930101', area: 'BDG' });
  expect(JSON.stringify(settings)).not.toMatch(/password/i);
});

test('the background refuses malformed messages with a clear error and stores nothing', async ({ openExtensionPage }) => {
  const ext = await openExtensionPage('dashboard.html');
  await expect(callBackground(ext, 'updateSettings', { language: 'fr' })).rejects.toThrow(/invalid-payload/);
  await expect(callBackground(ext, 'startFlow', { ticket: { ticketId: 'IN110088251' } })).rejects.toThrow(/no-agent/);
  await expect(callBackground(ext, 'flowEvent', { sessionId: 'x', event: {} })).rejects.toThrow(/invalid-payload/);
  const settings = await callBackground<{ language: string }>(ext, 'getSettings');
  expect(settings.language).toBe('id');
});
