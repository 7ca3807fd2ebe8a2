import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test, NOSSA_ORIGIN } from './fixtures';
import { BACK_TO, TICKET, expectSavedAsImplied, savesOf, sessionRow, setAutoSave, ticketOf, type Outcome } from './fill-commit-helpers';
import { expectStep, panelOf } from './flow-helpers';

/**
 * Issue 14, "Done when": every outcome with the KEYBOARD ALONE, from the panel's start button to
 * NOSSA proven saved (the read-back's done state, as fill-commit.spec.ts checks it), with no click
 * at all. Focus is asserted after every step: it must land where the agent continues.
 *
 * Key presses are counted: a typed string counts its characters, any other press (Tab, Enter,
 * Space, an arrow, a letter picking a list entry) counts 1, and so does the panel shortcut.
 * Before this work (issue 14, measured by hand): unreachable took 3 clicks + 107 keys.
 *
 * Headless Chromium cannot press an extension's shortcut (manifest `commands`): the test fires the
 * command the way Chrome does, by dispatching chrome.commands.onCommand in the service worker with
 * the NOSSA tab, which runs the very listener (background/commands.ts) a real Alt+Shift+P reaches.
 *
 * "Isi dan simpan" is on (the lead's setting): Pandu presses OK / Save itself, so the whole outcome
 * stays in the panel; with it off the agent presses OK or Save in NOSSA (fill-commit.spec.ts).
 */
test.use({ withAgent: true });

/** The agent at the keyboard, counting what they press. */
class Keyboard {
  keys = 0;
  constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      this.keys++;
      await this.page.keyboard.press(key);
    }
  }

  async type(text: string) {
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }

  /** The panel shortcut (Alt+Shift+P), as Chrome delivers it to the background (see above). */
  async shortcut() {
    this.keys++;
    await runShortcut(this.context);
  }
}

async function runShortcut(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (origin) => {
    const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
    (chrome.commands.onCommand as unknown as { dispatch(command: string, tab?: chrome.tabs.Tab): void }).dispatch('focus-panel', tab);
  }, NOSSA_ORIGIN);
}

const focusOn = (panel: Locator, testId: string) => expect(panel.getByTestId(testId)).toBeFocused();

/** From the page as it loads to the outcome step, keyboard only; focus checked at every step. */
async function walkToOutcome(page: Page, keyboard: Keyboard, outcome: Outcome) {
  const panel = panelOf(page);
  await expect(panel.getByTestId('flow-start')).toBeVisible();
  // Nothing was taken from NOSSA on load; the shortcut brings the agent in.
  await expect(panel.getByTestId('flow-start')).not.toBeFocused();
  await keyboard.shortcut();
  await focusOn(panel, 'flow-start');
  await keyboard.press('Enter');

  // 1.2.1: the requester (typed), the group (past "read NOSSA's list": the ticket's own, or the
  // related party's for a request the customer will decline: Tab selects the field's text, typing
  // replaces it), the reason (its first letter picks it in the list), then Enter on the list
  // sends the step.
  await expectStep(panel, 'request');
  await focusOn(panel, 'request-name');
  await keyboard.type('Asep Saepudin');
  await keyboard.press('Tab', 2);
  await focusOn(panel, 'request-group');
  if (outcome === 'declined') await keyboard.type(BACK_TO);
  await keyboard.press('Tab');
  await focusOn(panel, 'request-reason');
  await keyboard.press('L');
  await expect(panel.getByTestId('request-reason')).toHaveValue('LOKASI-TUTUP');
  await keyboard.press('Enter');

  // 1.2.2: the page confirmed three points; focus is on the one left. Space ticks it, Enter sends.
  await expectStep(panel, 'recheck');
  await focusOn(panel, 'recheck-requestMatches');
  await keyboard.press('Space');
  await keyboard.press('Enter');

  // 1.2.2: the call results.
  await expectStep(panel, 'call');
  await focusOn(panel, 'attempt-connected');
  if (outcome === 'unreachable') {
    await keyboard.press('ArrowRight');
    await focusOn(panel, 'attempt-no-answer');
    await keyboard.press('Enter');
    await expect(panel.getByTestId('attempt-list').locator('li')).toHaveCount(1);
    // Logged: focus stayed on the button pressed, ready for the next call.
    await focusOn(panel, 'attempt-no-answer');
    await keyboard.press('Enter');
    await expect(panel.getByTestId('attempt-list').locator('li')).toHaveCount(2);
    // Enough failed calls: on to "tidak terhubung", the proposed pending time already filled in.
    await focusOn(panel, 'declare-unreachable');
    await keyboard.press('Enter');
  } else {
    await keyboard.press('Enter');
    await expectStep(panel, 'explain');
    await focusOn(panel, 'approve');
    if (outcome === 'approved') await keyboard.press('Enter');
    else {
      await keyboard.press('Tab');
      await focusOn(panel, 'decline-note');
      await keyboard.press('Tab');
      await focusOn(panel, 'decline');
      await keyboard.press('Enter');
    }
  }
  await expectStep(panel, 'outcome');
  await focusOn(panel, 'fill-run');
  return panel;
}

