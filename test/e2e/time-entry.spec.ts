import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/lib/chromium.mjs';
import { expect, test } from './fixtures';
import { confirmRecheck, expectStep, localInputIn, panelOf, startFlow, toCallStep } from './flow-helpers';
import { readTable } from './helpers';

const TICKET = 'IN110088251';
type Row = Record<string, any>;
const HOUR = 3_600_000;

/** The wall clock N hours from now in the page's zone (the agent's), as numbers. */
function wallIn(page: Page, hours: number) {
  return page.evaluate((hours) => {
    const d = new Date(Date.now() + hours * 3_600_000);
    return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear(), hour: d.getHours(), minute: d.getMinutes() };
  }, hours);
}
const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a "dd-mm-yyyy HH:mm" text is in the page's zone. */
function instantOf(page: Page, text: string): Promise<number> {
  return page.evaluate((text) => {
    const [d, m, y, h, mi] = text.split(/[- :]/).map(Number) as [number, number, number, number, number];
    return new Date(y, m - 1, d, h, mi).getTime();
  }, text);
}

/** Types into the field with the keyboard alone, as an agent would, over what it held. */
async function typeInto(field: Locator, keys: string) {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(keys);
}

test.describe('Pandu’s own 24-hour dd-mm-yyyy HH:mm entry', () => {
  test.use({ withAgent: true });

  test('typed digits land in their segments, never in the year; arrows, Backspace and a quick pick; stored as typed', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await toCallStep(panel);
    await panel.getByTestId('attempt-no-answer').click();
    await panel.getByTestId('attempt-inactive').click();
    const until = panel.getByTestId('unreachable-until');
    await expect(until).toHaveAttribute('type', 'text');
    await expect(until).toHaveAttribute('placeholder', 'dd-mm-yyyy HH:mm');
    await expect(panel.getByTestId('time-zone')).toHaveText('WIB');

    // Digits alone: "07122026 1630" style.
    const w = await wallIn(page, 20);
    const text = `${pad(w.day)}-${pad(w.month)}-${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
    await typeInto(until, `${pad(w.day)}${pad(w.month)}${w.year} ${pad(w.hour)}${pad(w.minute)}`);
    await expect(until).toHaveValue(text);
    await expect(until).not.toHaveAttribute('aria-invalid', 'true');
    // Echoed in words with the zone: "Senin, 07 Des 2026 16:30 WIB".
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
    const echo = new RegExp(`^(Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu), ${pad(w.day)} ${months[w.month - 1]} ${w.year} ${pad(w.hour)}:${pad(w.minute)} WIB$`);
    const describedBy = await until.getAttribute('aria-describedby');
    await expect(panel.locator(`[id="${describedBy}"]`)).toHaveText(echo);

    // With the agent's own separators and no padding ("7-12-2026 16.30"): tidied when the field is left.
    await typeInto(until, `${w.day}-${w.month}-${w.year} ${w.hour}.${pad(w.minute)}`);
    await expect(until).toHaveValue(`${w.day}-${w.month}-${w.year} ${w.hour}:${pad(w.minute)}`);
    await until.press('Tab');
    await expect(until).toHaveValue(text);

    // Arrow up on the hour: one hour later, the other parts untouched; the hour stays selected.
    await until.focus();
    await until.evaluate((input: HTMLInputElement) => input.setSelectionRange(12, 12));
    await until.press('ArrowUp');
    const later = await wallIn(page, 21);
    if (later.hour !== 0) await expect(until).toHaveValue(`${pad(w.day)}-${pad(w.month)}-${w.year} ${pad(later.hour)}:${pad(w.minute)}`);
    await until.press('ArrowDown');
    await expect(until).toHaveValue(text);

    // Backspace inside the text takes the month's digits and nothing slides into the year.
    await until.evaluate((input: HTMLInputElement) => input.setSelectionRange(5, 5));
    await until.press('Backspace');
    await until.press('Backspace');
    await expect(until).toHaveValue(`${pad(w.day)}--${w.year} ${pad(w.hour)}:${pad(w.minute)}`);
    await until.press('Tab');
    await expect(until).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText('Pending sampai belum lengkap', { exact: false })).toBeVisible();
    await expect(panel.getByTestId('declare-unreachable')).toBeDisabled();
    await until.evaluate((input: HTMLInputElement) => input.setSelectionRange(3, 3));
    await until.focus();
    await until.pressSequentially(pad(w.month));
    await expect(until).toHaveValue(text);

    // A quick pick: "+2 jam".
    await panel.getByRole('button', { name: '+2 jam' }).click();
    const plus2 = await localInputIn(page, 2);
    expect(Math.abs((await instantOf(page, await until.inputValue())) - (await instantOf(page, plus2)))).toBeLessThanOrEqual(60_000);
    await expect(panel.getByRole('button', { name: '+2 jam' })).toHaveAttribute('aria-pressed', 'true');
    const chosen = await until.inputValue();

    await panel.getByTestId('declare-unreachable').click();
    await expectStep(panel, 'outcome');
    const stored = await context.newPage();
    await stored.goto(`chrome-extension://${extensionId}/popup.html`);
    const session = (await readTable<Row>(stored, 'sessions')).find((s) => s.ticketId === TICKET)!;
    expect(Date.parse(session.answers.pendingUntil)).toBe(await instantOf(page, chosen));
  });

  test('a requested pending time beyond the maximum is refused at the field, in words with its label, before submit', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await startFlow(panel);
    await panel.getByTestId('request-name').fill('Asep Saepudin');
    await panel.getByTestId('request-reason').selectOption('MENUNGGU-MATERIAL');
    const until = panel.getByTestId('request-until');
    await until.fill(await localInputIn(page, 100));
    await expect(until).toHaveAttribute('aria-invalid', 'true');
    const note = panel.locator(`[id="${await until.getAttribute('aria-describedby')}"]`);
    await expect(note).toHaveText(/^Waktu pending yang diminta paling lama 72 jam dari sekarang, yaitu sampai .* WIB\.$/);
    await panel.getByTestId('request-submit').click();
    await expectStep(panel, 'request'); // stopped at the field: no banner from the flow
    await expect(panel.getByTestId('flow-refusal')).toHaveCount(0);

    // In the past: refused the same way.
    await until.fill(await localInputIn(page, -1));
    await expect(note).toHaveText(/^Waktu pending yang diminta sudah lewat/);

    // The reason's default (MENUNGGU-MATERIAL: 48 hours) as a quick pick, then "Besok 09:00".
    await panel.getByRole('button', { name: 'Standar alasan: 48 jam' }).click();
    expect((await instantOf(page, await until.inputValue())) - Date.now()).toBeGreaterThan(47.9 * HOUR);
    await panel.getByRole('button', { name: 'Besok 09:00' }).click();
    const tomorrow = await wallIn(page, 24);
    await expect(until).toHaveValue(`${pad(tomorrow.day)}-${pad(tomorrow.month)}-${tomorrow.year} 09:00`);
    await expect(until).not.toHaveAttribute('aria-invalid', 'true');
    const requested = await until.inputValue();
    await panel.getByTestId('request-note').fill('Material belum datang');
    await panel.getByTestId('request-submit').click();
    await expectStep(panel, 'recheck');
    await confirmRecheck(panel);

    const stored = await context.newPage();
    await stored.goto(`chrome-extension://${extensionId}/popup.html`);
    const session = (await readTable<Row>(stored, 'sessions')).find((s) => s.ticketId === TICKET)!;
    expect(Date.parse(session.answers.request.requestedUntil)).toBe(await instantOf(page, requested));
  });
});

