import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, ticketUrl } from './fixtures';
import { expectStep, panelOf } from './flow-helpers';
import {
  Clicks,
  TICKET,
  eventsOf,
  expectNothingSaved,
  expectSavedAsImplied,
  expectStillOpen,
  messageBar,
  okButton,
  refOf,
  saveButton,
  savesOf,
  sessionRow,
  setAutoSave,
  stateOf,
  ticketOf,
  toOutcome,
  wibOf,
  type Outcome,
  type Row,
} from './fill-commit-helpers';

/**
 * Issue 11, "Done when": a session is finished only when NOSSA SAVED what the outcome implies
 * (mock.state() is the server's saved record, never the screen). Every outcome x "Isi dan simpan"
 * on/off x Change Status OK saving or not; the agent presses only OK when OK does not save; Save
 * rejected; the session expiring between fill and check; a work-log row left unsaved.
 */
test.use({ withAgent: true });

const OUTCOMES: Outcome[] = ['unreachable', 'approved', 'declined'];
const pended = (outcome: Outcome) => outcome !== 'declined';

/** The panel's finished view after a read-back: the fill and what NOSSA held, kept visible. */
async function expectFinishedByReadBack(page: Page) {
  const panel = panelOf(page);
  await expectStep(panel, 'done');
  await expect(panel.getByTestId('finished-applied')).toContainText('dibaca ulang');
  // Past tense once NOSSA's committed record was read back: saved per field, nothing failed, nothing "to be written".
  await expect(panel.getByTestId('finished-fields-caption')).toHaveText('Tersimpan di NOSSA (dibaca ulang dari tiket)');
  await expect(panel.getByTestId('finished-fields').locator('li[data-state="saved"]')).not.toHaveCount(0);
  await expect(panel.getByTestId('finished-fields').locator('li[data-state="failed"]')).toHaveCount(0);
  await expect(panel.getByTestId('step-finished')).not.toContainText('akan di');
}

async function expectTrailProves(context: Parameters<typeof eventsOf>[0], extensionId: string, typed: string) {
  const events = await eventsOf(context, extensionId);
  const types = events.map((e) => e.type);
  expect(types.filter((t) => t === 'fill.started')).toHaveLength(1);
  expect(events.filter((e) => e.type === 'fill.result').map((e) => e.payload.ok)).toEqual([true]);
  const verifies = events.filter((e) => e.type === 'fill.verify');
  expect(verifies.at(-1)!.payload).toMatchObject({ ok: true, phase: 'readBack' });
  expect(types.indexOf('fill.reload')).toBeGreaterThan(types.lastIndexOf('fill.result'));
  const applied = events.filter((e) => e.type === 'update.applied');
  expect(applied).toHaveLength(1);
  expect(applied[0]!.payload).toMatchObject({ by: 'fill', workLog: typed });
}

