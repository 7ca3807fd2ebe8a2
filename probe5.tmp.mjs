import { launchWithExtension, extensionIdOf } from './scripts/lib/chromium.mjs';
const ctx = await launchWithExtension({ timezoneId: 'Asia/Makassar', env: { ...process.env, TZ: 'Asia/Makassar' } });
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
    { type: 'markApplied', workLog: 'x', by: 'manual' }]) console.log(JSON.stringify((await call('flowEvent', { sessionId: s, event })).res?.refusal ?? 'ok'));
}
console.log(await popup.evaluate(() => new Promise((res) => { const o = indexedDB.open('pandu'); o.onsuccess = () => { const r = o.result.transaction('sessions').objectStore('sessions').getAll(); r.onsuccess = () => res(r.result.map((s) => [s.ticketId, s.status, s.outcome, s.startedAt, s.answers.pendingUntil])); }; })));
await ctx.close();
