import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callBackground } from './helpers';

/**
 * Issue 14, item 6 (second half): the site profile as a readable form beside the JSON. A lead
 * edits a locator in the form and sees, on the open NOSSA tab (the look-alike), the field found or
 * missing, before and after saving; the JSON view and the form edit one draft; undo; keyboard;
 * readable at 1366 px.
 */
const TICKET = 'IN110088258';

const fieldForm = (dashboard: Page, key: string) => dashboard.locator(`[data-testid="profile-field"][data-field="${key}"]`);
const statusOf = (dashboard: Page, key: string) => fieldForm(dashboard, key).locator('summary [data-testid="field-status"]');
async function openField(dashboard: Page, key: string) {
  const form = fieldForm(dashboard, key);
  if ((await form.getAttribute('open')) === null) await form.locator('summary').first().click();
  await expect(form).toHaveAttribute('open', '');
  return form;
}
/** What the NOSSA tab finds with the profile in force (the stored one), as the fill would. */
async function storedProfileStatus(dashboard: Page, key: string) {
  const answer = await callBackground<{ report: { fields: Array<{ field: string; status: string }> } }>(dashboard, 'runPageCheck');
  return answer.report.fields.find((f) => f.field === key)?.status;
}

test('a locator edited in the form: the open NOSSA tab shows the field missing, then found again; saved, undone', async ({ openTicket, openExtensionPage }) => {
  await openTicket(TICKET);
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await expect(statusOf(dashboard, 'pendingReason')).toHaveAttribute('data-status', 'found');
  await expect(dashboard.getByTestId('live-note')).toContainText('Status di tab NOSSA');

  // NOSSA "renamed" the label: the lead points the field at a label the page does not have.
  const form = await openField(dashboard, 'pendingReason');
  const texts = form.getByTestId('locator-text');
  await texts.nth(0).fill('Reason For Pending');
  await texts.nth(1).fill('Alasan Tunda');
  await form.getByRole('button', { name: 'Hapus cara 2' }).click();
  // Checked on the draft, before saving.
  await expect(statusOf(dashboard, 'pendingReason')).toHaveAttribute('data-status', 'missing');
  await expect(statusOf(dashboard, 'pendingReason')).toHaveText('TIDAK ditemukan');
  await expect(dashboard.getByTestId('live-note')).toContainText('belum disimpan');
  await dashboard.getByTestId('profile-save').click();
  await expect(dashboard.getByTestId('profile-message')).toHaveText('Tersimpan.');
  await expect.poll(() => storedProfileStatus(dashboard, 'pendingReason')).toBe('missing');
  const stored = await callBackground<{ siteProfile: { fields: Record<string, { locators: unknown[] }> } }>(dashboard, 'getSettings');
  expect(stored.siteProfile.fields.pendingReason!.locators).toEqual([{ by: 'label', text: ['Reason For Pending', 'Alasan Tunda'] }]);

  // Repaired in the form: a title prefix NOSSA does use.
  await form.getByTestId('add-locator').click();
  const row = form.getByTestId('locator-row').nth(1);
  await row.getByTestId('locator-strategy').selectOption('titlePrefix');
  await row.getByTestId('locator-text').fill('Pending Reason');
  await expect(statusOf(dashboard, 'pendingReason')).toHaveAttribute('data-status', 'found');
  await dashboard.getByTestId('profile-save').click();
  await expect(dashboard.getByTestId('profile-message')).toHaveText('Tersimpan.');
  await expect.poll(() => storedProfileStatus(dashboard, 'pendingReason')).toBe('found');

  // Undo: back to the broken save, then to the shipped default.
  await dashboard.getByTestId('profile-undo').click();
  await expect(dashboard.getByTestId('profile-message')).toHaveText('Perubahan terakhir diurungkan.');
  await expect(statusOf(dashboard, 'pendingReason')).toHaveAttribute('data-status', 'missing');
  await expect.poll(() => storedProfileStatus(dashboard, 'pendingReason')).toBe('missing');
  await dashboard.getByTestId('profile-undo').click();
  await expect(dashboard.getByText('Memakai profil bawaan.')).toBeVisible();
  await expect(statusOf(dashboard, 'pendingReason')).toHaveAttribute('data-status', 'found');
  await expect(dashboard.getByTestId('profile-undo')).toBeDisabled();
});