for (const okSaves of [true, false]) {
  test.describe(`OK ${okSaves ? 'saves' : 'leaves the record unsaved'}`, () => {
    test.use({ mockOptions: { okSaves } });

    for (const outcome of OUTCOMES) {
      test(`${outcome}, "Isi dan simpan" on: Pandu commits, reloads, reads back, and only then finishes`, async ({ openTicket, mock, context, extensionId }) => {
        await setAutoSave(context, extensionId, true);
        const before = ticketOf(mock);
        const page = await openTicket(TICKET);
        const panel = await toOutcome(page, outcome);
        const typed = (await panel.getByTestId('outcome-worklog').inputValue()).trim();
        const clicks = new Clicks();
        await clicks.panelClick(panel.getByTestId('fill-run'));
        await expectStep(panel, 'done'); // fill, OK (+ Save), record check, reload, read-back
        await expectFinishedByReadBack(page);
        const session = await sessionRow(context, extensionId);
        expect(session.status).toBe('done');
        expect(session.answers.workLog).toBe(typed);
        expectSavedAsImplied(before, ticketOf(mock), outcome, session);
        // One save: OK that saves, or OK then Save, never a second row or an empty Save.
        expect(savesOf(mock)).toHaveLength(1);
        await expectTrailProves(context, extensionId, typed);
        // The reloaded page holds nothing unsaved.
        await expect(saveButton(page)).toHaveClass(/\boff\b/);
        console.log(`clicks okSaves=${okSaves} ${outcome} autoSave=on: panel ${clicks.panel}, NOSSA ${clicks.nossa}`);
      });

      test(`${outcome}, "Isi dan simpan" off: the guidance follows the page until NOSSA saved, then "Periksa hasil" finishes`, async ({
        openTicket,
        mock,
        context,
        extensionId,
      }) => {
        const before = ticketOf(mock);
        const page = await openTicket(TICKET);
        const panel = await toOutcome(page, outcome);
        const typed = (await panel.getByTestId('outcome-worklog').inputValue()).trim();
        const clicks = new Clicks();
        await clicks.panelClick(panel.getByTestId('fill-run'));
        await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
        await expect(panel.getByTestId('fill-summary')).toContainText('Belum tentu tersimpan');
        expect(savesOf(mock)).toEqual([]); // saving is the agent's click
        const next = panel.getByTestId('fill-next');
        if (pended(outcome)) {
          // The fill leaves the Change Status dialog filled and open.
          await expect(next).toHaveAttribute('data-next', 'fill.next.dialogOpen');
          await clicks.nossaClick(okButton(page));
          if (!okSaves) {
            await expect(messageBar(page)).toContainText('BMXAA4210I');
            await expect(next).toHaveAttribute('data-next', 'fill.next.unsaved');
            await expect(next).toContainText('tekan Save');
            await expect(next.getByTestId('nossa-message')).toHaveAttribute('data-severity', 'info');
            await expect(next.getByTestId('nossa-message')).toContainText('BMXAA4210I');
            expect(savesOf(mock)).toEqual([]);
            await clicks.nossaClick(saveButton(page));
          }
        } else {
          await expect(next).toHaveAttribute('data-next', 'fill.next.unsaved');
          await expect(next).toContainText('tekan Save');
          await clicks.nossaClick(saveButton(page));
        }
        await expect(messageBar(page)).toContainText('BMXAA4205I');
        await expect(next).toHaveAttribute('data-next', 'fill.next.saved');
        await expectStep(panel, 'outcome'); // NOSSA saved, but nothing is done before the read-back
        await clicks.panelClick(panel.getByTestId('fill-verify'));
        await expectStep(panel, 'done');
        await expectFinishedByReadBack(page);
        const session = await sessionRow(context, extensionId);
        expect(session.answers.workLog).toBe(typed);
        expectSavedAsImplied(before, ticketOf(mock), outcome, session);
        expect(savesOf(mock)).toHaveLength(1);
        await expectTrailProves(context, extensionId, typed);
        console.log(`clicks okSaves=${okSaves} ${outcome} autoSave=off: panel ${clicks.panel}, NOSSA ${clicks.nossa}`);
      });
    }
  });
}

test.describe('"Isi dan simpan" on generated layouts, through the panel', () => {
  for (const [layoutSeed, okSaves] of [
    [3, false],
    [7, true],
    [11, false],
    [5, true],
  ] as const) {
    test.describe(`layout seed ${layoutSeed}, OK ${okSaves ? 'saves' : 'leaves unsaved'}`, () => {
      test.use({ mockOptions: { layoutSeed, okSaves } });
      test('unreachable: finished only with NOSSA holding exactly the pending and one work-log row', async ({ openTicket, mock, context, extensionId }) => {
        await setAutoSave(context, extensionId, true);
        const before = ticketOf(mock);
        const page = await openTicket(TICKET);
        const panel = await toOutcome(page, 'unreachable');
        const typed = (await panel.getByTestId('outcome-worklog').inputValue()).trim();
        await panel.getByTestId('fill-run').click();
        await expectStep(panel, 'done');
        await expectFinishedByReadBack(page);
        const session = await sessionRow(context, extensionId);
        expect(session.answers.workLog).toBe(typed);
        expectSavedAsImplied(before, ticketOf(mock), 'unreachable', session);
        expect(savesOf(mock)).toHaveLength(1);
      });
    });
  }
});

