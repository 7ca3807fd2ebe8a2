// @ts-check
// A benchmark session: the look-alike plus Chromium with the built extension, NOSSA routed to
// the look-alike, and the agent identity set. Closed by the caller.
import { extensionIdOf, launchWithExtension, routeNossa, ticketUrl } from '../lib/chromium.mjs';
import { callBackground, extensionPage } from '../lib/extension-page.mjs';
import { startMockServer } from '../../test/nossa-mock/server.mjs';

export const BENCH_AGENT = { name: 'Agen Bench', nossaUserId: '930999', area: 'BDG', teamLead: '' };

/** @param {{ waitDelayMs?: number }} [options] */
export async function openBenchSession({ waitDelayMs = 0 } = {}) {
  const mock = await startMockServer({ waitDelayMs });
  const context = await launchWithExtension({ timezoneId: 'Asia/Jakarta', viewport: { width: 1440, height: 900 } });
  await routeNossa(context, mock.origin);
  const ext = await extensionPage(context, await extensionIdOf(context));
  await callBackground(ext, 'updateSettings', { agent: BENCH_AGENT });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    mock,
    context,
    page,
    ext,
    /** @param {string} ticketId */
    open: (ticketId) => page.goto(ticketUrl(ticketId)),
    async close() {
      await context.close();
      await mock.close();
    },
  };
}

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  /** @param {number} i */
  const at = (i) => sorted[i] ?? NaN; // an empty list has no median
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
/** @param {number} value */
export const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
