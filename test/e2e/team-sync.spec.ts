import type { BrowserContext, Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createAccount, createTeam, revokeAll } from '../../server/accounts/store';
import { buildServer } from '../../server/app';
import { startCluster, type Cluster } from '../../server/db/cluster';
import { migrate } from '../../server/db/migrate';
import { allowSiteAsAdmin } from './fixtures-extra';
import { expect, test } from './fixtures';
import { expectStep, toOutcome } from './flow-helpers';
import { AGENT, callBackground, extensionPage, readTable } from './helpers';

/**
 * An agent's browser and the REAL team server through a shift (issue 13, items 2 and 4): the
 * server stopped while the agent works (the records wait, the popup says so, nothing is lost),
 * back on the same address (everything arrives, once), then the agent's token revoked (sending
 * stops, the popup says to enrol again, the outbox is kept).
 */
test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let pool: pg.Pool;
let app: FastifyInstance;
let port = 0;
let accountId = '';
let code = '';

async function startServer() {
  app = await buildServer({ pool });
  await app.listen({ port, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
}
const origin = () => `http://127.0.0.1:${port}`;

test.beforeAll(async () => {
  cluster = await startCluster();
  pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  await migrate(pool);
  await startServer();
  await createTeam(pool, { id: 'bdg-1', name: 'Tim Bandung 1' });
  const created = await createAccount(pool, { role: 'agent', name: AGENT.name, nossaUserId: AGENT.nossaUserId, area: AGENT.area, teamId: 'bdg-1' });
  accountId = created.account.id;
  code = created.enrolment.code;
});
test.afterAll(async () => {
  await app?.close();
  await pool?.end();
  await cluster?.stop();
});

async function enrolInPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  await allowSiteAsAdmin(context, extensionId, origin());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('popup-settings').locator('summary').click();
  await popup.getByTestId('team-server-url').fill(origin());
  await popup.getByTestId('team-server-code').fill(code);
  await popup.getByTestId('team-server-enrol').click();
  await expect(popup.getByTestId('team-server-enrolled')).toBeVisible();
  return popup;
}

/** The ids the server holds for a session: its own row's status and its events. */
async function onServer(sessionId: string) {
  const session = (await pool.query<{ status: string }>('select status from sessions where id = $1', [sessionId])).rows[0]?.status ?? null;
  const events = (await pool.query<{ id: string }>('select id::text from events where session_id = $1 order by id', [sessionId])).rows.map((r) => r.id);
  return { session, events };
}

test('the server down while the agent works: the records wait, then all of them arrive; a revoked token stops sending', async ({ context, extensionId, openTicket }) => {
  const ext = await extensionPage(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: AGENT });
  const popup = await enrolInPopup(context, extensionId);

  // The server goes away mid-shift; the agent goes on working.
  await app.close();
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
  await startServer();
  await popup.getByTestId('team-sync-now').click();
  await expect.poll(() => onServer(session!.id), { timeout: 30_000 }).toEqual({ session: 'done', events: events.map((e) => e.id).sort() });
  await expect(popup.getByTestId('team-sync-line')).toContainText('Tersinkron', { timeout: 20_000 });
  expect(await readTable(ext, 'outbox')).toEqual([]);

  // The lead revokes the agent's token: the next records stay here, and the popup says to enrol again.
  await revokeAll(pool, accountId);
  const next = await openTicket('IN110088252');
  await toOutcome(next, 'declined');
  await popup.getByTestId('team-sync-now').click();
  await expect(popup.getByTestId('team-sync-line')).toContainText('Token dicabut: daftar ulang', { timeout: 20_000 });
  expect((await readTable(ext, 'outbox')).length).toBeGreaterThan(0);
});