test.describe('OK that does not save, and the agent presses only OK', () => {
  test.use({ mockOptions: { okSaves: false } });
  test('"Periksa hasil" keeps the session open and says "tekan Save"; nothing was saved', async ({ openTicket, mock, context, extensionId }) => {
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'unreachable');
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
    await okButton(page).click();
    await expect(messageBar(page)).toContainText('BMXAA4210I');
    // The screen shows PENDING like a saved value; NOSSA saved nothing.
    expectNothingSaved(mock, before);

    await panel.getByTestId('fill-verify').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'verify-failed');
    await expect(panel.getByTestId('verify-failed')).toHaveAttribute('data-phase', 'record');
    await expect(panel.getByTestId('verify-failed')).toContainText('belum disimpan');
    const next = panel.getByTestId('fill-next');
    await expect(next).toHaveAttribute('data-next', 'fill.next.unsaved');
    await expect(next).toContainText('tekan Save');
    await expect(panel.getByTestId('fill-fields').locator('li[data-state="failed"][data-reason="unsaved"]')).not.toHaveCount(0);
    await expect(panel.getByTestId('fill-verified')).toHaveCount(0);
    await expectStillOpen(panel, context, extensionId);
    expectNothingSaved(mock, before);
    const verifies = (await eventsOf(context, extensionId)).filter((e) => e.type === 'fill.verify');
    expect(verifies.map((e) => [e.payload.ok, e.payload.phase])).toEqual([[false, 'record']]);
    expect((await eventsOf(context, extensionId)).some((e) => e.type === 'fill.reload')).toBe(false); // no reload dropped the unsaved values

    // The agent does what the panel says; then the check finishes it.
    await saveButton(page).click();
    await expect(messageBar(page)).toContainText('BMXAA4205I');
    await expect(panel.getByTestId('fill-verify')).toHaveAttribute('data-again', 'true');
    await panel.getByTestId('fill-verify').click();
    await expectStep(panel, 'done');
    expectSavedAsImplied(before, ticketOf(mock), 'unreachable', await sessionRow(context, extensionId));
  });
});

test.describe('Save rejected by NOSSA, "Isi dan simpan" on', () => {
  for (const [saveReject, code, outcome] of [
    ['required', 'BMXAA4195E', 'unreachable'],
    ['fieldError', 'BMXAA4191E', 'unreachable'],
    ['fieldError', 'BMXAA4191E', 'declined'],
  ] as const) {
    test.describe(`${saveReject}, ${outcome}`, () => {
      test.use({ mockOptions: { saveReject } });
      test(`the fill fails with NOSSA's own message (${code}); the session stays open; nothing saved`, async ({ openTicket, mock, context, extensionId }) => {
        await setAutoSave(context, extensionId, true);
        const before = ticketOf(mock);
        const page = await openTicket(TICKET);
        const panel = await toOutcome(page, outcome);
        await panel.getByTestId('fill-run').click();
        await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'fill-failed', { timeout: 60_000 });
        await expect(panel.getByTestId('fill-summary')).toContainText('Pengisian berhenti');
        const failed = panel.getByTestId('fill-fields').locator('li[data-state="failed"]').first();
        await expect(failed).toContainText(code);
        await expect(panel.getByTestId('fill-verify')).toHaveCount(0);
        await expectStillOpen(panel, context, extensionId);
        expectNothingSaved(mock, before);
        const results = (await eventsOf(context, extensionId)).filter((e) => e.type === 'fill.result');
        expect(results.map((e) => [e.payload.ok, e.payload.committed])).toEqual([[false, false]]);
        const stored = results[0]!.payload.fields.find((f: { status: string }) => f.status === 'failed');
        expect(stored.message).toContain(code);
        expect(stateOf(mock).requests.some((r: any) => r.result === 'error')).toBe(true);
      });
    });
  }
});

