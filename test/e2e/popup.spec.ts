import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { extensionIdOf, launchWithExtension, routeNossa } from '../../scripts/lib/chromium.mjs';
import { shiftSettingsSchema } from '../../lib/schema/shift';
import { checklistShiftAt } from '../../lib/shifts/shift-calendar';
import { test as base, expect, ticketUrl, NOSSA_ORIGIN, NOSSA_APP_PATH } from './fixtures';
import { AGENT, callBackground, readTable } from './helpers';

type Row = Record<string, any>;
const TICKET = 'IN110088251';
const DEFAULT_SHIFTS = shiftSettingsSchema.parse({});

/**
 * The browser runs in the agent's zone as a whole (TZ), not only its pages (Playwright's
 * timezoneId): the background's clock decides the shift, and must agree with what pages show.
 */
function launch(timezoneId: string, userDataDir?: string) {
  // `env` reaches Playwright's launchPersistentContext (the launcher passes options through).
  const options = { timezoneId, userDataDir, env: { ...process.env, TZ: timezoneId } };
  return launchWithExtension(options);
}

const test = base.extend({
  context: async ({ mock, agentTimezone }, use) => {
    const context = await launch(agentTimezone);
    await routeNossa(context, mock.origin);
    await use(context);
    await context.close();
  },
});
test.use({ agentTimezone: 'Asia/Makassar' });

const workerOf = (context: BrowserContext): Worker => context.serviceWorkers()[0]!;
const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const badgeTitle = (page: Page) => page.evaluate(() => chrome.action.getTitle({}));
const step = (popup: Page, number: string) => popup.getByTestId(`step-${number}`);
const box = (popup: Page, number: string) => step(popup, number).getByRole('checkbox');

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** The checklist shift the extension should show now, computed here independently. */
function expectedShift(timeZone: string, settings = DEFAULT_SHIFTS) {
  return checklistShiftAt(Date.now(), settings, timeZone)!;
}

