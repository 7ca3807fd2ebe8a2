import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, routeNossa } from '../../scripts/lib/chromium.mjs';
import { expect, test, ticketUrl, type MockServer } from './fixtures';
import { setAutoSave, stateOf } from './fill-commit-helpers';
import { expectStep, panelOf, toOutcome } from './flow-helpers';
import { AGENT, callBackground, extensionPage } from './helpers';

/**
 * Issue 14, item 6 (Done when): a team lead whose edited profile no longer finds Pending Reason
 * sees it missing in the page check, repairs it with the field picker alone (no JSON typed), and
 * the next fill of an outcome is saved by NOSSA (proven by the read-back, and by the look-alike's
 * saved record). The repaired profile is exported from the dashboard and imported into a second
 * browser profile, where the page check finds the field and a fill succeeds. Undo brings the
 * broken profile back; "Kembali ke bawaan" the shipped one.
 */
const TICKET = 'IN110088258'; // INPROG
const SECOND_TICKET = 'IN110088251'; // INPROG too: the second browser's fill
const BROKEN_LABEL = 'Alasan Tunda'; // as if the lead had followed a renamed label that NOSSA does not show

type Profile = { fields: Record<string, { locators: Array<{ by: string; text?: string[] }>; kind: string }> };

test.use({ withAgent: true });

/** The lead breaks a field in the dashboard's profile editor (JSON view) and saves. */
async function breakField(dashboard: Page, field = 'pendingReason', label = BROKEN_LABEL) {
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#settings');
  const json = dashboard.getByTestId('profile-json');
  if (!(await json.isVisible())) await dashboard.getByRole('tab', { name: 'JSON' }).click();
  const profile = JSON.parse(await json.inputValue()) as Profile;
  profile.fields[field]!.locators = [{ by: 'label', text: [label] }];
  await json.fill(JSON.stringify(profile, null, 2));
  await dashboard.getByTestId('profile-save').click();
  await expect
    .poll(async () => (await callBackground<{ siteProfile: Profile | null }>(dashboard, 'getSettings')).siteProfile?.fields[field]?.locators)
    .toEqual([{ by: 'label', text: [label] }]);
}

async function checkRow(page: Page, field: string) {
  const panel = panelOf(page);
  if (!(await panel.getByTestId('page-check').isVisible())) await panel.getByTestId('page-check-run').click();
  return panel.getByTestId('page-check').locator(`li[data-field="${field}"]`);
}

/** The lead points at Pending Reason on the NOSSA page: nothing but clicks, NOSSA never acts on them. */
async function pickPendingReason(page: Page, mock: MockServer) {
  const panel = panelOf(page);
  const row = await checkRow(page, 'pendingReason');
  await row.getByTestId('picker-pick').click();
  const picker = panel.getByTestId('picker');
  await expect(picker).toContainText('Pilih field Pending Reason di halaman NOSSA');
  // On the Incident tab already: nothing to open for it.
  await expect(picker.getByTestId('picker-way-ready')).toBeVisible();
  await expect(picker).toContainText('ciutkan dengan ▁');
  await picker.getByTestId('picker-start').click();
  await expect(picker.getByTestId('picker-picking')).toContainText('Esc membatalkan');
  // While picking the panel shrinks to the picker: the flow and the report are out of the way.
  await expect(panel.getByTestId('page-check')).toBeHidden();

  const field = page.locator('input[title^="Pending Reason:"]');
  const requests = stateOf(mock).requests.length;
  await field.hover();
  const outline = panel.getByTestId('picker-outline');
  await expect(outline).toBeVisible();
  const [box, fieldBox] = [await outline.boundingBox(), await field.boundingBox()];
  expect(box!.x).toBeLessThanOrEqual(fieldBox!.x);
  expect(box!.x + box!.width).toBeGreaterThanOrEqual(fieldBox!.x + fieldBox!.width);
  await field.click();
  await expect(picker.getByTestId('picker-proposals')).toBeVisible();
  await expect(outline).toHaveCount(0);
  // NOSSA did not act on the click: no round trip, no value menu, the field not focused.
  expect(stateOf(mock).requests.length).toBe(requests);
  await expect(page.locator('#menuholder [role="menuitem"]')).toHaveCount(0);
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(false);
  return picker;
}