test.describe('the NOSSA session expires between the fill and the check', () => {
  test.use({ mockOptions: { okSaves: false } });
  test('no finish: the check says the session ended, the unsaved values are gone, nothing saved', async ({ openTicket, mock, context, extensionId }) => {
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'approved');
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
    await okButton(page).click();
    await expect(messageBar(page)).toContainText('BMXAA4210I');
    mock.control({ expireSession: true });
    await saveButton(page).click(); // the round trip that finds the session gone
    await expect(page.locator('input[type="password"]')).toBeVisible();
    await expect(panel.getByTestId('session-expired')).toBeVisible();

    await panel.getByTestId('fill-verify').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'verify-failed');
    await expect(panel.getByTestId('fill-next')).toHaveAttribute('data-next', 'fill.next.expired');
    await expect(panel.getByTestId('fill-next')).toContainText('Sesi NOSSA berakhir');
    await expect(panel.getByTestId('fill-fields').locator('li[data-state="failed"][data-reason="session-expired"]')).not.toHaveCount(0);
    await expect(panel.getByTestId('fill-verified')).toHaveCount(0);
    await expectStillOpen(panel, context, extensionId);
    expectNothingSaved(mock, before);
    const events = await eventsOf(context, extensionId);
    expect(events.filter((e) => e.type === 'fill.verify').map((e) => e.payload.ok)).toEqual([false]);
    expect(events.some((e) => e.type === 'fill.reload')).toBe(false);
  });
});

test.describe('a work-log row left unsaved', () => {
  test('reloaded without saving: the row is gone, the check refuses, "Isi ulang" fills again, one row in the end', async ({ openTicket, mock, context, extensionId }) => {
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'declined');
    const typed = (await panel.getByTestId('outcome-worklog').inputValue()).trim();
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
    expect(Object.values(stateOf(mock).uiSessions).some((u) => u.newWorklog.length === 1)).toBe(true); // on NOSSA's screen, not saved

    // The agent reloads instead of saving (answering the browser's leave prompt, if any).
    page.once('dialog', (d) => void d.accept());
    await page.goto(ticketUrl(TICKET));
    await expect(page.locator('input[title^="Incident:"]').first()).toHaveValue(TICKET);
    expectNothingSaved(mock, before);
    const session = await sessionRow(context, extensionId);
    expect(ticketOf(mock).worklog.filter((w) => w.summary.includes(refOf(session.id)))).toHaveLength(0);

    // A fresh page shows nothing unsaved; the check reloads and reads back: the row is not there.
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved');
    await panel.getByTestId('fill-verify').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'verify-failed', { timeout: 30_000 });
    await expect(panel.getByTestId('verify-failed')).toHaveAttribute('data-phase', 'readBack');
    await expect(panel.getByTestId('fill-fields').locator('li[data-field^="workLog"][data-state="failed"]')).not.toHaveCount(0);
    await expectStillOpen(panel, context, extensionId);

    // "Isi ulang" reads NOSSA first and types what is missing; the agent saves; the check finishes.
    await expect(panel.getByTestId('fill-run')).toHaveText('Isi ulang');
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
    await expect(panel.getByTestId('fill-next')).toHaveAttribute('data-next', 'fill.next.unsaved');
    await saveButton(page).click();
    await expect(messageBar(page)).toContainText('BMXAA4205I');
    await panel.getByTestId('fill-verify').click();
    await expectStep(panel, 'done');
    const done = await sessionRow(context, extensionId);
    expect(done.answers.workLog).toBe(typed);
    expectSavedAsImplied(before, ticketOf(mock), 'declined', done);
    expect(savesOf(mock)).toHaveLength(1);
    const events = await eventsOf(context, extensionId);
    expect(events.filter((e) => e.type === 'fill.started')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'update.applied')).toHaveLength(1);
  });
});

