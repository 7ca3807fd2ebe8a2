import type { BrowserContext, Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildServer } from '../../server/app';
import { startCluster, type Cluster } from '../../server/db/cluster';
import { migrate } from '../../server/db/migrate';
import type { TeamConnection } from '../../lib/team';
import type { Member } from '../server/seed';
import { allowSiteAsAdmin } from './fixtures-extra';
import { expect } from './fixtures';

/**
 * The REAL team server for an e2e test: a throwaway PostgreSQL cluster (Debian's binaries), the
 * migrations, the Fastify app on a loopback port. `stop` and `start` take the service away and
 * bring it back on the same address mid-test, as an outage would; the database stays.
 */
export interface TeamServer {
  pool: pg.Pool;
  origin: () => string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startTeamServer(): Promise<TeamServer> {
  const cluster: Cluster = await startCluster();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 6 });
  await migrate(pool);
  let app: FastifyInstance | null = null;
  let port = 0;
  const start = async () => {
    app = await buildServer({ pool });
    await app.listen({ port, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  };
  const stop = async () => {
    await app?.close();
    app = null;
  };
  await start();
  return {
    pool,
    origin: () => `http://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop();
      await pool.end();
      await cluster.stop();
    },
  };
}

/**
 * Enrols this browser as the agent or lead a one-time code was issued for, through the real form
 * (the popup's for an agent, the dashboard's settings for a lead). The origin is granted first as
 * an administrator would (fixtures-extra allowSiteAsAdmin): headless Chromium cannot click the
 * permission prompt the form's click raises.
 */
export async function enrolThrough(where: 'popup' | 'dashboard', context: BrowserContext, extensionId: string, origin: string, code: string): Promise<Page> {
  await allowSiteAsAdmin(context, extensionId, origin);
  const page = await context.newPage();
  if (where === 'popup') {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByTestId('popup-settings').locator('summary').click();
  } else {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  }
  await page.getByTestId('team-server-url').fill(origin);
  await page.getByTestId('team-server-code').fill(code);
  await page.getByTestId('team-server-enrol').click();
  await expect(page.getByTestId('team-server-enrolled')).toBeVisible();
  return page;
}

/**
 * The lead's connection in the extension's `team` table, as enrolment stores it. Enrolment through
 * the background (teamEnrol) needs the browser to grant the server's origin, which only a user's
 * click on Chromium's permission prompt does; the dashboard's reads need no host permission (the
 * server answers CORS for the extension), so the test writes the row the enrolment would write.
 */
export async function connectAsLead(page: Page, origin: string, lead: Member) {
  const connection: TeamConnection = {
    key: 'connection',
    url: origin,
    token: lead.token,
    tokenId: lead.caller.tokenId,
    account: { id: lead.caller.id, role: lead.caller.role, name: lead.caller.name, nossaUserId: lead.caller.nossaUserId, area: lead.caller.area, team: lead.caller.team },
    enrolledAt: new Date().toISOString(),
  };
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pandu');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('team', 'readwrite');
          tx.objectStore('team').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('writing team failed'));
        };
      }),
    connection,
  );
}