async function saveBestProposal(page: Page) {
  const picker = panelOf(page).getByTestId('picker');
  await expect(picker.getByTestId('picker-picked')).toContainText('"Pending Reason" (daftar nilai) di bagian "Pending"');
  const best = picker.locator('[data-proposal="label+title"]');
  await expect(best).toHaveAttribute('data-verdict', 'unique');
  await expect(best).toHaveAttribute('data-matches', '1');
  await expect(best.locator('input[type="radio"]')).toBeChecked();
  await expect(best).toContainText('Hanya cocok dengan field yang Anda klik');
  await expect(picker).not.toContainText(/mx\d/); // never a generated id
  await picker.getByTestId('picker-save').click();
  await expect(picker.getByTestId('picker-saved')).toContainText('Pending Reason ditemukan');
  await expect(await checkRow(page, 'pendingReason')).toHaveAttribute('data-status', 'found');
}

/** An outcome filled with "Isi dan simpan", through to the read-back on the reloaded ticket. */
async function fillUnreachable(page: Page, mock: MockServer, ticket: string) {
  const savesBefore = stateOf(mock).saves.filter((s) => s.ticketId === ticket).length;
  const panel = await toOutcome(page, 'unreachable');
  await panel.getByTestId('fill-run').click();
  await expectStep(panel, 'done');
  const saved = stateOf(mock).tickets[ticket]!;
  expect(saved.fields).toMatchObject({ STATUS: 'PENDING', PENDINGREASON: 'LOKASI-TUTUP' });
  expect(stateOf(mock).saves.filter((s) => s.ticketId === ticket).length).toBe(savesBefore + 1);
}

test('a broken Pending Reason is repaired with the picker alone, the fill is saved, and the repair travels to a second browser', async ({
  context,
  extensionId,
  openTicket,
  openExtensionPage,
  mock,
}, testInfo) => {
  testInfo.setTimeout(240_000);
  await setAutoSave(context, extensionId, true);
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await breakField(dashboard);

  const page = await openTicket(TICKET);
  await expect(await checkRow(page, 'pendingReason')).toHaveAttribute('data-status', 'missing');
  await pickPendingReason(page, mock);
  await saveBestProposal(page);
  const repaired = (await callBackground<{ siteProfile: Profile }>(dashboard, 'getSettings')).siteProfile;
  expect(repaired.fields.pendingReason).toMatchObject({
    kind: 'valueList',
    locators: [
      { by: 'label', text: ['Pending Reason'] },
      { by: 'titlePrefix', text: ['Pending Reason'] },
    ],
  });
  await panelOf(page).getByTestId('picker-done').click();
  await fillUnreachable(page, mock, TICKET);

  // Exported from the dashboard's profile page ...
  await dashboard.reload();
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Ekspor JSON' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect((JSON.parse(file) as Profile).fields.pendingReason).toEqual(repaired.fields.pendingReason);

  // ... imported into a second browser profile (its own user data dir), where it finds the field and fills.
  const second: BrowserContext = await launchWithExtension({ timezoneId: 'Asia/Jakarta' });
  try {
    await routeNossa(second, mock.origin);
    const secondId = await extensionIdOf(second);
    const setup = await extensionPage(second, secondId);
    await callBackground(setup, 'updateSettings', { agent: AGENT, fill: { autoSave: true } });
    expect((await callBackground<{ siteProfile: unknown }>(setup, 'getSettings')).siteProfile).toBeNull();
    const otherDashboard = await second.newPage();
    await otherDashboard.goto(`chrome-extension://${secondId}/dashboard.html#settings`);
    await otherDashboard.getByTestId('profile-import').setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await otherDashboard.getByTestId('profile-save').click();
    await expect
      .poll(async () => (await callBackground<{ siteProfile: Profile | null }>(otherDashboard, 'getSettings')).siteProfile?.fields.pendingReason)
      .toEqual(repaired.fields.pendingReason);
    const nossa = await second.newPage();
    await nossa.goto(ticketUrl(SECOND_TICKET));
    await expect(nossa.locator('input[title^="Incident:"]').first()).toHaveValue(SECOND_TICKET);
    await expect(await checkRow(nossa, 'pendingReason')).toHaveAttribute('data-status', 'found');
    await panelOf(nossa).getByRole('button', { name: 'Tutup', exact: true }).click();
    await expect(panelOf(nossa).getByTestId('page-check')).toHaveCount(0);
    await fillUnreachable(nossa, mock, SECOND_TICKET);
  } finally {
    await second.close();
  }
});

