import type { Page } from '@playwright/test';
import { OWNER_GROUPS } from '../nossa-mock/seed.mjs';
import { expect, test, type MockServer } from './fixtures';
import { confirmRecheck, expectStep, panelOf, startFlow } from './flow-helpers';
import { callBackground } from './helpers';

/**
 * Issue 14, items 5 and 7: settings that cannot save something broken (a refusal said at the
 * field, with its label, in words), and the forward-to group chosen rather than typed: the
 * lead's list and NOSSA's own Owner Group list in the panel's chooser, a group NOSSA would refuse
 * caught at the field before the flow goes on, and a declined request filled into NOSSA with the
 * chosen group.
 */
const TICKET = 'IN110088258'; // INPROG, BANDUNG, owner group ACCESS BDG
const LEAD_GROUPS = ['TIF HD WITEL BANDUNG', 'ACCESS BDG', 'BACKEND IPTV'];

type Settings = { procedure: { minFailedAttempts: number; forwardGroups: string[]; workLogTemplates: Record<string, string> } };
type Ticket = { fields: Record<string, string>; worklog: Array<Record<string, string>> };
const ticketOf = (mock: MockServer) => (mock.state() as unknown as { tickets: Record<string, Ticket> }).tickets[TICKET]!;

test.use({ withAgent: true });

async function openSettings(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const dashboard = await openExtensionPage('dashboard.html#settings');
  await expect(dashboard.getByTestId('procedure-settings')).toBeVisible();
  return dashboard;
}

/** The sentence a control's aria-describedby points at, as a screen reader reads it with the field. */
const describedText = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      // The panel lives in a shadow root: its ids are found there.
      .map((id) => (el.getRootNode() as Document | ShadowRoot).getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

test('a work-log template with an unknown placeholder is refused at the field, with its label and a suggestion; nothing is stored', async ({ openExtensionPage }) => {
  const dashboard = await openSettings(openExtensionPage);
  const before = await callBackground<Settings>(dashboard, 'getSettings');
  const template = dashboard.getByTestId('template-approved');
  await template.fill('Pelanggan setuju, dicatat oleh {agentNama} untuk tiket {ticketId}.');
  await dashboard.getByTestId('procedure-save').click();

  await expect(template).toHaveAttribute('aria-invalid', 'true');
  const sentence = 'Template work log Pelanggan setuju (1.2.5): {agentNama} tidak dikenal. Maksud Anda {agentName}?';
  await expect(dashboard.getByTestId('issue-workLogTemplates.approved')).toHaveText(sentence);
  expect(await describedText(dashboard, 'template-approved')).toBe(sentence);
  await expect(template).toBeFocused();
  await expect(dashboard.getByTestId('procedure-settings').getByRole('status')).toHaveText('');
  expect((await callBackground<Settings>(dashboard, 'getSettings')).procedure.workLogTemplates).toEqual(before.procedure.workLogTemplates);

  // The list of placeholders is beside the templates; a click puts the right one in.
  await template.fill('Pelanggan setuju, dicatat oleh  untuk tiket {ticketId}.');
  await template.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(31, 31));
  await dashboard.getByTestId('placeholder-agentName').click();
  await expect(template).toHaveValue('Pelanggan setuju, dicatat oleh {agentName} untuk tiket {ticketId}.');
  await expect(template).not.toHaveAttribute('aria-invalid', 'true');
  await dashboard.getByTestId('procedure-save').click();
  await expect(dashboard.getByTestId('procedure-settings').getByRole('status')).toHaveText('Tersimpan.');
  expect((await callBackground<Settings>(dashboard, 'getSettings')).procedure.workLogTemplates.approved).toBe('Pelanggan setuju, dicatat oleh {agentName} untuk tiket {ticketId}.');
});

test('a number too small is said with the field’s label in words, never a schema path', async ({ openExtensionPage }) => {
  const dashboard = await openSettings(openExtensionPage);
  await dashboard.getByTestId('min-attempts').fill('0');
  await dashboard.getByTestId('procedure-save').click();
  await expect(dashboard.getByTestId('min-attempts')).toHaveAttribute('aria-invalid', 'true');
  expect(await describedText(dashboard, 'min-attempts')).toBe('Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: paling sedikit 1.');
  await expect(dashboard.getByTestId('issues')).not.toContainText('procedure.');
  await expect(dashboard.getByTestId('issues')).not.toContainText('diharapkan');
  expect((await callBackground<Settings>(dashboard, 'getSettings')).procedure.minFailedAttempts).toBe(2);

  // The retention period, another settings form: the same words, at its field.
  await dashboard.getByTestId('retention-days').fill('3');
  await dashboard.getByTestId('retention-days').press('Enter');
  await expect(dashboard.getByTestId('retention-days')).toHaveAttribute('aria-invalid', 'true');
  expect(await describedText(dashboard, 'retention-days')).toBe('Simpan data selama (hari): paling sedikit 7.');
  expect((await callBackground<{ retention: { days: number } }>(dashboard, 'getSettings')).retention.days).toBe(180);
});

