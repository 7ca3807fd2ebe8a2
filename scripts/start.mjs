// @ts-check
// `npm start`: serves the NOSSA look-alike, opens Chromium with the built Pandu on a demo ticket.
// With a display, the browser stays open until you close it (or press Ctrl+C). Without one
// (no $DISPLAY / $WAYLAND_DISPLAY, or --headless), it walks to the demo ticket headless, writes
// a screenshot and prints its path, so the command always shows the main job.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, routeNossa, ticketUrl, NOSSA_ORIGIN, NOSSA_APP_PATH } from './lib/chromium.mjs';
import { startMockServer } from '../test/nossa-mock/server.mjs';

const DEMO_TICKET = process.env.PANDU_DEMO_TICKET ?? 'IN110088251';
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const mock = await startMockServer({ port: Number(process.env.PANDU_MOCK_PORT ?? 0) });
console.log(`NOSSA look-alike: ${mock.origin}${NOSSA_APP_PATH}`);
console.log(`  served in the browser at ${NOSSA_ORIGIN} (requests are routed to the look-alike)`);

let context;
try {
  // The headless screenshot shows what an agent in Bandung sees (WIB, Indonesian locale);
  // a real browser window keeps your own zone and locale.
  const demo = headless ? { viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID' } : { viewport: null };
  context = await launchWithExtension({ headless, ...demo });
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  await mock.close();
  process.exit(1);
}
await routeNossa(context, mock.origin);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(ticketUrl(DEMO_TICKET));

if (headless) {
  // Walk the first steps as an agent would, so the screenshot shows the main job: the panel
  // reading the ticket and guiding step 1.2.1 of the instruction.
  const panel = page.locator('pandu-panel');
  await panel.getByTestId('pandu-ticket-id').waitFor({ timeout: 20_000 });
  await panel.getByTestId('agent-setup').getByLabel('Nama', { exact: true }).fill('Agen Demo');
  await panel.getByRole('button', { name: 'Simpan identitas' }).click();
  await panel.getByTestId('flow-start').click();
  await panel.getByTestId('request-name').fill('Asep Saepudin');
  await panel.getByTestId('request-reason').selectOption('PLG-RESCHEDULE');
  const dir = resolve('artifacts');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'pandu-demo.png');
  await page.screenshot({ path: file });
  console.log(`\nNo display: headless run. Screenshot of Pandu on demo ticket ${DEMO_TICKET}:\n  ${file}`);
  await context.close();
  await mock.close();
} else {
  console.log(`\nChromium is open on demo ticket ${DEMO_TICKET}. Close the browser or press Ctrl+C to stop.`);
  const stop = async () => {
    await context.close().catch(() => {});
    await mock.close();
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', () => void stop());
}
