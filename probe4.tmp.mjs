import { launchWithExtension, extensionIdOf, routeNossa, ticketUrl } from './scripts/lib/chromium.mjs';
import { startMockServer } from './test/nossa-mock/server.mjs';
const mock = await startMockServer({ waitDelayMs: 40 });
const ctx = await launchWithExtension({ timezoneId: 'Asia/Makassar', env: { ...process.env, TZ: 'Asia/Makassar' }, viewport: { width: 396, height: 1400 } });
await routeNossa(ctx, mock.origin);
const id = await extensionIdOf(ctx);
const popup = await ctx.newPage();
await popup.goto(`chrome-extension://${id}/popup.html`);
const call = (type, data) => popup.evaluate(([type, data]) => new Promise((r) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, r)), [type, data]);
await call('updateSettings', { agent: { name: 'Dewi Lestari', nossaUserId: '930101', area: 'MKS', teamLead: 'Rina' } });
for (const [t, mins] of [['IN110088251', 20], ['IN110088253', 300]]) {
  const s = (await call('startFlow', { ticket: { ticketId: t } })).res.session.id;
  for (const event of [
    { type: 'submitRequest', request: { requesterName: 'Asep', requesterGroup: 'ACCESS', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: '' } },
    { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
    { type: 'logAttempt', result: 'connected' },
    { type: 'customerApproves', until: new Date(Date.now() + mins * 60000).toISOString() },
    { type: 'markApplied', workLog: 'x', by: 'manual' }]) await call('flowEvent', { sessionId: s, event });
}
await call('startFlow', { ticket: { ticketId: 'IN110088252' } });
await call('tickChecklist', { step: '1.1.1', ticked: true });
await popup.reload();
await popup.waitForTimeout(1000);
await popup.getByTestId('today').locator('summary').click();
await popup.getByTestId('popup-settings').locator('summary').click();
await popup.waitForTimeout(300);
await popup.screenshot({ path: '/tmp/p3.png', fullPage: true });
await popup.getByLabel('Bahasa').selectOption('en');
await popup.waitForTimeout(500);
await popup.screenshot({ path: '/tmp/p4.png', clip: { x: 0, y: 0, width: 396, height: 700 } });
await ctx.close(); await mock.close();