test('an invalid edit is refused at the field in words and nothing is stored', async ({ openTicket, openExtensionPage }) => {
  await openTicket(TICKET);
  const dashboard = await openExtensionPage('dashboard.html#settings');
  const form = await openField(dashboard, 'pendingUntil');
  await form.getByTestId('locator-text').first().fill('');
  await form.getByRole('button', { name: 'Hapus teks 2 dari cara 1' }).click();
  await expect(form.getByTestId('field-problems')).toHaveText('Pending Until, cara 1, teks 1: tidak boleh kosong.');
  await expect(form.getByTestId('locator-text').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(dashboard.getByTestId('live-note')).toHaveText('Status belum diperbarui: perbaiki dulu masalah yang ditandai.');
  await dashboard.getByTestId('profile-save').click();
  await expect(form.getByTestId('locator-text').first()).toBeFocused();
  expect((await callBackground<{ siteProfile: unknown }>(dashboard, 'getSettings')).siteProfile).toBeNull();
});

test('the JSON view and the form edit the same draft', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  const form = await openField(dashboard, 'customerName');
  await form.getByTestId('locator-text').first().fill('Contact Name');

  await dashboard.getByTestId('profile-mode-json').click();
  const json = dashboard.getByTestId('profile-json');
  const profile = JSON.parse(await json.inputValue());
  expect(profile.fields.customerName.locators[0]).toEqual({ by: 'label', text: ['Contact Name', 'Nama Pelanggan'] });
  profile.fields.status.kind = 'valueList';
  await json.fill(JSON.stringify(profile, null, 2));

  await dashboard.getByTestId('profile-mode-form').click();
  await expect(fieldForm(dashboard, 'status').getByTestId('field-kind')).toHaveValue('valueList');
  await expect((await openField(dashboard, 'customerName')).getByTestId('locator-text').first()).toHaveValue('Contact Name');

  // Broken JSON keeps the JSON view open, with the reason in words.
  await dashboard.getByTestId('profile-mode-json').click();
  await json.fill('{ "fields": ');
  await dashboard.getByTestId('profile-mode-form').click();
  await expect(dashboard.getByTestId('issues')).toContainText('bukan JSON yang valid');
  await expect(dashboard.getByTestId('profile-mode-json')).toHaveAttribute('aria-selected', 'true');
  await json.fill(JSON.stringify(profile));
  await dashboard.getByTestId('profile-save').click();
  await expect(dashboard.getByTestId('profile-message')).toHaveText('Tersimpan.');
  const stored = await callBackground<{ siteProfile: { fields: Record<string, { kind: string; locators: unknown[] }> } }>(dashboard, 'getSettings');
  expect(stored.siteProfile.fields.status!.kind).toBe('valueList');
  expect(stored.siteProfile.fields.customerName!.locators[0]).toEqual({ by: 'label', text: ['Contact Name', 'Nama Pelanggan'] });
});

test('with no NOSSA tab open the editor says so; keyboard only: open a field, edit, reorder, save with Ctrl+S', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await expect(dashboard.getByTestId('live-note')).toContainText('Tidak ada tab NOSSA yang terbuka');
  await expect(statusOf(dashboard, 'summary')).toHaveText('Belum diperiksa');

  // The mode tabs move with the arrow keys.
  await dashboard.getByTestId('profile-mode-form').focus();
  await dashboard.keyboard.press('ArrowRight');
  await expect(dashboard.getByTestId('profile-mode-json')).toBeFocused();
  await expect(dashboard.getByTestId('profile-json')).toBeVisible();
  await dashboard.keyboard.press('ArrowLeft');
  await expect(dashboard.getByTestId('profile-form')).toBeVisible();

  const summary = fieldForm(dashboard, 'summary');
  await summary.locator('summary').first().focus();
  await dashboard.keyboard.press('Enter');
  await expect(summary).toHaveAttribute('open', '');
  await dashboard.keyboard.press('Tab'); // the kind
  await dashboard.keyboard.press('Tab'); // way 1: its strategy
  await dashboard.keyboard.press('Tab'); // ↑ (disabled, skipped) -> ↓
  await expect(summary.getByRole('button', { name: 'Turunkan cara 1' })).toBeFocused();
  await dashboard.keyboard.press('Enter');
  // The focus follows the moved way: now way 2, whose ↓ is disabled, so ↑ has it.
  await expect(summary.getByRole('button', { name: 'Naikkan cara 2' })).toBeFocused();
  await dashboard.keyboard.press('Control+s');
  await expect(dashboard.getByTestId('profile-message')).toHaveText('Tersimpan.');
  const stored = await callBackground<{ siteProfile: { fields: Record<string, { locators: Array<{ by: string }> }> } }>(dashboard, 'getSettings');
  expect(stored.siteProfile.fields.summary!.locators.map((l) => l.by)).toEqual(['titlePrefix', 'label']);
});

test('readable at 1366 px: nothing runs off the side with a field unfolded', async ({ openTicket, openExtensionPage }) => {
  await openTicket(TICKET);
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await dashboard.setViewportSize({ width: 1366, height: 768 });
  const form = await openField(dashboard, 'workLogDetails');
  await form.locator('details.advanced > summary').click();
  await expect(statusOf(dashboard, 'workLogDetails')).toHaveAttribute('data-status', /^(behind|other-tab)$/);
  const overflow = await dashboard.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const testId of ['locator-strategy', 'reach-action', 'field-scope']) {
    const box = (await form.getByTestId(testId).first().boundingBox())!;
    expect(box.x + box.width, testId).toBeLessThanOrEqual(1366);
  }
});