test('undo brings the broken profile back; "Kembali ke bawaan" the shipped one', async ({ openTicket, openExtensionPage, mock }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await breakField(dashboard);
  const broken = (await callBackground<{ siteProfile: Profile }>(dashboard, 'getSettings')).siteProfile;

  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await pickPendingReason(page, mock);
  await saveBestProposal(page);

  await panel.getByTestId('picker-undo').click();
  await expect(panel.getByTestId('picker-repair-status')).toHaveText('Dikembalikan ke profil sebelum perubahan.');
  expect((await callBackground<{ siteProfile: Profile }>(dashboard, 'getSettings')).siteProfile).toEqual(broken);
  await expect(await checkRow(page, 'pendingReason')).toHaveAttribute('data-status', 'missing');

  await panel.getByTestId('picker-reset').click();
  await expect(panel.getByTestId('picker-repair-status')).toHaveText('Memakai profil bawaan lagi.');
  expect((await callBackground<{ siteProfile: unknown }>(dashboard, 'getSettings')).siteProfile).toBeNull();
  await expect(await checkRow(page, 'pendingReason')).toHaveAttribute('data-status', 'found');
  await expect(panel.getByTestId('page-check').locator('li[data-status="missing"]')).toHaveCount(0);
  // "Back to default" can itself be undone.
  await panel.getByTestId('picker-undo').click();
  expect((await callBackground<{ siteProfile: Profile }>(dashboard, 'getSettings')).siteProfile).toEqual(broken);
});

test('a work-log field: the guide opens the Log tab and New Row with the fill’s own code, Escape cancels, the pick repairs it', async ({ openTicket, openExtensionPage, mock }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await breakField(dashboard, 'workLogType', 'Jenis');

  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  const row = await checkRow(page, 'workLogType');
  await row.getByTestId('picker-pick').click();
  const picker = panel.getByTestId('picker');
  const way = picker.getByTestId('picker-way');
  await expect(way.locator('li')).toHaveText(['Buka tab Log', 'Buka tab Work Log', 'Tekan New Row']);
  await expect(picker).toContainText('baru muncul setelah New Row ditekan');

  // Escape while picking cancels: back to the report, NOSSA untouched.
  await picker.getByTestId('picker-start').click();
  await expect(picker.getByTestId('picker-picking')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel.getByTestId('picker')).toHaveCount(0);
  await expect(panel.getByTestId('page-check')).toBeVisible();

  await row.getByTestId('picker-pick').click();
  await picker.getByTestId('picker-open-way').click();
  await expect(picker.getByTestId('picker-way-ready')).toContainText('Sudah dibuka');
  const keys = (stateOf(mock).requests as Array<{ events: Array<{ key: string | null }> }>).flatMap((r) => r.events.map((e) => e.key));
  expect(keys).toContain('tab:log');
  expect(keys).toContain('btn:newrow');
  expect(keys).not.toContain('tb:SAVE');

  await picker.getByTestId('picker-start').click();
  await page.locator('input[title^="Type:"]').first().click();
  await expect(picker.getByTestId('picker-picked')).toContainText('"Type" (daftar nilai)');
  const chosen = picker.locator('input[type="radio"]:checked');
  await expect(chosen).toHaveCount(1);
  await picker.getByTestId('picker-save').click();
  await expect(picker.getByTestId('picker-saved')).toContainText('Work Log: Type ditemukan');
  const saved = (await callBackground<{ siteProfile: Profile }>(dashboard, 'getSettings')).siteProfile;
  expect(saved.fields.workLogType!.locators[0]).toEqual({ by: 'label', text: ['Type'] });
  expect(saved.fields.workLogType!.kind).toBe('valueList');
  expect(stateOf(mock).saves).toEqual([]); // nothing of NOSSA was saved by picking
});
