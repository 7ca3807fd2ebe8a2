import type { Page, TestInfo } from '@playwright/test';
import type { Outcome } from '../../lib/schema';
import type { AttemptResult } from '../../lib/procedure';
import { seedLog } from '../../scripts/bench/dashboard-seed.mjs';
import { createMember, createTeam, sessionsOf, storeRecords, type Member } from '../server/seed';
import { sessionRecord } from '../server/seed-records';
import { expect, test } from './fixtures';
import { connectAsLead, startTeamServer, type TeamServer } from './team-server';

/**
 * The dashboard as a team lead sees it on a 1366x768 laptop and a 1920x1080 screen (issue 15,
 * item 5): the columns a lead reads fit without scrolling sideways, the rest are a keyboard-
 * usable column chooser away and stay chosen after a reload; every chart legend's swatch is the
 * colour its bars are drawn in, as the browser computes both; axis text is at least 11 px on
 * screen. The same on the team server's data. Screenshots are attached to each test.
 */

/** What a lead sees by default (logs/table-columns.tsx): at 1366 px the core, at 1920 px the area and end time too. */
const CORE = ['ticketId', 'agentId', 'startedMs', 'handlingSeconds', 'outcome', 'reasonCode', 'pendingUntilMs', 'attempts', 'fill'];
const AT_1920 = ['ticketId', 'agentId', 'area', 'startedMs', 'endedMs', 'handlingSeconds', 'outcome', 'reasonCode', 'pendingUntilMs', 'attempts', 'fill'];
/** Columns whose values are never cut short (the growing ones, names and codes, may end in "…" with the whole on hover). */
const NEVER_CUT = ['ticketId', 'area', 'startedMs', 'endedMs', 'handlingSeconds', 'outcome', 'pendingUntilMs', 'attempts'];

const VIEWPORTS = [
  { width: 1366, height: 768, defaults: CORE },
  { width: 1920, height: 1080, defaults: AT_1920 },
] as const;

/** A screenshot kept in the test's output folder (test-results/<test>/) and attached to its report. */
async function attachShot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const headerKeys = (page: Page) => page.locator('.log-head [role=columnheader]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column')));

/** The table as shown: no sideways scroll, its headers inside it, and the fixed columns' values whole. */
async function expectTableFits(page: Page, columns: readonly string[]) {
  await expect.poll(() => headerKeys(page)).toEqual(columns);
  const table = page.getByTestId('log-table');
  const fit = await table.evaluate((element, neverCut) => {
    const box = element.getBoundingClientRect();
    const headersOutside = [...element.querySelectorAll('.log-head [role=columnheader]')]
      .filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5)
      .map((cell) => cell.textContent);
    const cut: string[] = [];
    for (const cell of element.querySelectorAll<HTMLElement>('[data-testid=log-row] [role=gridcell]')) {
      if (!neverCut.includes(cell.dataset.column ?? '')) continue;
      const range = document.createRange();
      range.selectNodeContents(cell);
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (range.getBoundingClientRect().width > room + 0.5) cut.push(`${cell.dataset.column}: ${cell.textContent}`);
    }
    const rows = element.querySelectorAll('[data-testid=log-row]').length;
    return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, headersOutside, cut, rows };
  }, NEVER_CUT);
  expect(fit.rows).toBeGreaterThan(5);
  expect(fit.scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(fit.clientWidth);
  expect(fit.headersOutside).toEqual([]);
  expect(fit.cut).toEqual([]);
}

/**
 * Every legend swatch against every bar of its series, as the browser paints them (computed
 * style), and the outcome series that had drifted (cancelled, open, unreachable) among them.
 */