test('the lead’s group list reaches the panel’s chooser; NOSSA’s own list is read on request; a group outside them is refused at the field', async ({
  openExtensionPage,
  openTicket,
  mock,
}) => {
  const dashboard = await openSettings(openExtensionPage);
  await dashboard.getByTestId('forward-groups').fill(LEAD_GROUPS.join('\n'));
  await dashboard.getByTestId('procedure-save').click();
  await expect(dashboard.getByTestId('procedure-settings').getByRole('status')).toHaveText('Tersimpan.');
  expect((await callBackground<Settings>(dashboard, 'getSettings')).procedure.forwardGroups).toEqual(LEAD_GROUPS);

  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await startFlow(panel);
  const group = panel.getByTestId('request-group');
  await expect(group).toHaveValue('ACCESS BDG'); // the ticket's Owner Group now
  await group.click();
  const options = panel.getByTestId('group-options').getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(options.filter({ hasText: 'BACKEND IPTV' })).toContainText('daftar ketua tim');

  // NOSSA's list, read on the agent's click: the lookup opens, is read and closes; nothing changes on the record.
  await panel.getByTestId('group-read').click();
  await expect(panel.getByTestId('group-read-status')).toHaveText(`Daftar NOSSA terbaca: ${OWNER_GROUPS.length} grup.`);
  await expect(page.locator('#menuholder [role="menuitem"]')).toHaveCount(0);
  await expect(page.locator('a[eventtype="SAVE"]')).toHaveClass(/\boff\b/);
  expect(ticketOf(mock).fields.OWNERGROUP).toBe('ACCESS BDG');
  await group.click();
  await expect(options).toHaveCount(OWNER_GROUPS.length);
  await expect(options.filter({ hasText: 'ASSURANCE MKS' })).toContainText('daftar NOSSA');
  await group.press('Escape');

  // A typo: caught at the field, with the group meant; the flow does not go on.
  await panel.getByTestId('request-name').fill('Asep Saepudin');
  await panel.getByTestId('request-reason').selectOption('LOKASI-TUTUP');
  await group.fill('TIF HD WITEL BANDUNK');
  await panel.getByTestId('request-submit').click();
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  expect(await describedText(page, 'request-group')).toBe('NOSSA akan menolak grup ini: tidak ada di daftar Owner Group. Maksud Anda TIF HD WITEL BANDUNG?');
  await expectStep(panel, 'request');
});

test('declined: the group chosen from NOSSA’s list by keyboard is what Pandu fills into NOSSA', async ({ openTicket, mock }) => {
  const before = ticketOf(mock);
  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await startFlow(panel);
  await panel.getByTestId('request-name').fill('Asep Saepudin');
  await panel.getByTestId('request-reason').selectOption('LOKASI-TUTUP');
  await panel.getByTestId('group-read').click();
  await expect(panel.getByTestId('group-read-status')).toContainText('Daftar NOSSA terbaca');

  // With a list known, a group outside it cannot go on; then the right one is chosen by keyboard.
  const group = panel.getByTestId('request-group');
  await group.fill('TIM KARANGAN');
  await panel.getByTestId('request-submit').click();
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await expectStep(panel, 'request');
  await group.fill('witel band');
  await expect(panel.getByTestId('group-options').getByRole('option')).toHaveText([/TIF HD WITEL BANDUNG/]);
  await group.press('ArrowDown');
  await group.press('Enter');
  await expect(group).toHaveValue('TIF HD WITEL BANDUNG');
  await expect(group).not.toHaveAttribute('aria-invalid', 'true');
  await panel.getByTestId('request-submit').click();
  await expectStep(panel, 'recheck');

  await confirmRecheck(panel);
  await panel.getByTestId('attempt-connected').click();
  await panel.getByTestId('decline').click();
  await expectStep(panel, 'outcome');
  await panel.getByTestId('fill-run').click();
  await expect(panel.getByTestId('fill-summary')).toContainText('Semua field terisi', { timeout: 60_000 });
  await page.locator('a[eventtype="SAVE"]').click();
  await expect(page.locator('#titlebar_error')).toContainText('BMXAA4205I');
  const after = ticketOf(mock);
  expect(before.fields.OWNERGROUP).toBe('ACCESS BDG');
  expect(after.fields.OWNERGROUP).toBe('TIF HD WITEL BANDUNG');
  expect(after.worklog[0]!.detailsText).toContain('diteruskan kembali ke TIF HD WITEL BANDUNG');
});
