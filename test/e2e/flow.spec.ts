import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmRecheck, draftSaved, expectStep, localInputIn, logAttempt, panelOf, startFlow, submitRequest, toCallStep } from './flow-helpers';
import { AGENT, extensionPage, readTable, recordRequests } from './helpers';

const TICKET = 'IN110088251';
type Row = Record<string, any>;

test.use({ withAgent: true });

/** The stored session of the ticket and its events, oldest first, read from the extension origin. */
async function stored(page: Page, ticketId = TICKET) {
  const sessions = (await readTable<Row>(page, 'sessions')).filter((s) => s.ticketId === ticketId);
  const events = (await readTable<Row>(page, 'events')).filter((e) => e.ticketId === ticketId).sort((a, b) => a.at.localeCompare(b.at));
  return { sessions, events };
}

test.describe('the guided flow ends with what the instruction implies in the database', () => {
  test('unreachable (1.2.4): two failed calls, pended with the requester reason', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await toCallStep(panel);
    await logAttempt(panel, 'no-answer', 1);
    await expect(panel.getByTestId('declare-unreachable')).toHaveCount(0); // only after the minimum
    await logAttempt(panel, 'busy', 2);
    await panel.getByTestId('declare-unreachable').click();
    await expectStep(panel, 'outcome');
    await expect(panel.getByTestId('fill-fields-caption')).toHaveText('Akan diisi ke NOSSA');
    await expect(panel.getByTestId('fill-fields').locator('[data-field="newStatus"]')).toContainText('PENDING');
    await expect(panel.getByTestId('fill-fields').locator('[data-field="pendingReason"]')).toContainText('PLG-RESCHEDULE');
    await expect(panel.getByTestId('outcome-worklog')).toHaveValue(/tidak dapat dihubungi.*2 kali panggilan/);
    await panel.getByTestId('applied-manually').click();
    await expectStep(panel, 'done');

    const { sessions, events } = await stored(await extensionPage(context, extensionId));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ status: 'done', outcome: 'unreachable', agentId: AGENT.nossaUserId, procedure: { id: 'IN.OCC.TENESA.W-02', effectiveDate: '2021-08-01' } });
    expect(sessions[0]!.answers.attempts.map((a: Row) => a.result)).toEqual(['no-answer', 'busy']);
    expect(sessions[0]!.answers.pendingUntil).toBeTruthy();
    expect(events.map((e) => e.type)).toEqual([
      'session.started',
      'request.submitted',
      'recheck.confirmed',
      'call.attempt',
      'call.attempt',
      'outcome.unreachable',
      'update.applied',
    ]);
    expect(events.every((e) => e.agentId === AGENT.nossaUserId && e.procedureRevision === 'IN.OCC.TENESA.W-02 rev - (2021-08-01)')).toBe(true);
  });

  test('approved (1.2.5): the customer agrees to a time, shown in the agent’s zone', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await toCallStep(panel);
    await panel.getByTestId('attempt-connected').click();
    await expectStep(panel, 'explain');
    await expect(panel.getByTestId('customer-script')).toContainText('Pelanggan minta jadwal ulang kunjungan');
    await panel.getByTestId('approve-until').fill(await localInputIn(page, 100)); // beyond the 72 h maximum
    await expect(panel.getByTestId('approve')).toBeDisabled();
    await expect(panel.getByText('paling lama 72 jam', { exact: false })).toBeVisible();
    const agreed = await localInputIn(page, 26);
    await panel.getByTestId('approve-until').fill(agreed);
    await expect(panel.getByText(/ WIB$/).first()).toBeVisible();
    await panel.getByTestId('approve').click();
    await expectStep(panel, 'outcome');
    await expect(panel.getByTestId('fill-fields').locator('[data-field="pendingUntil"]')).toContainText('WIB');
    await panel.getByTestId('applied-manually').click();
    await expectStep(panel, 'done');

    const { sessions, events } = await stored(await extensionPage(context, extensionId));
    expect(sessions[0]).toMatchObject({ status: 'done', outcome: 'approved' });
    const until = new Date(sessions[0]!.answers.pendingUntil);
    expect(Math.abs(until.getTime() - (Date.now() + 26 * 3_600_000))).toBeLessThan(5 * 60_000);
    expect(events.map((e) => e.type)).toEqual(['session.started', 'request.submitted', 'recheck.confirmed', 'call.attempt', 'customer.approved', 'update.applied']);
    expect(events.find((e) => e.type === 'update.applied')!.payload.workLog).toContain('menyetujui pending');
  });

  test('declined (1.2.6): nothing pended, the ticket goes back to the related party’s group', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await startFlow(panel);
    await panel.getByTestId('request-group').fill('ACCESS BDG');
    await submitRequest(panel);
    await confirmRecheck(panel);
    await panel.getByTestId('attempt-connected').click();
    await panel.getByTestId('decline-note').fill('Pelanggan minta diperbaiki hari ini');
    await panel.getByTestId('decline').click();
    await expectStep(panel, 'outcome');
    const plan = panel.getByTestId('fill-fields');
    await expect(plan.locator('[data-field="ownerGroup"]')).toContainText('ACCESS BDG');
    await expect(plan.locator('[data-field="newStatus"]')).toHaveCount(0);
    await expect(plan).not.toContainText('PENDING');
    await panel.getByTestId('applied-manually').click();
    await expectStep(panel, 'done');

    const { sessions, events } = await stored(await extensionPage(context, extensionId));
    expect(sessions[0]).toMatchObject({
      status: 'done',
      outcome: 'declined',
      answers: { pendingUntil: null, answer: { kind: 'declined', note: 'Pelanggan minta diperbaiki hari ini' } },
    });
    expect(events.find((e) => e.type === 'customer.declined')!.payload).toMatchObject({ step: '1.2.6', forwardTo: 'ACCESS BDG' });
    expect(events.find((e) => e.type === 'update.applied')!.payload.workLog).toContain('diteruskan kembali ke ACCESS BDG');
  });

  test('cancelled: abandoned with a reason, read-only afterwards, and a new request starts afresh', async ({ openTicket, context, extensionId }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    await startFlow(panel);
    await submitRequest(panel);
    await panel.getByTestId('cancel-open').click();
    await panel.getByTestId('cancel-reason').fill('Request dibatalkan pihak terkait');
    await panel.getByTestId('cancel-confirm').click();
    await expectStep(panel, 'cancelled');
    await expect(panel.getByTestId('step-finished')).toContainText('Request dibatalkan pihak terkait');
    await expect(panel.getByTestId('flow-back')).toHaveCount(0);

    const ext = await extensionPage(context, extensionId);
    const first = await stored(ext);
    let sessions = first.sessions;
    const events = first.events;
    expect(sessions[0]).toMatchObject({ status: 'cancelled', outcome: 'cancelled', answers: { cancel: { reason: 'Request dibatalkan pihak terkait', atStep: 'recheck' } } });
    expect(events.at(-1)).toMatchObject({ type: 'flow.cancelled', payload: { reason: 'Request dibatalkan pihak terkait' } });

    await panel.getByTestId('flow-new').click();
    await expectStep(panel, 'request');
    ({ sessions } = await stored(ext));
    expect(sessions.map((s) => s.status).sort()).toEqual(['cancelled', 'open']);
  });
});

