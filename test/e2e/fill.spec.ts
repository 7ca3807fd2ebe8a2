import type { Locator, Page } from '@playwright/test';
import { expect, test, type MockServer } from './fixtures';
import { expectStep, toOutcome as toOutcomeStep, type FlowOutcome } from './flow-helpers';
import { callBackground, extensionPage, readTable } from './helpers';

const TICKET = 'IN110088258'; // INPROG, BANDUNG, owner group ACCESS BDG
/** The related party's group for a declined request: not the ticket's group now, so the change is real. */
const BACK_TO = 'TIF HD WITEL BANDUNG';
type Ticket = { fields: Record<string, string>; fieldsIso: Record<string, string>; worklog: Array<Record<string, string>>; statusHistory: unknown[] };
type State = { tickets: Record<string, Ticket>; saves: Array<{ ticketId: string }>; uiSessions: Record<string, { pending: Record<string, string>; newWorklog: unknown[] }> };
type Row = Record<string, any>;

const ticketOf = (mock: MockServer) => (mock.state() as unknown as State).tickets[TICKET]!;

test.use({ withAgent: true });

const toOutcome = (page: Page, outcome: FlowOutcome) => toOutcomeStep(page, outcome, { backTo: BACK_TO });

/** The agent's own click in NOSSA after Pandu filled: Change Status OK, or Save. */
async function agentSaves(page: Page, pended: boolean) {
  if (pended) await page.locator('#dialogholder [role="dialog"] button', { hasText: 'OK' }).click();
  else await page.locator('a[eventtype="SAVE"]').click();
  await expect(page.locator('#titlebar_error')).toContainText('BMXAA4205I');
}

async function fillAndWait(panel: Locator) {
  await panel.getByTestId('fill-run').click();
  await expect(panel.getByTestId('fill-summary')).toBeVisible({ timeout: 60_000 });
}

function unchangedExcept(before: Ticket, after: Ticket, changed: string[]) {
  for (const [key, value] of Object.entries(before.fields)) {
    if (!changed.includes(key)) expect(after.fields[key], key).toBe(value);
  }
}

for (const outcome of ['unreachable', 'approved'] as const) {
  test(`${outcome}: Pandu fills, the agent presses OK, NOSSA holds exactly the pending`, async ({ openTicket, mock, context, extensionId }) => {
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, outcome);
    await expect(panel.getByTestId('fill-fields').locator('[data-field="pendingReason"][data-state="planned"]')).toContainText('LOKASI-TUTUP');
    const workLog = await panel.getByTestId('outcome-worklog').inputValue();
    await fillAndWait(panel);
    await expect(panel.getByTestId('fill-summary')).toContainText('Semua field terisi');
    // Every field on NOSSA's screen (the New Row's Type already CLIENTNOTE: not typed again), none claimed saved.
    await expect(panel.getByTestId('fill-fields').locator('li[data-status="done"]')).toHaveCount(7);
    await expect(panel.getByTestId('fill-fields').locator('li[data-state="on-screen"], li[data-state="already"]')).toHaveCount(7);
    await expect(panel.getByTestId('fill-fields-caption')).toHaveText('Terisi di layar NOSSA, belum terbukti tersimpan');
    expect((mock.state() as unknown as State).saves.filter((s) => s.ticketId === TICKET)).toHaveLength(0); // saving is the agent's click
    await expect(panel.getByTestId('fill-next')).toContainText('Change Status');

    await agentSaves(page, true);
    const after = ticketOf(mock);
    const session = (await readTable<Row>(await extensionPage(context, extensionId), 'sessions')).find((s) => s.ticketId === TICKET)!;
    const until = new Date(session.answers.pendingUntil);
    const wib = new Date(until.getTime() + 7 * 3_600_000).toISOString().slice(0, 16); // the look-alike's zone is WIB
    expect(after.fields).toMatchObject({ STATUS: 'PENDING', PENDINGREASON: 'LOKASI-TUTUP' });
    expect(after.fieldsIso.PENDINGUNTIL).toBe(wib);
    expect(after.worklog).toHaveLength(before.worklog.length + 1);
    expect(after.worklog[0]).toMatchObject({ type: 'CLIENTNOTE', createdBy: '930101' });
    expect(after.worklog[0]!.summary).toContain('Pending LOKASI-TUTUP');
    expect(after.worklog[0]!.detailsText!.replace(/\s+/g, ' ').trim()).toBe(workLog.replace(/\s+/g, ' ').trim());
    expect(after.statusHistory).toHaveLength(before.statusHistory.length + 1);
    unchangedExcept(before, after, ['STATUS', 'STATUSDATE', 'PENDINGREASON', 'PENDINGUNTIL']);

    await panel.getByTestId('fill-verify').click();
    await expectStep(panel, 'done');
    const events = (await readTable<Row>(await extensionPage(context, extensionId), 'events')).filter((e) => e.ticketId === TICKET);
    expect(events.filter((e) => e.type === 'fill.result').map((e) => e.payload.ok)).toEqual([true]);
    expect(events.find((e) => e.type === 'fill.verify')?.payload.ok).toBe(true);
    expect(events.find((e) => e.type === 'update.applied')?.payload.by).toBe('fill');
  });
}