test.describe('the popup and the dashboard', () => {
  test('first run at 1366x768: the identity form has the focus and fits Chrome’s 600 px popup, its submit in view', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 1366, height: 768 });
    await expect(popup.getByTestId('agent-first-run')).toBeVisible();
    await expect(popup.getByLabel('Nama', { exact: true })).toBeFocused();
    // What Chrome sizes the popup from: the content's own height (the page's is the test window's).
    const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    expect(height).toBeLessThanOrEqual(600);
    const submit = popup.getByRole('button', { name: 'Simpan dan mulai' });
    expect(await submit.evaluate((button) => button.getBoundingClientRect().bottom)).toBeLessThanOrEqual(600);
    // Sent empty: the refusals at the fields still leave the submit inside the 600 px.
    await submit.click();
    await expect(popup.getByText('Wajib diisi.')).toHaveCount(2);
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().height)).toBeLessThanOrEqual(600);
    expect(await submit.evaluate((button) => button.getBoundingClientRect().bottom)).toBeLessThanOrEqual(600);
  });

  test('the dashboard’s date filter takes dd-mm-yyyy and says when a day does not exist', async ({ openExtensionPage }) => {
    const dashboard = await openExtensionPage('dashboard.html');
    const from = dashboard.getByTestId('filter-from');
    await from.pressSequentially('7122026');
    await expect(from).toHaveValue('7-12-2026');
    await from.press('Tab');
    await expect(from).toHaveValue('07-12-2026');
    await expect(from).toHaveAttribute('title', 'Senin, 07 Des 2026');
    const to = dashboard.getByTestId('filter-to');
    await to.fill('31-02-2026');
    await to.press('Tab');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(dashboard.getByRole('alert').filter({ hasText: 'tanggal itu tidak ada di kalender' })).toBeVisible();
    await to.fill('01-12-2026');
    await to.press('Tab');
    await expect(dashboard.getByText('tidak boleh sebelum 07-12-2026', { exact: false })).toBeVisible();
  });
});

test('the toolbar icons are declared in the manifest and shipped', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const expected = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
  expect(manifest.icons).toEqual(expected);
  expect(manifest.action.default_icon).toEqual(expected);
  for (const [size, file] of Object.entries(expected)) {
    const png = readFileSync(join(EXTENSION_DIR, file));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
});