test.describe('durability', () => {
  test('a reload at each step resumes there, with typed-but-unsent input kept', async ({ openTicket }) => {
    const page = await openTicket(TICKET);
    const panel = panelOf(page);
    const reload = async (step: string) => {
      await page.reload();
      await expectStep(panel, step);
    };
    await startFlow(panel);

    await panel.getByTestId('request-name').fill('Ujang Setengah');
    await panel.getByTestId('request-note').fill('belum dikirim');
    await draftSaved(panel);
    await reload('request');
    await expect(panel.getByTestId('request-name')).toHaveValue('Ujang Setengah');
    await expect(panel.getByTestId('request-note')).toHaveValue('belum dikirim');
    await submitRequest(panel);

    await panel.getByTestId('recheck-requestMatches').check();
    await draftSaved(panel);
    await reload('recheck');
    await expect(panel.getByTestId('recheck-requestMatches')).toBeChecked();
    await confirmRecheck(panel);

    await panel.getByTestId('attempt-no-answer').click();
    await panel.getByTestId('attempt-no-answer').click();
    const until = await localInputIn(page, 30);
    await panel.getByTestId('unreachable-until').fill(until);
    await draftSaved(panel);
    await reload('call');
    await expect(panel.getByTestId('attempt-list').locator('li')).toHaveCount(2);
    await expect(panel.getByTestId('unreachable-until')).toHaveValue(until);

    await panel.getByTestId('attempt-connected').click();
    await panel.getByTestId('decline-note').fill('alasan setengah jadi');
    await draftSaved(panel);
    await reload('explain');
    await expect(panel.getByTestId('decline-note')).toHaveValue('alasan setengah jadi');
    await panel.getByTestId('decline').click();

    await panel.locator('[data-field="workLogDetails"] summary').click(); // the work log is folded in its row
    await panel.getByTestId('outcome-worklog').fill('Work log yang diubah agen');
    await draftSaved(panel);
    await reload('outcome');
    await expect(panel.getByTestId('outcome-worklog')).toHaveValue('Work log yang diubah agen');
  });

  test('two tabs on one ticket share one session, live', async ({ context, openTicket, extensionId }) => {
    const first = await openTicket(TICKET);
    const second = await openTicket(TICKET, await context.newPage());
    const [a, b] = [panelOf(first), panelOf(second)];
    // Both agents' clicks race, pressed at once (a Playwright click on the loser's button would
    // wait for a button that may already have turned into the live flow).
    await expect(a.getByTestId('flow-start')).toBeVisible();
    await expect(b.getByTestId('flow-start')).toBeVisible();
    const press = (panel: typeof a) => panel.getByTestId('flow-start').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
    await Promise.all([press(a), press(b)]);
    await expectStep(a, 'request');
    await expectStep(b, 'request');
    await expect(a.getByTestId('flow')).toHaveAttribute('data-session', (await b.getByTestId('flow').getAttribute('data-session'))!);

    await submitRequest(a);
    await expectStep(b, 'recheck'); // followed live, without a reload
    await b.getByTestId('recheck-requestMatches').check();
    await expect(a.getByTestId('recheck-requestMatches')).toBeChecked(); // the draft follows too

    const { sessions } = await stored(await extensionPage(context, extensionId));
    expect(sessions).toHaveLength(1);
  });
});

test('a ticket summary with HTML in it shows as text and runs nothing', async ({ openTicket, mock, nossaPage }) => {
  const state = mock.state() as { tickets: Record<string, { fields: Record<string, string> }> };
  const [ticketId] = Object.entries(state.tickets).find(([, t]) => t.fields.DESCRIPTION?.includes('<img src=x onerror=alert(1)>'))!;
  const requests = recordRequests(nossaPage);
  const page = await openTicket(ticketId, nossaPage);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const panel = panelOf(page);
  await panel.getByText('Data tiket').click();
  await expect(panel.locator('[data-field="summary"] dd')).toHaveText(/<img src=x onerror=alert\(1\)>/);
  await expect(panel.locator('img')).toHaveCount(0);
  // The page has made no request for the summary's image, up to one of its own that completed: no
  // <img src=x> was made anywhere in it, so no onerror can run.
  expect(await requests.through()).not.toContain(await page.evaluate(() => new URL('x', document.baseURI).href));
  expect(dialogs).toEqual([]);
});