/** Runs a flow to an approved pending (1.2.5) through the background, as the panel would. */
async function approvedPending(page: Page, ticketId: string, minutes: number) {
  const started = await callBackground<Row>(page, 'startFlow', { ticket: { ticketId } });
  const sessionId: string = started.session.id;
  const until = new Date(Date.now() + minutes * 60_000).toISOString();
  const events = [
    { type: 'submitRequest', request: { requesterName: 'Asep', requesterGroup: 'ACCESS BDG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: '' } },
    { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
    { type: 'logAttempt', result: 'connected' },
    { type: 'customerApproves', until },
    { type: 'markApplied', workLog: 'Pelanggan setuju', by: 'manual' },
  ];
  for (const event of events) expect((await callBackground<Row>(page, 'flowEvent', { sessionId, event })).refusal).toBeNull();
  return { sessionId, until, alarmName: `followup:${sessionId}` };
}

async function checklistRecords(page: Page) {
  return (await readTable<Row>(page, 'shifts')).filter((r) => r.agentId === AGENT.nossaUserId);
}

test('first run asks who the agent is (never a password); the identity can be edited later', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  const form = popup.getByTestId('agent-first-run');
  await expect(form).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Persiapan kerja (IK 1.1)' })).toBeVisible();
  await expect(popup.locator('input[type="password"]')).toHaveCount(0);
  await expect.poll(() => badge(popup)).toBe('1.1');
  expect(await badgeTitle(popup)).toContain('isi identitas agen');

  await form.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(form.getByText('Wajib diisi.').first()).toBeVisible(); // nothing stored without a name
  await form.getByLabel('Nama', { exact: true }).fill(AGENT.name);
  await form.getByLabel('User ID NOSSA').fill(AGENT.nossaUserId);
  await form.getByLabel('Area').selectOption('MKS');
  await form.getByLabel('Nama team leader').fill(AGENT.teamLead);
  await form.getByRole('button', { name: 'Simpan dan mulai' }).click();

  const shift = expectedShift('Asia/Makassar');
  await expect(popup.getByTestId('agent-line')).toHaveText('Dewi Lestari · MKS');
  await expect(popup.getByTestId('shift-line')).toContainText(`Shift ${shift.name} · ${shift.date.split('-').reverse().join('-')}`);
  await expect(popup.getByTestId('shift-line')).toContainText('WITA');
  const settings = await callBackground<Row>(popup, 'getSettings');
  expect(settings.agent).toEqual({ name: AGENT.name, nossaUserId: AGENT.nossaUserId, area: 'MKS', teamLead: AGENT.teamLead });
  expect(JSON.stringify(settings)).not.toMatch(/password/i);

  await popup.getByTestId('popup-settings').locator('summary').click();
  const edit = popup.getByTestId('agent-edit');
  await expect(edit.getByLabel('Area')).toHaveValue('MKS');
  await edit.getByLabel('Nama', { exact: true }).fill('Dewi L.');
  await edit.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(popup.getByText('Identitas disimpan.')).toBeVisible();
  await expect(popup.getByTestId('agent-line')).toHaveText('Dewi L. · MKS');
  expect((await callBackground<Row>(popup, 'getSettings')).agent.name).toBe('Dewi L.');

  // Shift times: an overlap is refused with a plain message and nothing is stored.
  const shiftForm = popup.getByTestId('shift-settings');
  await shiftForm.getByLabel('Mulai Siang').fill('14:00');
  await shiftForm.getByRole('button', { name: 'Simpan jam shift' }).click();
  await expect(popup.getByTestId('shift-settings-status')).toHaveText('Jam shift tidak boleh tumpang tindih.');
  expect((await callBackground<Row>(popup, 'getSettings')).shifts).toEqual(DEFAULT_SHIFTS);
  await shiftForm.getByLabel('Selesai Pagi').fill('14:00');
  await popup.getByTestId('grace-minutes').fill('20');
  await shiftForm.getByRole('button', { name: 'Simpan jam shift' }).click();
  await expect(popup.getByTestId('shift-settings-status')).toHaveText('Jam shift disimpan.');
  const stored = (await callBackground<Row>(popup, 'getSettings')).shifts;
  expect(stored.definitions.slice(0, 2)).toEqual([
    { id: 'pagi', name: 'Pagi', start: '07:00', end: '14:00' },
    { id: 'siang', name: 'Siang', start: '14:00', end: '23:00' },
  ]);
  expect(stored.graceMinutes).toBe(20);
});

test('ticks persist across closing and reopening the popup and across a browser restart; the badge stays until the checklist is done', async () => {
  test.setTimeout(90_000);
  const zone = 'Asia/Makassar';
  const dir = mkdtempSync(join(tmpdir(), 'pandu-restart-'));
  try {
    let context = await launch(zone, dir);
    const extensionId = await extensionIdOf(context);
    let popup = await openPopup(context, extensionId);
    await callBackground(popup, 'updateSettings', { agent: AGENT });
    await popup.reload();
    await expect(box(popup, '1.1.1')).toBeFocused(); // keyboard first: Space ticks, Tab moves on
    await popup.keyboard.press('Space');
    await expect(box(popup, '1.1.1')).toBeChecked();
    await box(popup, '1.1.2').check();
    await expect(step(popup, '1.1.2')).toContainText('WITA');
    await expect(step(popup, '1.1.1').locator('time')).toHaveText(/^\d\d:\d\d WITA$/);
    const tickedAt = await step(popup, '1.1.1').locator('time').getAttribute('datetime');
    await expect(popup.getByTestId('ready')).toBeDisabled();
    await expect.poll(() => badge(popup)).toBe('1.1');

    // An approved pending whose alarm is lost (alarms are not guaranteed across restarts).
    const followUp = await approvedPending(popup, TICKET, 2 * 60);
    await popup.evaluate((name) => chrome.alarms.clear(name), followUp.alarmName);

    await popup.close();
    popup = await openPopup(context, extensionId);
    await expect(box(popup, '1.1.1')).toBeChecked();
    await expect(box(popup, '1.1.2')).toBeChecked();
    await expect(box(popup, '1.1.3')).not.toBeChecked();
    await expect(step(popup, '1.1.1').locator('time')).toHaveAttribute('datetime', tickedAt!);
    // Taking back one's own tick is allowed before the checklist is closed.
    await box(popup, '1.1.2').uncheck();
    await expect(box(popup, '1.1.2')).not.toBeChecked();
    await box(popup, '1.1.2').check();
    await context.close();

    context = await launch(zone, dir);
    expect(await extensionIdOf(context)).toBe(extensionId);
    popup = await openPopup(context, extensionId);
    await expect(box(popup, '1.1.1')).toBeChecked();
    await expect(box(popup, '1.1.2')).toBeChecked();
    await expect(step(popup, '1.1.1').locator('time')).toHaveAttribute('datetime', tickedAt!);
    await expect.poll(() => badge(popup)).toBe('1.1'); // set again when the browser starts
    // The follow-up's alarm is re-created at browser start, at the agreed time.
    await expect.poll(() => popup.evaluate((name) => chrome.alarms.get(name).then((a) => a?.scheduledTime), followUp.alarmName)).toBe(Date.parse(followUp.until));
    expect(await badgeTitle(popup)).toContain(`shift ${expectedShift(zone).name} belum selesai`);

    for (const number of ['1.1.3', '1.1.4', '1.1.5']) await box(popup, number).check();
    await expect(popup.getByTestId('progress')).toHaveText('5 dari 5 langkah');
    await popup.getByTestId('ready').click();
    await expect(popup.getByTestId('ready-done')).toContainText('Siap melayani sejak');
    await expect(popup.getByTestId('checklist')).toHaveAttribute('data-state', 'done');
    await expect.poll(() => badge(popup)).toBe('');
    await expect(box(popup, '1.1.1')).toBeDisabled(); // a closed checklist is a record

    const records = await checklistRecords(popup);
    expect(records).toHaveLength(1);
    const shift = expectedShift(zone);
    expect(records[0]).toMatchObject({
      shiftDate: shift.date,
      shiftName: shift.id,
      shiftLabel: shift.name,
      startsAt: shift.startsAt,
      graceMinutes: 15,
      procedure: { id: 'IN.OCC.TENESA.W-02' },
    });
    expect(records[0]!.ticks.map((t: Row) => t.step)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6']);
    expect(records[0]!.ticks[0].tickedAt).toBe(tickedAt);
    expect(records[0]!.completedAt).toBe(records[0]!.ticks[5].tickedAt);
    const trail = (await readTable<Row>(popup, 'events')).filter((e) => e.type.startsWith('checklist.')).sort((a, b) => a.at.localeCompare(b.at));
    expect(trail.map((e) => `${e.type} ${e.payload.step}`)).toEqual([
      'checklist.ticked 1.1.1',
      'checklist.ticked 1.1.2',
      'checklist.unticked 1.1.2',
      'checklist.ticked 1.1.2',
      'checklist.ticked 1.1.3',
      'checklist.ticked 1.1.4',
      'checklist.ticked 1.1.5',
      'checklist.completed 1.1.6',
    ]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('late completion is shown, in the checklist and in the history', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  // A shift that started 2 hours ago with 15 minutes' grace: completing it now is late.
  const hhmm = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  const start = hhmm(Date.now() - 2 * 3_600_000);
  await callBackground(popup, 'updateSettings', { agent: AGENT, shifts: { definitions: [{ id: 'a', name: 'Uji', start, end: start }], graceMinutes: 15, opensMinutesBefore: 0 } });
  await popup.reload();
  await expect(popup.getByTestId('punctuality')).toHaveAttribute('data-state', 'overdue');
  await expect(popup.getByTestId('punctuality')).toContainText('akan tercatat terlambat');
  for (const number of ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5']) await box(popup, number).check();
  await popup.getByTestId('ready').click();
  await expect(popup.getByTestId('punctuality')).toHaveAttribute('data-state', 'late');
  await expect(popup.getByTestId('punctuality')).toContainText(/Terlambat: selesai 2 jam( \d+ menit)? setelah shift mulai \(batas 15 menit\)/);

  // Another shift is the current one now: the closed checklist moves to the history, marked late.
  await callBackground(popup, 'updateSettings', { shifts: { definitions: [{ id: 'b', name: 'Besok', start, end: start }], graceMinutes: 15, opensMinutesBefore: 0 } });
  await popup.getByTestId('history').locator('summary').click();
  await expect(popup.getByTestId('history-row')).toHaveCount(1);
  await expect(popup.getByTestId('history-row')).toHaveAttribute('data-state', 'late');
  await expect(popup.getByTestId('history-row')).toContainText('Uji');
  await expect(popup.getByTestId('history-row')).toContainText('terlambat');
});

test('the badge appears, clears when the checklist is done, and a new shift brings it back', async ({ context, extensionId }) => {
  test.setTimeout(150_000);
  const popup = await openPopup(context, extensionId);
  // A shift that ends at the next whole minute (at least 25 s away), followed by another one.
  const minute = 60_000;
  let boundary = Math.ceil(Date.now() / minute) * minute;
  if (boundary - Date.now() < 25_000) boundary += minute;
  const hhmm = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  const shifts = {
    definitions: [
      { id: 'now', name: 'Sekarang', start: hhmm(boundary - 8 * 3_600_000), end: hhmm(boundary) },
      { id: 'next', name: 'Berikut', start: hhmm(boundary), end: hhmm(boundary - 8 * 3_600_000) },
    ],
    graceMinutes: 15,
    opensMinutesBefore: 0,
  };
  await callBackground(popup, 'updateSettings', { agent: AGENT, shifts });
  await popup.reload();
  await expect(popup.getByTestId('shift-line')).toContainText('Shift Sekarang');
  await expect.poll(() => badge(popup)).toBe('1.1');

  for (const number of ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5']) await box(popup, number).check();
  await popup.getByTestId('ready').click();
  await expect.poll(() => badge(popup)).toBe('');
  expect(await badgeTitle(popup)).toBe('Pandu: persiapan kerja shift Sekarang selesai');
  const alarm = await popup.evaluate(() => chrome.alarms.get('shift:next'));
  expect(alarm?.scheduledTime).toBe(boundary);

  // The real alarm fires when the next shift starts: the badge is back, the popup follows.
  await expect.poll(() => badge(popup), { timeout: 100_000, intervals: [1_000] }).toBe('1.1');
  expect(Date.now()).toBeGreaterThanOrEqual(boundary);
  await expect(popup.getByTestId('shift-line')).toContainText('Shift Berikut', { timeout: 20_000 });
  await expect(popup.getByTestId('checklist')).toHaveAttribute('data-state', 'open');
  await expect(box(popup, '1.1.1')).not.toBeChecked();
});

test('the detected ticks happen on the look-alike: NOSSA open (1.1.3), then the agent signed in (1.1.4)', async ({ context, extensionId, mock, nossaPage }) => {
  const ext = await openPopup(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: AGENT });
  mock.control({ loggedIn: false });
  await nossaPage.goto(NOSSA_ORIGIN + NOSSA_APP_PATH);
  await expect(nossaPage.locator('#loginform')).toBeVisible();

  const popup = await openPopup(context, extensionId);
  await expect(box(popup, '1.1.3')).toBeChecked();
  await expect(step(popup, '1.1.3')).toContainText('terdeteksi');
  await expect(box(popup, '1.1.3')).toBeDisabled(); // a fact Pandu saw, not the agent's to take back
  await expect(box(popup, '1.1.4')).not.toBeChecked();

  await nossaPage.locator('#username').fill(AGENT.nossaUserId);
  await nossaPage.locator('#password').fill('rahasia');
  await nossaPage.locator('#loginbutton').click();
  await expect(nossaPage.locator('#titlebar_userid')).toHaveText(AGENT.nossaUserId);
  await expect(box(popup, '1.1.4')).toBeChecked();
  await expect(step(popup, '1.1.4')).toContainText('terdeteksi');
  await expect(box(popup, '1.1.5')).not.toBeChecked(); // the password is never seen: 1.1.5 stays the agent's tick

  const [record] = await checklistRecords(popup);
  expect(record!.ticks).toEqual([
    { step: '1.1.3', tickedAt: expect.any(String), detected: true },
    { step: '1.1.4', tickedAt: expect.any(String), detected: true },
  ]);
  expect(record!.ticks[0].tickedAt < record!.ticks[1].tickedAt).toBe(true);
  expect(record!.nossaUser).toBe(AGENT.nossaUserId);
  expect(JSON.stringify(await readTable(popup, 'events'))).not.toContain('rahasia');
});

test('somebody else signed in to NOSSA does not tick 1.1.4, and the popup says so', async ({ context, extensionId, mock, openTicket }) => {
  const popup = await openPopup(context, extensionId);
  await callBackground(popup, 'updateSettings', { agent: AGENT });
  mock.control({ user: { id: '940404', name: 'BUDI SANTOSO' } });
  await openTicket(TICKET);
  await popup.reload();
  await expect(box(popup, '1.1.3')).toBeChecked();
  await expect(box(popup, '1.1.4')).not.toBeChecked();
  await expect(popup.getByTestId('other-user')).toContainText('940404');
});

test('open work: open flows link to their ticket in NOSSA, and today’s flows are listed', async ({ context, extensionId, mock }) => {
  const ext = await openPopup(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: AGENT });
  await callBackground(ext, 'startFlow', { ticket: { ticketId: TICKET } });
  const other = await callBackground<Row>(ext, 'startFlow', { ticket: { ticketId: 'IN110088252' } });
  await callBackground(ext, 'flowEvent', { sessionId: other.session.id, event: { type: 'cancel', reason: 'Salah tiket' } });

  const popup = await openPopup(context, extensionId);
  const open = popup.getByTestId('open-session');
  await expect(open).toHaveCount(1);
  await expect(open).toHaveAttribute('data-ticket', TICKET);
  await expect(open).toContainText('Terima request pending');
  await popup.getByTestId('today').locator('summary').click();
  await expect(popup.getByTestId('today-session')).toHaveCount(2);
  await expect(popup.getByTestId('today-session').filter({ hasText: 'IN110088252' })).toContainText('Dibatalkan');

  const [tab] = await Promise.all([context.waitForEvent('page'), open.getByRole('button', { name: `Buka tiket ${TICKET} di NOSSA` }).click()]);
  await expect(tab).toHaveURL(ticketUrl(TICKET));
  await expect(tab.locator('input[title^="Incident:"]').first()).toHaveValue(TICKET);
  expect((mock.state() as Row).tickets[TICKET]).toBeTruthy();
});

test('a follow-up alarm is scheduled for an approved pending; its notification opens the ticket', async ({ context, extensionId }) => {
  const ext = await openPopup(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: AGENT });
  const started = await callBackground<Row>(ext, 'startFlow', { ticket: { ticketId: TICKET } });
  const sessionId: string = started.session.id;
  const until = new Date(Date.now() + 20 * 60_000).toISOString();
  const events = [
    { type: 'submitRequest', request: { requesterName: 'Asep', requesterGroup: 'ACCESS BDG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: '' } },
    { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
    { type: 'logAttempt', result: 'connected' },
    { type: 'customerApproves', until },
  ];
  for (const event of events) expect((await callBackground<Row>(ext, 'flowEvent', { sessionId, event })).refusal).toBeNull();
  const alarmName = `followup:${sessionId}`;
  expect(await ext.evaluate((name) => chrome.alarms.get(name), alarmName)).toBeUndefined(); // not before NOSSA is updated
  await callBackground(ext, 'flowEvent', { sessionId, event: { type: 'markApplied', workLog: 'Pelanggan setuju', by: 'manual' } });

  // Real: the alarm is set at the agreed time.
  const alarm = await ext.evaluate((name) => chrome.alarms.get(name), alarmName);
  expect(alarm?.scheduledTime).toBe(Date.parse(until));

  // Due within 30 minutes: listed in the popup.
  const popup = await openPopup(context, extensionId);
  const item = popup.getByTestId('follow-up');
  await expect(item).toHaveAttribute('data-ticket', TICKET);
  await expect(item).toContainText(/dalam waktu 1[89] menit/);
  await expect(item).toContainText('WITA');

  // Driven: the time. The alarm is moved to now; the extension's own listener shows the notification.
  const worker = workerOf(context);
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), alarmName);
  await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll())).toHaveProperty([alarmName], true);
  await expect(item).toContainText('Pengingat tampil');

  // Driven: the click (headless Chromium has no notification to click). Chrome's own event object
  // delivers it to the extension's listener, which opens the ticket in NOSSA.
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate((id) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id), alarmName),
  ]);
  await expect(tab).toHaveURL(ticketUrl(TICKET));
  await expect(tab.locator('input[title^="Incident:"]').first()).toHaveValue(TICKET);
  await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

  const trail = (await readTable<Row>(popup, 'events')).filter((e) => e.type.startsWith('followup.')).sort((a, b) => a.at.localeCompare(b.at));
  expect(trail.map((e) => e.type)).toEqual(['followup.notified', 'followup.opened']);
  expect(trail.every((e) => e.ticketId === TICKET && e.payload.sessionId === sessionId && e.agentId === AGENT.nossaUserId)).toBe(true);

  // Followed up: it leaves the list.
  await item.getByRole('button', { name: 'Sudah ditindaklanjuti' }).click();
  await expect(popup.getByTestId('follow-ups')).toHaveCount(0);
  expect(await popup.evaluate((name) => chrome.alarms.get(name), alarmName)).toBeUndefined();
});

test.describe('in WIT', () => {
  test.use({ agentTimezone: 'Asia/Jayapura' });
  test('the shift is the one running in the agent’s zone, shown with WIT', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await callBackground(popup, 'updateSettings', { agent: AGENT });
    const shift = expectedShift('Asia/Jayapura');
    await expect(popup.getByTestId('shift-line')).toContainText(`Shift ${shift.name} · ${shift.date.split('-').reverse().join('-')}`);
    await expect(popup.getByTestId('shift-line')).toContainText(/\d\d:\d\d–\d\d:\d\d WIT$/);
    await expect(popup.getByTestId('checklist')).toHaveAttribute('data-shift', `${shift.date} ${shift.id}`);
  });
});
