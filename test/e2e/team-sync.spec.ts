import { createAccount, createTeam, revokeAll } from '../../server/accounts/store';
import { expect, test } from './fixtures';
import { expectStep, toOutcome } from './flow-helpers';
import { AGENT, callBackground, extensionPage, readTable } from './helpers';
import { enrolThrough, startTeamServer, type TeamServer } from './team-server';

/**
 * An agent's browser and the REAL team server through a shift (issue 13, items 2 and 4): the
 * server stopped while the agent works (the records wait, the popup says so, nothing is lost),
 * back on the same address (everything arrives, once), then the agent's token revoked (sending
 * stops, the popup says to enrol again, the outbox is kept).
 */
test.describe.configure({ mode: 'serial' });

let server: TeamServer;
let accountId = '';
let code = '';

test.beforeAll(async () => {
  server = await startTeamServer();
  await createTeam(server.pool, { id: 'bdg-1', name: 'Tim Bandung 1' });
  const created = await createAccount(server.pool, { role: 'agent', name: AGENT.name, nossaUserId: AGENT.nossaUserId, area: AGENT.area, teamId: 'bdg-1' });
  accountId = created.account.id;
  code = created.enrolment.code;
});
test.afterAll(async () => {
  await server?.close();
});

/** The ids the server holds for a session: its own row's status and its events. */
async function onServer(sessionId: string) {
  const session = (await server.pool.query<{ status: string }>('select status from sessions where id = $1', [sessionId])).rows[0]?.status ?? null;
  const events = (await server.pool.query<{ id: string }>('select id::text from events where session_id = $1 order by id', [sessionId])).rows.map((r) => r.id);
  return { session, events };
}

test('the server down while the agent works: the records wait, then all of them arrive; a revoked token stops sending', async ({ context, extensionId, openTicket }) => {
  const ext = await extensionPage(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: AGENT });
  const popup = await enrolThrough('popup', context, extensionId, server.origin(), code);

  // The server goes away mid-shift; the agent goes on working.
  await server.stop();
  const page = await openTicket('IN110088251');
  const panel = await toOutcome(page, 'unreachable');
  await panel.getByTestId('applied-manually').click();
  await expectStep(panel, 'done');
  const [session] = await readTable<{ id: string }>(ext, 'sessions');
  const events = (await readTable<{ id: string; sessionId: string | null }>(ext, 'events')).filter((e) => e.sessionId === session!.id);
  await expect(popup.getByTestId('team-sync-line')).toContainText('Server tidak terjangkau', { timeout: 20_000 });
  await expect(popup.getByTestId('team-sync-line')).toContainText('catatan menunggu server');
  expect((await readTable(ext, 'outbox')).length).toBeGreaterThanOrEqual(events.length + 1);
  expect(await onServer(session!.id)).toEqual({ session: null, events: [] });

  // Back on the same address: "Kirim sekarang" sends everything that waited, and it is stored once.
  await server.start();
  await popup.getByTestId('team-sync-now').click();
  await expect.poll(() => onServer(session!.id), { timeout: 30_000 }).toEqual({ session: 'done', events: events.map((e) => e.id).sort() });
  await expect(popup.getByTestId('team-sync-line')).toContainText('Tersinkron', { timeout: 20_000 });
  expect(await readTable(ext, 'outbox')).toEqual([]);

  // The lead revokes the agent's token: the next records stay here, and the popup says to enrol again.
  await revokeAll(server.pool, accountId);
  const next = await openTicket('IN110088252');
  await toOutcome(next, 'declined');
  await popup.getByTestId('team-sync-now').click();
  await expect(popup.getByTestId('team-sync-line')).toContainText('Token dicabut: daftar ulang', { timeout: 20_000 });
  expect((await readTable(ext, 'outbox')).length).toBeGreaterThan(0);
});