test('declined: Pandu fills, the agent saves, the ticket goes back to the related party’s group', async ({ openTicket, mock }) => {
  const before = ticketOf(mock);
  const page = await openTicket(TICKET);
  const panel = await toOutcome(page, 'declined');
  await fillAndWait(panel);
  await expect(panel.getByTestId('fill-summary')).toContainText('Semua field terisi');
  await agentSaves(page, false);
  const after = ticketOf(mock);
  expect(before.fields.OWNERGROUP).toBe('ACCESS BDG');
  expect(after.fields.OWNERGROUP).toBe(BACK_TO);
  expect(after.fields.STATUS).toBe(before.fields.STATUS);
  expect(after.worklog).toHaveLength(before.worklog.length + 1);
  expect(after.worklog[0]!.detailsText).toContain(`diteruskan kembali ke ${BACK_TO}`);
  // NOSSA itself clears Owner when Owner Group changes; nothing else moved.
  unchangedExcept(before, after, ['OWNERGROUP', 'OWNER']);
  await panel.getByTestId('fill-verify').click();
  await expectStep(panel, 'done');
});

test('"fill and save": Pandu also presses OK and the flow finishes after the read-back', async ({ openTicket, mock, openExtensionPage }) => {
  await callBackground(await openExtensionPage('dashboard.html'), 'updateSettings', { fill: { autoSave: true } });
  const page = await openTicket(TICKET);
  const panel = await toOutcome(page, 'approved');
  await panel.getByTestId('fill-run').click();
  await expectStep(panel, 'done');
  const after = ticketOf(mock);
  expect(after.fields).toMatchObject({ STATUS: 'PENDING', PENDINGREASON: 'LOKASI-TUTUP' });
  expect(after.worklog).toHaveLength(1);
  expect(after.worklog[0]!.detailsText).toBe((await panel.getByTestId('step-finished').locator('blockquote.script').textContent())!.trim());
  expect((mock.state() as unknown as State).saves.filter((s) => s.ticketId === TICKET)).toHaveLength(1);
});

test.describe('faults end with a clear per-field message, no success, nothing claimed that NOSSA lacks', () => {
  async function expectNoSuccess(page: Page, context: Parameters<Parameters<typeof test>[2]>[0]['context'], extensionId: string) {
    const events = (await readTable<Row>(await extensionPage(context, extensionId), 'events')).filter((e) => e.ticketId === TICKET);
    const fills = events.filter((e) => e.type === 'fill.result');
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.every((e) => e.payload.ok === false)).toBe(true);
    expect(events.some((e) => e.type === 'update.applied')).toBe(false);
    return fills.at(-1)!.payload.fields as Array<{ field: string; status: string; reason: string }>;
  }

  test('a field missing from the page', async ({ openTicket, mock, context, extensionId }) => {
    mock.control({ hideFields: ['PENDINGUNTIL'] });
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'unreachable');
    await fillAndWait(panel);
    await expect(panel.getByTestId('fill-summary')).toContainText('Pengisian berhenti');
    await expect(panel.locator('li[data-field="pendingUntil"]')).toContainText('Field tidak ditemukan di halaman');
    const fields = await expectNoSuccess(page, context, extensionId);
    expect(fields.map((f) => [f.field, f.status, f.reason])).toEqual([
      ['pendingReason', 'done', null],
      ['pendingUntil', 'failed', 'field-missing'],
      ['workLogSummary', 'failed', 'skipped'],
      ['workLogDetails', 'failed', 'skipped'],
      ['workLogType', 'failed', 'skipped'],
      ['newStatus', 'failed', 'skipped'],
      ['statusMemo', 'failed', 'skipped'],
    ]);
    // What was reported done, NOSSA's server does hold (unsaved, in the page's ui session).
    const held = Object.values((mock.state() as unknown as State).uiSessions).map((u) => u.pending);
    expect(held.some((p) => p.PENDINGREASON === 'LOKASI-TUTUP')).toBe(true);
    await expect(panel.getByTestId('fill-verify')).toHaveCount(0);
  });

  test('the NOSSA session expiring mid-fill', async ({ openTicket, mock, context, extensionId }) => {
    mock.control({ waitDelayMs: 250 });
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'approved');
    await panel.getByTestId('fill-run').click();
    await expect(panel.locator('li[data-field="pendingUntil"][data-status="done"]')).toBeVisible({ timeout: 30_000 });
    mock.control({ expireSession: true });
    await expect(panel.getByTestId('fill-summary')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('input[type="password"]')).toBeVisible();
    await expect(panel.getByTestId('session-expired')).toBeVisible();
    await expect(panel.locator('li[data-reason="session-expired"]').first()).toContainText('tidak ada yang tersimpan');
    const fields = await expectNoSuccess(page, context, extensionId);
    expect(fields.filter((f) => f.status === 'done')).toEqual([]);
    expect(fields.some((f) => f.reason === 'session-expired')).toBe(true);
    expect((mock.state() as unknown as State).saves).toHaveLength(0);
    expect(ticketOf(mock).fields.STATUS).toBe('INPROG');
  });

  test('a 2-second #wait on every round trip', async ({ openTicket, mock }) => {
    test.setTimeout(180_000);
    mock.control({ waitDelayMs: 2000 });
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'declined');
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-summary')).toContainText('Semua field terisi', { timeout: 120_000 });
    await agentSaves(page, false);
    expect(ticketOf(mock).fields.OWNERGROUP).toBe(BACK_TO);
  });

  test('ids that differ on every load', async ({ openTicket, mock }) => {
    const page = await openTicket(TICKET);
    const idBefore = await page.locator('input[title^="Owner Group:"]').getAttribute('id');
    await page.reload();
    await expect(page.locator('input[title^="Owner Group:"]')).toBeVisible();
    expect(await page.locator('input[title^="Owner Group:"]').getAttribute('id')).not.toBe(idBefore);
    const panel = await toOutcome(page, 'unreachable');
    await fillAndWait(panel);
    await expect(panel.getByTestId('fill-summary')).toContainText('Semua field terisi');
    await agentSaves(page, true);
    expect(ticketOf(mock).fields.STATUS).toBe('PENDING');
  });
});