test.describe('the ticket on every tab, and the log equals what NOSSA got (items 6, 7)', () => {
  test('after the fill NOSSA shows the Log tab; facts read at HH:MM; stored and exported work log = NOSSA row, with name and phone', async ({
    openTicket,
    openExtensionPage,
    mock,
    context,
    extensionId,
  }) => {
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, 'declined');
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'filled-not-saved', { timeout: 60_000 });
    await expect(page.locator('a[role="tab"][aria-selected="true"]', { hasText: /^\s*Log\s*$/ })).toBeVisible();
    await expect(page.locator('input[title^="Contact Phone:"]')).toHaveCount(0); // not on the Log tab

    await panel.getByText('Data tiket').click(); // the facts box
    await expect(panel.locator('[data-field="status"] dd')).toHaveText(before.fields.STATUS!);
    await expect(panel.locator('[data-field="contactPhone"] dd')).toHaveText(before.fields.CONTACTPHONE!);
    await expect(panel.locator('[data-field="customerName"] dd')).toHaveText(before.fields.CUSTOMERNAME!);
    const readAt = await panel.getByTestId('facts-read-at').getAttribute('data-read-at');
    expect(Date.now() - Date.parse(readAt!)).toBeLessThan(5 * 60_000);
    await expect(panel.getByTestId('facts-read-at')).toHaveText(`(dibaca ${wibOf(readAt!).slice(11)} WIB)`); // the agent's zone

    // The work log still carries the customer's name and phone on the Log tab.
    const onLogTab = (await panel.getByTestId('outcome-worklog').inputValue()).trim();
    expect(onLogTab).toContain(before.fields.CUSTOMERNAME);
    expect(onLogTab).toContain(before.fields.CONTACTPHONE);
    expect(onLogTab).not.toMatch(/ - \(-\)|di -|Pelanggan - /);

    await saveButton(page).click();
    await expect(messageBar(page)).toContainText('BMXAA4205I');
    await panel.getByTestId('fill-verify').click();
    await expectStep(panel, 'done');

    const session = await sessionRow(context, extensionId);
    const row = ticketOf(mock).worklog.find((w) => w.summary.includes(refOf(session.id)))!;
    // Character for character: the session, the applied event, the typed step and NOSSA's row.
    expect(session.answers.workLog).toBe(onLogTab);
    expect(row.detailsText).toBe(session.answers.workLog);
    const events = await eventsOf(context, extensionId);
    expect(events.find((e) => e.type === 'update.applied')!.payload.workLog).toBe(row.detailsText);
    const started = events.find((e) => e.type === 'fill.started')!.payload;
    expect(started.steps.find((s: { field?: string }) => s.field === 'workLogDetails').value).toBe(row.detailsText);
    // Facts frozen at the outcome carry the name and phone, whatever tab was in view.
    const outcomeEvent = events.find((e) => e.type === 'customer.declined')!;
    expect(JSON.stringify(outcomeEvent.payload)).toContain(before.fields.CONTACTPHONE);
    expect(JSON.stringify(outcomeEvent.payload)).toContain(before.fields.CUSTOMERNAME);

    // The team lead's exports carry the same text: unmasked, exactly NOSSA's row; masked (the
    // default), the name and the phone's masked form, never "-".
    const dashboard = await openExtensionPage('dashboard.html');
    const exported = async (format: 'json' | 'csv', mask: boolean) => {
      await dashboard.getByTestId(`export-format-${format}`).check();
      await dashboard.getByTestId('export-mask').setChecked(mask);
      const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-run').click()]);
      return readFileSync(await download.path(), 'utf8');
    };
    const plain = JSON.parse(await exported('json', false));
    expect(plain.sessions.find((x: Row) => x.id === session.id).answers.workLog).toBe(row.detailsText);
    const phone = before.fields.CONTACTPHONE!;
    const maskedPhone = `${phone.slice(0, 4)}${'*'.repeat(phone.length - 7)}${phone.slice(-3)}`;
    for (const [text, shown] of [
      [await exported('csv', false), phone],
      [await exported('csv', true), maskedPhone],
    ] as const) {
      expect(text).toContain(before.fields.CUSTOMERNAME);
      expect(text).toContain(`${before.fields.CUSTOMERNAME} (${shown})`);
      expect(text).not.toMatch(/pelanggan - \(|\(-\)|di -[ ,;.]|Pelanggan - /);
    }
  });
});
