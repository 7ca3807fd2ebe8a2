// @ts-check
// The fewest round trips the look-alike needs for an outcome, done by hand: a person who knows
// Maximo's one-slot pending change lets each click carry the value typed before it. Counted in
// the look-alike's request log, and checked against what it saved, so the figure is real.
import { ticketUrl } from '../lib/chromium.mjs';

const DETAILS = 'Pelanggan tidak dapat dihubungi (bench).';

/**
 * Types like a person (focus, text, a key) so Maximo's change/keyup see it.
 * @param {import('@playwright/test').Locator} locator
 * @param {string} text
 */
async function type(locator, text) {
  await locator.fill(text);
  await locator.press('End');
}

/** @param {import('@playwright/test').Page} page */
async function settle(page) {
  await page.locator('#wait').waitFor({ state: 'hidden' });
}

/**
 * Performs one outcome by hand on the canonical layout and returns its round trips.
 * @param {import('@playwright/test').Page} page
 * @param {Pick<import('../../test/nossa-mock/server.mjs').MockServer, 'state'>} mock
 * @param {'pending' | 'declined'} outcome
 * @param {{ ticketId: string, until: string, okSaves: boolean }} options until in the look-alike's date format
 */
export async function minimumRoundTrips(page, mock, outcome, { ticketId, until, okSaves }) {
  await page.goto(ticketUrl(ticketId));
  await page.locator('input[title^="Incident:"]').first().waitFor();
  await settle(page);
  const before = mock.state().requests.length;
  // A click as NOSSA's own handlers take it, wherever Pandu's panel sits on the screen: this is
  // the run of a person working without Pandu.
  /** @param {import('@playwright/test').Locator} locator */
  const click = async (locator) => {
    await locator.focus().catch(() => undefined); // a click moves focus: the field typed in blurs
    await locator.dispatchEvent('click');
    await settle(page);
  };
  if (outcome === 'pending') {
    await click(page.getByLabel('Pending Reason', { exact: true }));
    await click(page.locator('#menuholder [role="menuitem"]', { hasText: 'LOKASI-TUTUP' }));
    await type(page.getByLabel('Pending Until', { exact: true }), until);
  } else {
    await type(page.getByLabel('Owner Group', { exact: true }), 'ACCESS BDG');
  }
  await click(page.locator('a[role="tab"]', { hasText: /^Log$/ })); // carries the typed value
  await click(page.getByRole('button', { name: 'New Row' }));
  await type(page.getByLabel('Summary', { exact: true }).last(), `Bench ${outcome}`);
  const body = page.frameLocator('iframe[title="Details"]').locator('body');
  await body.focus(); // focusing the editor sends the summary
  await settle(page);
  await page.keyboard.type(DETAILS);
  if (outcome === 'pending') {
    await click(page.locator('a[eventtype="STATUS"]')); // carries the details
    await click(page.getByLabel('New Status', { exact: true }));
    await click(page.locator('#menuholder [role="menuitem"]', { hasText: 'PENDING' }).first());
    await type(page.locator('#dialogholder textarea'), 'Pending (bench)');
    await click(page.locator('#dialogholder button', { hasText: 'OK' })); // carries the memo
    if (!okSaves) await click(page.locator('a[eventtype="SAVE"]'));
  } else {
    await click(page.locator('a[eventtype="SAVE"]'));
  }
  const state = mock.state();
  const ticket = state.tickets[ticketId];
  const saved =
    ticket !== undefined &&
    ticket.worklog.some((w) => w.detailsText.includes(DETAILS)) &&
    (outcome === 'pending' ? ticket.fields.STATUS === 'PENDING' : ticket.fields.OWNERGROUP === 'ACCESS BDG');
  if (!saved) throw new Error(`the hand-made ${outcome} did not save: ${JSON.stringify(state.requests.slice(before).map((r) => r.message ?? r.result))}`);
  return state.requests.length - before;
}
