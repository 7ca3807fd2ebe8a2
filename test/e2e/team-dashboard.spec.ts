import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FillFailure, PanduEvent } from '../../lib/schema';
import { createMember, createTeam, eventsOf, sessionsOf, storeRecords, type Member } from '../server/seed';
import { fieldResult, fillFieldEvent, fillStartedEvent, sessionRecord, uuid, type SessionSpec } from '../server/seed-records';
import { expect, test } from './fixtures';
import { connectAsLead, startTeamServer, type TeamServer } from './team-server';

/**
 * The lead's dashboard on the team (issue 13, item 3) against the REAL team server: a throwaway
 * PostgreSQL cluster, the migrations, the Fastify app on a free port; records stored through
 * ingest's own storeBatch, as agents' browsers send them. The lead's browser holds a lead's
 * connection; the dashboard in team mode shows the team's rows, a record stored on the server
 * appears within seconds without a reload, the fill-health banner appears for 3 failures from 2
 * agents, and a server that goes away is said plainly until it is back.
 */
test.describe.configure({ mode: 'serial' });

let server: TeamServer;
let lead: Member;
let dewi: Member;
let putu: Member;
let n = 0;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const spec = (agent: Member, startedAt: string): SessionSpec => ({
  n: ++n,
  agentId: agent.caller.nossaUserId!,
  startedAt,
  ticketId: `IN${110077000 + n}`,
  outcome: 'approved',
  reasonCode: 'PLG-RESCHEDULE',
  attempts: ['connected'],
  appliedBy: 'manual',
  minutes: 10,
  pendingMinutes: 60,
});
/** An agent's finished session, stored on the server as its browser would send it. */
async function storeSession(agent: Member, startedAt: string) {
  const session = sessionRecord(spec(agent, startedAt));
  await storeRecords(server.pool, agent, sessionsOf([session]));
  return session;
}
/** One fill of a session whose field failed for the reason given. */
async function storeFailedFill(agent: Member, at: string, field: string, reason: FillFailure) {
  const session = sessionRecord(spec(agent, at));
  const fillId = uuid(9, n);
  const events: PanduEvent[] = [
    fillStartedEvent(session, fillId, 'nossa-maximo@3', at, uuid(4, n * 10)),
    fillFieldEvent(session, fillId, fieldResult(field, reason), at, uuid(4, n * 10 + 1)),
  ];
  await storeRecords(server.pool, agent, [...sessionsOf([session]), ...eventsOf(events)]);
}

