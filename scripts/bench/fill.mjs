// Bench suite: filling NOSSA per outcome. Pandu's own time (the engine's work, without waiting
// for the page's round trips) and the total including the look-alike's round trips, which run
// here with no deliberate delay (waitDelayMs 0). Median of RUNS runs per outcome.
import { callBackground, readTable } from '../lib/extension-page.mjs';
import { median, ms, openBenchSession } from './session.mjs';

const RUNS = Number(process.env.PANDU_BENCH_RUNS ?? 5);
const TICKET = 'IN110088258';

async function toOutcome(panel, page, outcome) {
  const local = await page.evaluate(() => {
    const d = new Date(Date.now() + 20 * 3_600_000);
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

export async function benchFill() {
  const rows = [];
  const session = await openBenchSession({ waitDelayMs: 0 });
  try {
    for (const outcome of ['unreachable', 'approved', 'declined']) {
      const own = [];
      const total = [];
      for (let run = 0; run < RUNS; run++) {
        session.mock.reset();
        await session.open(TICKET);
        const panel = session.page.locator('pandu-panel');
        await startFresh(panel);
        await toOutcome(panel, session.page, outcome);
        await panel.getByTestId('fill-run').click();
        await panel.getByTestId('fill-summary').waitFor({ timeout: 60_000 });
        const events = (await readTable(session.ext, 'events')).filter((e) => e.type === 'fill.result');
        const last = events.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
        if (!last?.payload.ok) throw new Error(`fill failed for ${outcome}`);
        own.push(last.payload.ownMs);
        total.push(last.payload.totalMs);
        // Close this session so the next run starts a fresh one (through the background, as the
        // panel's cancel button would).
        const sessionId = await panel.getByTestId('flow').getAttribute('data-session');
        await callBackground(session.ext, 'flowEvent', { sessionId, event: { type: 'cancel', reason: 'bench run finished' } });
      }
      rows.push({ figure: `fill ${outcome}: Pandu's own time (median of ${RUNS})`, value: ms(median(own)), target: '<= 150 ms' });
      rows.push({ figure: `fill ${outcome}: total incl. look-alike round trips`, value: ms(median(total)) });
    }
  } finally {
    await session.close();
  }
  return rows;
}

/** Starts a new session at step 1.2.1, whether the ticket shows the start button or a finished one. */
async function startFresh(panel) {
  const start = panel.getByTestId('flow-start').or(panel.getByTestId('flow-new'));
  await start.first().click();
  await panel.locator('[data-testid="flow"][data-step="request"]').waitFor();
}