for (const outcome of ['unreachable', 'approved', 'declined'] as const) {
  test(`${outcome}, keyboard alone: from "Mulai" to NOSSA saved and read back`, async ({ openTicket, mock, context, extensionId }) => {
    await setAutoSave(context, extensionId, true);
    const before = ticketOf(mock);
    const page = await openTicket(TICKET);
    const keyboard = new Keyboard(page, context);
    const panel = await walkToOutcome(page, keyboard, outcome);

    // "Isi NOSSA otomatis": fill, OK (and Save), the record's check, the reload, the read-back.
    await keyboard.press('Enter');
    await expectStep(panel, 'done');
    await expect(panel.getByTestId('finished-applied')).toContainText('dibaca ulang');
    const session = await sessionRow(context, extensionId);
    expect(session.status).toBe('done');
    expectSavedAsImplied(before, ticketOf(mock), outcome, session);
    expect(savesOf(mock)).toHaveLength(1);

    console.log(`keyboard ${outcome}: 0 clicks + ${keyboard.keys} keys`);
    // Before (issue 14): unreachable 3 clicks + 107 keys.
    expect(keyboard.keys).toBeLessThan(60);
  });
}

test('the shortcut goes into the panel and back to the NOSSA field the agent was in', async ({ openTicket, context }) => {
  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await expect(panel.getByTestId('flow-start')).toBeVisible();
  const summary = page.locator('input[title^="Summary"]').first();
  await summary.focus();

  await runShortcut(context);
  await expect(panel.getByTestId('flow-start')).toBeFocused();
  await runShortcut(context);
  await expect(summary).toBeFocused();

  // Back and forth again, from a step inside the flow.
  await runShortcut(context);
  await expect(panel.getByTestId('flow-start')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('request-name')).toBeFocused();
  await runShortcut(context);
  await expect(summary).toBeFocused();
  await runShortcut(context);
  await expect(panel.getByTestId('request-name')).toBeFocused();
});

test('the shortcut opens a collapsed panel onto the step, and a second press returns to NOSSA', async ({ openTicket, context }) => {
  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await panel.getByTestId('pandu-collapse').click();
  await expect(panel.getByTestId('pandu-expand')).toBeVisible();
  await runShortcut(context);
  await expect(panel.getByTestId('flow-start')).toBeFocused();
  await runShortcut(context);
  // The agent was on no NOSSA field: back to NOSSA's main field, the ticket id.
  await expect(page.locator('input[title^="Incident:"]').first()).toBeFocused();
});

test('typing in NOSSA is never interrupted: a step another tab takes does not move focus', async ({ openTicket, context }) => {
  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await panel.getByTestId('flow-start').click();
  await expect(panel.getByTestId('request-name')).toBeFocused();
  await panel.getByTestId('request-name').fill('Asep Saepudin');
  await panel.getByTestId('request-reason').selectOption('LOKASI-TUTUP');
  await panel.getByTestId('request-submit').click();
  await expectStep(panel, 'recheck');

  // The agent types in NOSSA while a second tab on the same ticket confirms the re-check.
  const summary = page.locator('input[title^="Summary"]').first();
  await summary.click();
  await page.keyboard.type('abc');
  const second = await context.newPage();
  await second.goto(page.url());
  const other = panelOf(second);
  for (const point of ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches']) await other.getByTestId(`recheck-${point}`).check();
  await other.getByTestId('recheck-submit').click();
  await expectStep(panel, 'call'); // the first tab follows, live
  await expect(summary).toBeFocused();
  await page.keyboard.type('d');
  await expect(summary).toHaveValue(/abcd$/);
});

test('the step chips name every step and fit the 360 px panel', async ({ openTicket }) => {
  const page = await openTicket(TICKET);
  const panel = panelOf(page);
  await panel.getByTestId('flow-start').click();
  const chips = panel.getByTestId('step-chips');
  await expect(chips.locator('li')).toHaveText([/Request$/, /Cek ulang$/, /Telepon$/, /Konfirmasi$/, /Update$/, /Selesai$/]);
  await expect(chips.locator('li[aria-current="step"]')).toHaveAttribute('title', 'Langkah 1.2.1: Terima request pending');
  // Every name whole, all six in one row, inside the panel's 360 px.
  const fit = await chips.evaluate((list) => {
    const items = [...list.querySelectorAll('li')];
    return {
      whole: items.every((li) => li.scrollWidth <= li.clientWidth),
      rows: new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size,
      width: list.getBoundingClientRect().width,
    };
  });
  expect(fit).toMatchObject({ whole: true, rows: 1 });
  expect(fit.width).toBeLessThanOrEqual(360);
});
