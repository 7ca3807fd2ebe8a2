#!/usr/bin/env node
// @ts-check
// Standalone NOSSA look-alike: node test/nossa-mock/serve.mjs [--port 8090] [--host 127.0.0.1]
//   [--wait-delay 150] [--date-format "dd-MM-yyyy HH:mm"] [--time-zone Asia/Jakarta] [--logged-out]
//   [--ok-saves true|false] [--save-reject required|fieldError] [--layout-seed N]
// Prints the URLs; Ctrl+C stops it.

import { startMockServer } from './server.mjs';

/** @param {string} name */
function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('--port') ?? process.env.NOSSA_MOCK_PORT ?? 8090);
const mock = await startMockServer({
  port,
  host: arg('--host') ?? '127.0.0.1',
  waitDelayMs: arg('--wait-delay') !== undefined ? Number(arg('--wait-delay')) : 150,
  dateFormat: arg('--date-format') ?? 'dd-MM-yyyy HH:mm',
  timeZone: arg('--time-zone') ?? 'Asia/Jakarta',
  loggedIn: !process.argv.includes('--logged-out'),
  okSaves: arg('--ok-saves') !== 'false',
  saveReject: /** @type {null | 'required' | 'fieldError'} */ (arg('--save-reject') ?? null),
  layoutSeed: arg('--layout-seed') !== undefined ? Number(arg('--layout-seed')) : null,
});

const o = mock.origin;
console.log(`NOSSA look-alike running at ${o}
  App (list):   ${o}/maximo/ui/?event=loadapp&value=incident
  Deep link:    ${o}/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=IN110088258
  Login page:   ${o}/maximo/webclient/login/login.jsp
  Test hooks:   GET ${o}/__state   POST ${o}/__control
  Modes:        ${JSON.stringify({ okSaves: mock.state().options.okSaves, saveReject: mock.state().options.saveReject, layoutSeed: mock.state().options.layoutSeed })}`);

const stop = async () => {
  await mock.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
