import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, NOSSA_ORIGIN, NOSSA_APP_PATH } from './fixtures';
import { expectStep, panelOf, startFlow, submitRequest } from './flow-helpers';

test.use({ withAgent: true });

/**
 * Issue 12: every NOSSA page loads the content script only; the flow's steps (entrypoints/nossa-flow)
 * are injected by the background when a session is on view. Which scripts a page ran is read from
 * Chrome itself (DevTools protocol: every script parsed in the page's worlds, Pandu's isolated one
 * included), so "not injected" is judged against the content script seen in the same list.
 */
async function scriptsRunIn(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => url.startsWith(`chrome-extension://${extensionId}/`) && urls.push(url.slice(`chrome-extension://${extensionId}`.length)));
  await cdp.send('Debugger.enable');
  return {
    /** Pandu's scripts parsed since the last call, in order. */
    take: () => urls.splice(0),
  };
}

test('the flow’s steps are not loaded on a NOSSA list page; starting a session loads them once, and a reload resumes with them', async ({
  nossaPage: page,
  context,
  extensionId,
}) => {
  const scripts = await scriptsRunIn(context, page, extensionId);
  const panel = panelOf(page);

  await page.goto(`${NOSSA_ORIGIN}${NOSSA_APP_PATH}`);
  await expect(panel.getByText('Buka sebuah tiket di NOSSA untuk memulai.')).toBeVisible();
  // The panel is up, so the content script ran; nothing else of Pandu's did.
  expect(scripts.take()).toEqual(['/content-scripts/nossa.js']);

  // NOSSA opens a ticket in the same page; the agent starts its session.
  await page.locator('tr[title="Incident IN110088254"]').click();
  await expect(panel.getByTestId('pandu-ticket-id')).toHaveText('IN110088254');
  // The start screen is the content script's own: up, with no steps injected for it.
  await expect(panel.getByTestId('flow-start')).toBeVisible();
  expect(scripts.take()).toEqual([]);
  await startFlow(panel);
  expect(scripts.take()).toEqual(['/nossa-flow.js']);
  await submitRequest(panel);

  // After a reload (NOSSA's list again: the ticket was opened without navigation) the ticket
  // resumes its session at its step: the new page loads the steps again, once.
  await page.reload();
  await page.locator('tr[title="Incident IN110088254"]').click();
  await expectStep(panel, 'recheck');
  await expect(panel.getByTestId('recheck-ticketOpen')).toBeVisible();
  expect(scripts.take()).toEqual(['/content-scripts/nossa.js', '/nossa-flow.js']);
  await expect(panel.getByTestId('flow-steps-loading')).toHaveCount(0);
});