test.beforeAll(async () => {
  server = await startTeamServer();
  await createTeam(server.pool, 'bdg-1', 'Tim Bandung 1');
  lead = await createMember(server.pool, { role: 'lead', name: 'Rina Marlina', team: 'bdg-1' });
  dewi = await createMember(server.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-1', nossaUserId: '930101', area: 'BDG' });
  putu = await createMember(server.pool, { role: 'agent', name: 'Putu Ayu', team: 'bdg-1', nossaUserId: '940202', area: 'DPS' });
  await storeSession(dewi, minutesAgo(90));
  await storeSession(putu, minutesAgo(60));
  await storeSession(dewi, minutesAgo(30));
});

test.afterAll(async () => {
  await server?.close();
});

async function openTeamDashboard(openExtensionPage: (path: string) => Promise<Page>) {
  const page = await openExtensionPage('dashboard.html');
  // No connection yet: this browser's log, and a pointer to the settings.
  await expect(page.getByTestId('source-hint')).toBeVisible();
  await expect(page.getByTestId('source-bar')).toHaveCount(0);
  await connectAsLead(page, server.origin(), lead);
  await page.reload();
  await page.getByTestId('source-team').click();
  await expect(page.getByTestId('source-team')).toHaveAttribute('aria-checked', 'true');
  return page;
}

const count = (page: Page) => page.getByTestId('log-count');

test("in team mode the dashboard shows the team's rows, and a record stored on the server appears within seconds without a reload", async ({ openExtensionPage }) => {
  const page = await openTeamDashboard(openExtensionPage);
  await expect(count(page)).toHaveAttribute('data-count', '3');
  await expect(count(page)).toHaveText('3 sesi di server tim');
  await expect(page.getByTestId('log-row')).toHaveCount(3);
  await expect(page.getByTestId('log-row').first()).toContainText('Dewi Lestari');
  await expect(page.getByTestId('team-updated')).toHaveText(/^Diperbarui \d\d:\d\d:\d\d/);

  // The session dialog reads the session from the server.
  await page.getByTestId('log-row').nth(1).click();
  await expect(page.getByTestId('session-dialog')).toContainText('Server tim');
  await page.getByTestId('session-close').click();

  // An agent's browser sends a new session: it shows on top within a few seconds, no reload.
  const fresh = await storeSession(putu, minutesAgo(1));
  await expect(page.getByTestId('log-row').first()).toHaveAttribute('data-session-id', fresh.id, { timeout: 6_000 });
  await expect(count(page)).toHaveAttribute('data-count', '4');

  // The choice of source survives a reload; the filter applies on the server.
  await page.reload();
  await expect(page.getByTestId('source-team')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('filter-agent').selectOption('940202');
  await expect(count(page)).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('log-row')).toHaveCount(2);

  // The export is written by the server and downloaded straight to disk: the filtered rows, as CSV.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const file = await download;
  await expect(page.getByTestId('team-export-status')).toHaveAttribute('data-state', 'started');
  const csv = readFileSync(await file.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(3); // the header and Putu's two sessions
  expect(lines.slice(1).every((line) => line.includes('940202'))).toBe(true);
});

test('fill health: 3 failures of a field from 2 agents within 8 hours raise the banner, with the reasons in words', async ({ openExtensionPage }) => {
  await storeFailedFill(dewi, minutesAgo(200), 'pendingReason', 'menu-item-missing');
  await storeFailedFill(dewi, minutesAgo(120), 'pendingReason', 'menu-item-missing');
  await storeFailedFill(putu, minutesAgo(20), 'pendingReason', 'field-missing');
  const page = await openTeamDashboard(openExtensionPage);
  await page.getByRole('link', { name: 'Kesehatan pengisian' }).click();
  const alert = page.getByTestId('fill-health-alert');
  await expect(alert).toHaveAttribute('data-field', 'pendingReason');
  await expect(alert).toContainText('Kolom Pending Reason gagal diisi 3 kali oleh 2 agen dalam 8 jam terakhir — kemungkinan NOSSA berubah; periksa profil situs.');
  await expect(alert).toContainText('kolom tidak ditemukan di halaman');
  await expect(alert).toContainText('nilai tidak ada di daftar NOSSA');
  await expect(page.getByTestId('fill-health-row').filter({ hasText: 'Pending Reason' })).toContainText('3');

  await page.getByRole('link', { name: 'Praktik agen' }).click();
  await expect(page.getByTestId('practice-row')).toHaveCount(2);
  await expect(page.getByTestId('practice-row').first()).toContainText('Dewi Lestari');
});

test('a server that goes away is said plainly, the rows stay, and the banner clears itself when the server is back', async ({ openExtensionPage }) => {
  const page = await openTeamDashboard(openExtensionPage);
  await expect(page.getByTestId('log-row').first()).toBeVisible();
  const rows = await page.getByTestId('log-row').count();
  await server.stop();
  await expect(page.getByTestId('team-unreachable')).toHaveText(/^Server tim tidak terjangkau; data terakhir \d\d:\d\d/, { timeout: 8_000 });
  await expect(page.getByTestId('log-row')).toHaveCount(rows);
  await server.start();
  await expect(page.getByTestId('team-unreachable')).toHaveCount(0, { timeout: 8_000 });
  await expect(page.getByTestId('team-updated')).toHaveText(/^Diperbarui/);
});
