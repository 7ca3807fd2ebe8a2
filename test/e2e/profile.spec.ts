import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { panelOf } from './flow-helpers';
import { AGENT, callBackground } from './helpers';

test('the panel’s page check reports found, behind-a-tab and missing fields', async ({ openTicket, mock }) => {
  mock.control({ hideFields: ['PENDINGREASON'] });
  const page = await openTicket('IN110088258');
  const panel = panelOf(page);
  await panel.getByTestId('page-check-run').click();
  const report = panel.getByTestId('page-check');
  await expect(report.locator('[data-field="ticketId"]')).toHaveAttribute('data-status', 'found');
  await expect(report.locator('[data-field="pendingUntil"]')).toHaveAttribute('data-status', 'found');
  await expect(report.locator('[data-field="pendingReason"]')).toHaveAttribute('data-status', 'missing');
  await expect(report.locator('[data-field="newStatus"]')).toHaveAttribute('data-status', 'behind');
  await expect(report.locator('[data-field="workLogDetails"]')).toHaveAttribute('data-status', /^(behind|other-tab)$/);
  await expect(panel.getByTestId('page-check-summary')).toContainText('1 TIDAK ditemukan');
});

test('the dashboard runs the page check in the open NOSSA tab', async ({ openTicket, openExtensionPage }) => {
  await openTicket('IN110088258');
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await dashboard.getByTestId('dashboard-page-check').click();
  await expect(dashboard.locator('[data-testid="profile-field"][data-field="ownerGroup"] [data-testid="field-status"]')).toHaveAttribute('data-status', 'found');
  await dashboard.getByText('Laporan cek halaman lengkap').click();
  await expect(dashboard.getByTestId('page-check').locator('[data-field="ownerGroup"]')).toHaveAttribute('data-status', 'found');
  await expect(dashboard.getByText('Hasil cek untuk')).toBeVisible();
});

test('an admin edits the site profile as JSON: errors name the exact path, a valid edit takes effect at once', async ({ openTicket, openExtensionPage }) => {
  const page = await openTicket('IN110088258');
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await dashboard.getByTestId('profile-mode-json').click();
  const editor = dashboard.getByTestId('profile-json');
  const profile = JSON.parse(await editor.inputValue());

  await editor.fill('{ "v": 1, ');
  await dashboard.getByTestId('profile-save').click();
  await expect(dashboard.getByTestId('issues')).toContainText('Seluruh profil: bukan JSON yang valid');

  const broken = structuredClone(profile);
  broken.fields.pendingReason.locators[0].text = [];
  broken.fields.pendingUntil.kind = 'calendar';
  await editor.fill(JSON.stringify(broken));
  await dashboard.getByTestId('profile-save').click();
  // In words with the field's label, and the exact path for whoever edits the text.
  await expect(dashboard.getByTestId('issues')).toContainText('Pending Reason, cara 1, teks: tulis paling sedikit satu teks.');
  await expect(dashboard.getByTestId('issues')).toContainText('fields.pendingReason.locators[0].text');
  await expect(dashboard.getByTestId('issues')).toContainText('Pending Until, jenis isian: nilai tidak dikenal');
  await expect(dashboard.getByTestId('issues')).toContainText('fields.pendingUntil.kind');
  expect((await callBackground<{ siteProfile: unknown }>(dashboard, 'getSettings')).siteProfile).toBeNull(); // nothing stored

  // NOSSA renamed a label: the admin follows it, and the panel reads the new one without a reload.
  const renamed = structuredClone(profile);
  renamed.fields.customerName.locators = [{ by: 'label', text: ['Contact Name'] }];
  await editor.fill(JSON.stringify(renamed));
  await dashboard.getByTestId('profile-save').click();
  await expect(dashboard.getByText('Memakai profil yang diubah admin.')).toBeVisible();
  const panel = panelOf(page);
  await panel.getByText('Data tiket').click();
  const contactName = await page.locator('input[title^="Contact Name:"]').inputValue();
  await expect(panel.locator('[data-field="customerName"] dd')).toHaveText(contactName);

  await dashboard.getByTestId('profile-reset').click();
  await expect(dashboard.getByText('Memakai profil bawaan.')).toBeVisible();
});

test('the procedure rules are settable and the panel follows them', async ({ openTicket, openExtensionPage }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await callBackground(dashboard, 'updateSettings', { agent: AGENT });
  await dashboard.reload();
  await dashboard.getByTestId('min-attempts').fill('0');
  await dashboard.getByTestId('procedure-save').click();
  // Said with the field's label, in words, at the field (never a schema path).
  await expect(dashboard.getByTestId('issue-minFailedAttempts')).toHaveText('Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: paling sedikit 1.');
  await dashboard.getByTestId('min-attempts').fill('3');
  await dashboard.getByTestId('procedure-save').click();
  await expect(dashboard.getByTestId('procedure-settings').getByRole('status')).toHaveText('Tersimpan.');

  const page = await openTicket('IN110088258');
  const panel = panelOf(page);
  await panel.getByTestId('flow-start').click();
  await panel.getByTestId('request-name').fill('Asep');
  await panel.getByTestId('request-reason').selectOption('MENUNGGU-MATERIAL');
  await panel.getByTestId('request-submit').click();
  for (const p of ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches']) await panel.getByTestId(`recheck-${p}`).check();
  await panel.getByTestId('recheck-submit').click();
  await panel.getByTestId('attempt-busy').click();
  await panel.getByTestId('attempt-busy').click();
  await expect(panel.getByTestId('failed-count')).toContainText('2 dari minimal 3');
  await expect(panel.getByTestId('declare-unreachable')).toHaveCount(0);
  await panel.getByTestId('attempt-no-answer').click();
  await expect(panel.getByTestId('declare-unreachable')).toBeVisible();
});

test('adding an extra host refuses an address that is not one', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await dashboard.getByTestId('host-input').fill('bukan alamat / apa pun');
  await dashboard.getByTestId('host-add').click();
  await expect(dashboard.getByTestId('hosts-settings')).toContainText('Tulis alamat seperti');
  expect((await callBackground<{ extraHosts: string[] }>(dashboard, 'getSettings')).extraHosts).toEqual([]);
});

test('a site profile is exported and imported as a file', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Ekspor JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.id).toBe('nossa-maximo');

  exported.name = 'NOSSA staging';
  exported.behaviour.dateFormat = 'dd/MM/yyyy HH:mm';
  await dashboard.getByTestId('profile-import').setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await dashboard.getByTestId('profile-mode-json').click();
  await expect(dashboard.getByTestId('profile-json')).toHaveValue(/NOSSA staging/);
  await dashboard.getByTestId('profile-save').click();
  const settings = await callBackground<{ siteProfile: { name: string; behaviour: { dateFormat: string } } }>(dashboard, 'getSettings');
  expect(settings.siteProfile).toMatchObject({ name: 'NOSSA staging', behaviour: { dateFormat: 'dd/MM/yyyy HH:mm' } });
});
