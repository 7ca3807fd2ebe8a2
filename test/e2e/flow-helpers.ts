import { expect, type Locator, type Page } from '@playwright/test';

export const panelOf = (page: Page) => page.locator('pandu-panel');

/** A local date-time N hours from now, as Pandu's entry takes it ("dd-mm-yyyy HH:mm", 24-hour), in the page's zone. */
export async function localInputIn(page: Page, hours: number): Promise<string> {
  return page.evaluate((hours) => {
    const d = new Date(Date.now() + hours * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, hours);
}

export async function expectStep(panel: Locator, step: string) {
  await expect(panel.getByTestId('flow')).toHaveAttribute('data-step', step);
}

export async function startFlow(panel: Locator) {
  await panel.getByTestId('flow-start').click();
  await expectStep(panel, 'request');
}

export async function submitRequest(panel: Locator, { name = 'Asep Saepudin', reason = 'PLG-RESCHEDULE', note = 'Teknisi minta jadwal ulang besok' } = {}) {
  await panel.getByTestId('request-name').fill(name);
  await panel.getByTestId('request-reason').selectOption(reason);
  await panel.getByTestId('request-note').fill(note);
  await panel.getByTestId('request-submit').click();
  await expectStep(panel, 'recheck');
}

export async function confirmRecheck(panel: Locator) {
  for (const point of ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches']) {
    await panel.getByTestId(`recheck-${point}`).check();
  }
  await panel.getByTestId('recheck-submit').click();
  await expectStep(panel, 'call');
}

/** From the ticket's "start" to the call step (1.2.2): the request, then the re-check. */
export async function toCallStep(panel: Locator, request?: Parameters<typeof submitRequest>[1]) {
  await startFlow(panel);
  await submitRequest(panel, request);
  await confirmRecheck(panel);
}

/** Logs one call attempt and waits until the call log lists `count` of them (stored by then). */
export async function logAttempt(panel: Locator, result: 'no-answer' | 'busy' | 'inactive' | 'wrong-number', count: number) {
  await panel.getByTestId(`attempt-${result}`).click();
  await expect(panel.getByTestId('attempt-list').locator('li')).toHaveCount(count);
}

/** Waits until what was typed is stored by the background (the panel says "Draf tersimpan"). */
export async function draftSaved(panel: Locator) {
  await expect(panel.getByTestId('draft-state')).toHaveAttribute('data-state', 'saved');
}

export type FlowOutcome = 'unreachable' | 'approved' | 'declined';

/**
 * From "Mulai pending tiket" to the outcome step (reason LOKASI-TUTUP): two failed calls and a
 * pending time for "unreachable", a connected call and the customer's answer otherwise. A declined
 * request names the related party's group it goes back to.
 */
export async function toOutcome(page: Page, outcome: FlowOutcome, { backTo = 'ACCESS BDG' } = {}): Promise<Locator> {
  const panel = panelOf(page);
  await startFlow(panel);
  if (outcome === 'declined') await panel.getByTestId('request-group').fill(backTo);
  await submitRequest(panel, { reason: 'LOKASI-TUTUP' });
  await confirmRecheck(panel);
  if (outcome === 'unreachable') {
    await panel.getByTestId('attempt-no-answer').click();
    await panel.getByTestId('attempt-inactive').click();
    await panel.getByTestId('unreachable-until').fill(await localInputIn(page, 20));
    await panel.getByTestId('declare-unreachable').click();
  } else {
    await panel.getByTestId('attempt-connected').click();
    if (outcome === 'approved') {
      await panel.getByTestId('approve-until').fill(await localInputIn(page, 30));
      await panel.getByTestId('approve').click();
    } else {
      await panel.getByTestId('decline').click();
    }
  }
  await expectStep(panel, 'outcome');
  return panel;
}