async function expectLegendsMatchBars(page: Page) {
  for (const [chart, series] of [
    ['chart-outcomes', ['approved', 'unreachable', 'declined', 'cancelled', 'open']],
    ['chart-readiness', ['onTime', 'late', 'missing']],
  ] as const) {
    const drawn = await page.getByTestId(chart).evaluate((figure) =>
      [...figure.querySelectorAll<HTMLElement>('.legend li[data-series]')].map((item) => ({
        key: item.dataset.series!,
        swatch: getComputedStyle(item.querySelector('.swatch')!).backgroundColor,
        bars: [...new Set([...figure.querySelectorAll(`rect[data-series="${item.dataset.series}"]`)].map((rect) => getComputedStyle(rect).fill))],
      })),
    );
    expect(drawn.map((d) => d.key)).toEqual(series);
    for (const { key, swatch, bars } of drawn) {
      if (chart === 'chart-outcomes') expect(bars.length, `${key} has bars`).toBe(1);
      expect(swatch, `${chart} ${key}`).toMatch(/^rgb\(/);
      if (bars.length) expect(bars, `${chart} ${key}: bars vs legend swatch`).toEqual([swatch]);
    }
  }
  // The unreachable share is drawn in the outcome's colour: the same as its swatch in the outcome chart.
  const unreachable = await page
    .getByTestId('chart-outcomes')
    .locator('.legend li[data-series=unreachable] .swatch')
    .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
  const shareFills = await page
    .getByTestId('chart-unreachable')
    .locator('rect[data-series=share]')
    .evaluateAll((rects) => [...new Set(rects.map((rect) => getComputedStyle(rect).fill))]);
  expect(shareFills).toEqual([unreachable]);
}

/** Axis text measured on screen: at least 11 px tall and an effective font of at least 11 px; period labels apart and inside their chart. */
async function expectReadableAxes(page: Page) {
  const charts = await page.locator('figure.chart svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].map((text) => {
        const rect = text.getBoundingClientRect();
        return {
          text: text.textContent,
          x: text.classList.contains('x-label'),
          left: rect.left,
          right: rect.right,
          height: rect.height,
          font: parseFloat(getComputedStyle(text).fontSize) * scale,
        };
      });
      return { left: box.left, right: box.right, texts };
    }),
  );
  expect(charts.length).toBe(4);
  let measured = 0;
  for (const chart of charts) {
    for (const text of chart.texts) {
      expect(text.height, `"${text.text}" height`).toBeGreaterThanOrEqual(11);
      expect(text.font, `"${text.text}" effective font size`).toBeGreaterThanOrEqual(11);
      expect(text.left, `"${text.text}" inside its chart`).toBeGreaterThanOrEqual(chart.left - 0.5);
      expect(text.right, `"${text.text}" inside its chart`).toBeLessThanOrEqual(chart.right + 0.5);
      measured++;
    }
    const labels = chart.texts.filter((text) => text.x);
    expect(labels.length).toBeGreaterThan(0);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, `"${labels[i]!.text}" clear of "${labels[i - 1]!.text}"`).toBeGreaterThan(labels[i - 1]!.right);
  }
  expect(measured).toBeGreaterThan(20);
}

