import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, routeNossa, ticketUrl, NOSSA_ORIGIN, NOSSA_APP_PATH } from '../../scripts/lib/chromium.mjs';
import { startMockServer } from '../nossa-mock/server.mjs';
import { AGENT, callBackground, extensionPage } from './helpers';

export type MockServer = Awaited<ReturnType<typeof startMockServer>>;

interface Options {
  /** Set the agent identity (test/e2e/helpers.ts AGENT) before the test, as a signed-in agent has it. */
  withAgent: boolean;
  /** The browser's time zone (Playwright emulation); agents work in WIB, WITA and WIT. */
  agentTimezone: string;
  /** Look-alike start options (layoutSeed, okSaves, saveReject, ...), on top of a short round trip. */
  mockOptions: Record<string, unknown>;
}

interface Fixtures {
  /** A fresh look-alike NOSSA server for this test (short round-trip delay). */
  mock: MockServer;
  /** Chromium with the built extension, NOSSA's URL routed to the mock. */
  context: BrowserContext;
  extensionId: string;
  /** A page in that context (not yet navigated). */
  nossaPage: Page;
  /** Opens a ticket through NOSSA's deep link and waits for the look-alike to render it. */
  openTicket: (ticketId: string, page?: Page) => Promise<Page>;
  /** Opens one of the extension's pages (popup.html, dashboard.html). */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Options & Fixtures>({
  agentTimezone: ['Asia/Jakarta', { option: true }],
  withAgent: [false, { option: true }],
  mockOptions: [{}, { option: true }],
  mock: async ({ mockOptions }, use: (mock: MockServer) => Promise<void>) => {
    const mock = await startMockServer({ waitDelayMs: 40, ...mockOptions });
    await use(mock);
    await mock.close();
  },
  context: async ({ mock, agentTimezone, withAgent }, use) => {
    const context = await launchWithExtension({ timezoneId: agentTimezone });
    await routeNossa(context, mock.origin);
    if (withAgent) {
      const page = await extensionPage(context, await extensionIdOf(context));
      await callBackground(page, 'updateSettings', { agent: AGENT });
      await page.close();
    }
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  nossaPage: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  openTicket: async ({ nossaPage }, use) => {
    await use(async (ticketId, page = nossaPage) => {
      await page.goto(ticketUrl(ticketId));
      await expect(page.locator('input[title^="Incident:"]').first()).toHaveValue(ticketId);
      return page;
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect, ticketUrl, NOSSA_ORIGIN, NOSSA_APP_PATH };
