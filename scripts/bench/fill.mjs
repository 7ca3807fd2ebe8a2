// @ts-check
// Bench suite: filling NOSSA per outcome with "Isi dan simpan" on, through to the session
// finished by a read-back of the reloaded ticket. Per outcome: Pandu's own time (the engine's
// work, without waiting for the page's round trips), the total including the look-alike's round
// trips (no deliberate delay here, waitDelayMs 0), the round trips the fill used against the
// fewest the look-alike needs for that outcome done by hand (fill-minimum.mjs), and the round
// trips of the read-back. Median of RUNS runs per outcome.
import { callBackground, readTable } from '../lib/extension-page.mjs';
import { minimumRoundTrips } from './fill-minimum.mjs';
import { median, ms, openBenchSession } from './session.mjs';

const RUNS = Number(process.env.PANDU_BENCH_RUNS ?? 5);
const TICKET = 'IN110088258';

/** @typedef {'unreachable' | 'approved' | 'declined'} Outcome */

/**
 * Walks a fresh session in the panel to the outcome step, ready to fill.
 * @param {import('@playwright/test').Locator} panel
 * @param {import('@playwright/test').Page} page
 * @param {Outcome} outcome
 */
async function toOutcome(panel, page, outcome) {
  const local = await page.evaluate(() => {
    const d = new Date(Date.now() + 20 * 3_600_000);
    /** @param {number} n */
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });
  if (outcome === 'declined') await panel.getByTestId('request-group').fill('ACCESS BDG');
  await panel.getByTestId('request-name').fill('Asep');
  await panel.getByTestId('request-reason').selectOption('LOKASI-TUTUP');
  await panel.getByTestId('request-submit').click();
  for (const p of ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches']) await panel.getByTestId(`recheck-${p}`).check();
  await panel.getByTestId('recheck-submit').click();
  if (outcome === 'unreachable') {
    await panel.getByTestId('attempt-busy').click();
    await panel.getByTestId('attempt-busy').click();
    await panel.getByTestId('unreachable-until').fill(local);
    await panel.getByTestId('declare-unreachable').click();
  } else {
    await panel.getByTestId('attempt-connected').click();
    if (outcome === 'approved') {
      await panel.getByTestId('approve-until').fill(local);
      await panel.getByTestId('approve').click();
    } else {
      await panel.getByTestId('decline').click();
    }
  }
  await panel.getByTestId('fill-run').waitFor();
}

/** @type {Array<{ outcome: Outcome, okSaves: boolean }>} */
const CASES = [
  { outcome: 'unreachable', okSaves: true },
  { outcome: 'approved', okSaves: true },
  { outcome: 'declined', okSaves: true },
  { outcome: 'unreachable', okSaves: false },
];

/**
 * Round trips of one page load (one Maximo ui session) in the look-alike's log.
 * @param {Pick<import('../../test/nossa-mock/server.mjs').MockServer, 'state'>} mock
 * @param {string} uisessionid
 */
const tripsOf = (mock, uisessionid) => mock.state().requests.filter((r) => r.uisessionid === uisessionid).length;

export async function benchFill() {
  const rows = [];
  const session = await openBenchSession({ waitDelayMs: 0 });
  try {
    await callBackground(session.ext, 'updateSettings', { fill: { autoSave: true } });
    for (const { outcome, okSaves } of CASES) {
      const own = [];
      const total = [];
      const fillTrips = [];
      const readTrips = [];
      const label = `fill ${outcome}${okSaves ? '' : ' (OK does not save)'}`;
      for (let run = 0; run < RUNS; run++) {
        session.mock.reset();
        session.mock.control({ okSaves });
        await session.open(TICKET);
        const panel = session.page.locator('pandu-panel');
        await startFresh(panel);
        await toOutcome(panel, session.page, outcome);
        const fillPage = await session.page.inputValue('#uisessionid');
        await panel.getByTestId('fill-run').click();
        await panel.getByTestId('step-finished').waitFor({ timeout: 60_000 });
        const readPage = await session.page.inputValue('#uisessionid');
        const events = (await readTable(session.ext, 'events')).filter((e) => e.type === 'fill.result');
        const last = events.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
        if (!last?.payload.ok || !last.payload.committed) throw new Error(`${label}: the fill did not save`);
        own.push(last.payload.ownMs);
        total.push(last.payload.totalMs);
        fillTrips.push(tripsOf(session.mock, fillPage));
        readTrips.push(tripsOf(session.mock, readPage));
      }
      session.mock.reset();
      session.mock.control({ okSaves });
      const until = await session.page.evaluate(() => {
        const d = new Date(Date.now() + 20 * 3_600_000);
        /** @param {number} n */
        const p = (n) => String(n).padStart(2, '0');
        return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:00`;
      });
      const fewest = await minimumRoundTrips(session.page, session.mock, outcome === 'declined' ? 'declined' : 'pending', { ticketId: TICKET, until, okSaves });
      rows.push({ figure: `${label}: Pandu's own time (median of ${RUNS})`, value: ms(median(own)), target: '<= 150 ms' });
      rows.push({ figure: `${label}: total incl. look-alike round trips`, value: ms(median(total)) });
      rows.push({
        figure: `${label}: round trips used / fewest by hand`,
        value: `${median(fillTrips)} / ${fewest} (x${(median(fillTrips) / fewest).toFixed(2)})`,
        target: '<= 2x',
      });
      rows.push({ figure: `${label}: read-back round trips after the reload`, value: String(median(readTrips)) });
    }
  } finally {
    await session.close();
  }
  return rows;
}

/** Starts a new session at step 1.2.1, whether the ticket shows the start button or a finished one. */
/** @param {import('@playwright/test').Locator} panel */
async function startFresh(panel) {
  const start = panel.getByTestId('flow-start').or(panel.getByTestId('flow-new'));
  await start.first().click();
  await panel.locator('[data-testid="flow"][data-step="request"]').waitFor();
}
