import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { toOutcome, type FlowOutcome } from './flow-helpers';

const TICKET = 'IN110088258';

test.use({ withAgent: true });

/** Where an element sits, and where the panel's scrolling body shows it. */
const boxes = (panel: Locator, testId: string) =>
  panel.getByTestId(testId).evaluate((el) => {
    const body = el.closest('.pandu-body')!;
    const rect = el.getBoundingClientRect();
    const shown = body.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, bodyTop: shown.top, bodyBottom: shown.top + body.clientHeight, scrolled: body.scrollTop, innerHeight: window.innerHeight };
  });

/**
 * The outcome view as a new agent sees it on a 1366x768 screen (issue 14, item 3): the action
 * first, visible without scrolling in the 360 px panel; one compact row per field whose label
 * never wraps letter by letter; the work log folded.
 */
for (const outcome of ['approved', 'declined'] as FlowOutcome[]) {
  test(`${outcome}: "Isi NOSSA otomatis" shows without scrolling at 1366x768, above one compact row per field`, async ({ openTicket, nossaPage }, testInfo) => {
    await nossaPage.setViewportSize({ width: 1366, height: 768 });
    const page = await openTicket(TICKET);
    const panel = await toOutcome(page, outcome);
    const run = panel.getByTestId('fill-run');
    await expect(run).toHaveText('Isi NOSSA otomatis');
    await expect(run).toBeEnabled();

    // In view now, and it would be with the panel's body scrolled to its top (what an earlier step left scrolled does not count).
    const at = await boxes(panel, 'fill-run');
    expect(at.top).toBeGreaterThanOrEqual(at.bodyTop);
    expect(at.bottom).toBeLessThanOrEqual(Math.min(at.bodyBottom, at.innerHeight));
    expect(at.bottom + at.scrolled).toBeLessThanOrEqual(Math.min(at.bodyBottom, at.innerHeight));

    // One list, headed in the future tense, below the action; no table left to squeeze.
    await expect(panel.getByTestId('fill-fields-caption')).toHaveText('Akan diisi ke NOSSA');
    await expect(panel.locator('table')).toHaveCount(0);
    const labels = await panel
      .getByTestId('fill-fields')
      .locator('.row-label')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) })));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    // Every label on one line: "Work Log: Summary", never "Wor k Lo g".
    for (const label of labels) expect(label.height, label.text ?? '').toBeLessThan(label.line * 1.5);
    // The long work-log text is folded in its row; its editor opens on demand.
    await expect(panel.getByTestId('outcome-worklog')).toBeHidden();
    await panel.locator('[data-field="workLogDetails"] summary').click();
    await expect(panel.getByTestId('outcome-worklog')).toBeVisible();
    await panel.locator('[data-field="workLogDetails"] summary').click();

    await page.screenshot({ path: testInfo.outputPath(`outcome-view-${outcome}-1366x768.png`) });
  });
}