/** Opens the chooser from the keyboard, moves to a column's box with Tab and flips it with Space. */
async function toggleByKeyboard(page: Page, column: string) {
  const box = page.getByTestId(`column-${column}`);
  for (let i = 0; i < 14 && !(await box.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  const was = await box.isChecked();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked({ checked: !was });
}

async function openCharts(page: Page) {
  await page.getByRole('link', { name: 'Grafik' }).click();
  await expect(page.getByTestId('chart-outcomes').locator('rect[data-series]').first()).toBeVisible();
  await expect(page.getByTestId('chart-readiness').locator('rect[data-series]').first()).toBeVisible();
}

for (const { width, height, defaults } of VIEWPORTS) {
  test(`at ${width}x${height}: default columns without sideways scroll, a remembered column chooser, legends equal to bars, axis text >= 11 px`, async ({
    openExtensionPage,
  }, testInfo) => {
    test.setTimeout(120_000);
    const page = await openExtensionPage('dashboard.html');
    await page.setViewportSize({ width, height });
    await expect(page.getByTestId('logs-view')).toContainText('Belum ada sesi');
    await seedLog(page, { count: 600, endMs: Date.now(), days: 30, events: 'minimal' });
    await page.reload();
    await expect(page.locator('[data-testid="log-count"][data-count="600"]')).toBeVisible({ timeout: 60_000 });

    await expectTableFits(page, defaults);
    await expect(page.locator('.log-head [data-column=startedMs]')).toHaveText(/^Mulai \(WIB\)/);
    await expect(page.getByTestId('columns-button')).toHaveText(`Kolom (${defaults.length} dari 12) ▾`);
    await attachShot(page, testInfo, `log-${width}x${height}.png`);

    // The chooser from the keyboard: Enter opens it onto the first column; Tab, Space; Escape closes it back onto its button.
    await page.getByTestId('columns-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('column-agentId')).toBeFocused();
    await expect(page.getByTestId('columns-default')).toBeDisabled();
    await toggleByKeyboard(page, 'attempts');
    await toggleByKeyboard(page, 'revision');
    const chosen = defaults.filter((key) => key !== 'attempts').concat('revision');
    await expect.poll(() => headerKeys(page)).toEqual(chosen);
    await attachShot(page, testInfo, `column-chooser-${width}x${height}.png`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('columns-menu')).toHaveCount(0);
    await expect(page.getByTestId('columns-button')).toBeFocused();

    // Remembered across a reload.
    await page.reload();
    await expect(page.locator('[data-testid="log-count"][data-count="600"]')).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => headerKeys(page)).toEqual(chosen);
    await expect(page.locator('[data-testid=log-row] [data-column=revision]').first()).toHaveText(/^IN\.OCC\.TENESA\.W-02/);

    // Back to the default, and that too survives a reload.
    await page.getByTestId('columns-button').click();
    await page.getByTestId('columns-default').click();
    await expect.poll(() => headerKeys(page)).toEqual(defaults);
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(page.locator('[data-testid="log-count"][data-count="600"]')).toBeVisible({ timeout: 60_000 });
    await expectTableFits(page, defaults);

    await openCharts(page);
    await expectLegendsMatchBars(page);
    await expectReadableAxes(page);
    await page.getByTestId('chart-outcomes').scrollIntoViewIfNeeded();
    await attachShot(page, testInfo, `charts-${width}x${height}.png`);
  });
}

test.describe('on the team server', () => {
  let server: TeamServer;
  let lead: Member;

  test.beforeAll(async () => {
    server = await startTeamServer();
    await createTeam(server.pool, 'bdg-2', 'Tim Bandung 2');
    lead = await createMember(server.pool, { role: 'lead', name: 'Rina Marlina', team: 'bdg-2' });
    const agents = [
      await createMember(server.pool, { role: 'agent', name: 'Ni Luh Putu Ayu Setyaningsih', team: 'bdg-2', nossaUserId: '930105', area: 'DPS' }),
      await createMember(server.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-2', nossaUserId: '930101', area: 'BDG' }),
    ];
    const outcomes: Array<[Outcome | null, AttemptResult[]]> = [
      ['approved', ['connected']],
      ['unreachable', ['no-answer', 'busy', 'no-answer']],
      ['declined', ['connected']],
      ['cancelled', ['no-answer']],
      [null, ['busy']],
    ];
    for (let n = 0; n < 30; n++) {
      const agent = agents[n % 2]!;
      const [outcome, attempts] = outcomes[n % outcomes.length]!;
      const session = sessionRecord({
        n: n + 1,
        agentId: agent.caller.nossaUserId!,
        startedAt: new Date(Date.now() - (n % 6) * 86_400_000 - (n + 1) * 600_000).toISOString(),
        ticketId: `IN${110099000 + n}`,
        outcome,
        reasonCode: n % 3 ? 'PLG-TDK-DPT-DIHUBUNGI' : 'PLG-RESCHEDULE',
        attempts,
        appliedBy: outcome && outcome !== 'cancelled' ? (n % 2 ? 'fill' : 'manual') : null,
        minutes: 8 + n,
        pendingMinutes: 24 * 60,
      });
      await storeRecords(server.pool, agent, sessionsOf([session]));
    }
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test("at 1366x768 the team's table uses the same columns and chooser, and its charts the same colours and axis text", async ({ openExtensionPage }, testInfo) => {
    test.setTimeout(120_000);
    const page = await openExtensionPage('dashboard.html');
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(page.getByTestId('source-hint')).toBeVisible();
    await connectAsLead(page, server.origin(), lead);
    await page.reload();
    await page.getByTestId('source-team').click();
    await expect(page.getByTestId('log-count')).toHaveAttribute('data-count', '30');

    await expectTableFits(page, CORE);
    await page.getByTestId('columns-button').click();
    await page.getByTestId('column-fill').uncheck();
    await page.getByTestId('column-area').check();
    const chosen = ['ticketId', 'agentId', 'area', 'startedMs', 'handlingSeconds', 'outcome', 'reasonCode', 'pendingUntilMs', 'attempts'];
    await expect.poll(() => headerKeys(page)).toEqual(chosen);
    await page.reload();
    await expect(page.getByTestId('source-team')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('log-count')).toHaveAttribute('data-count', '30');
    await expectTableFits(page, chosen);
    await expect(page.locator('[data-testid=log-row] [data-column=area]').first()).toHaveText(/^(DPS|BDG)$/);
    await attachShot(page, testInfo, 'team-log-1366x768.png');

    await openCharts(page);
    await expectLegendsMatchBars(page);
    await expectReadableAxes(page);
    await attachShot(page, testInfo, 'team-charts-1366x768.png');
  });
});
