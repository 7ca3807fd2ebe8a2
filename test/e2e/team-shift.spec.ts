import type { BrowserContext, Page } from '@playwright/test';
import { createAccount, createTeam } from '../../server/accounts/store';
import { extensionIdOf, launchWithExtension, routeNossa } from '../../scripts/lib/chromium.mjs';
import { expect, test, ticketUrl } from './fixtures';
import { expectStep, toOutcome, type FlowOutcome } from './flow-helpers';
import { callBackground, extensionPage, readTable } from './helpers';
import { enrolThrough, startTeamServer, type TeamServer } from './team-server';

/**
 * A shift on the team server, end to end (issue 13, "Done when"): two agents, each in a browser
 * profile of their own and in their own time zone, work tickets on the NOSSA look-alike while
 * their team lead's dashboard, in a third profile, shows both of them within seconds, without a
 * reload. Mid-shift the server stops; the agents go on working; it comes back on the same
 * address and everything the agents did arrives, once, without anyone pressing anything.
 */
test.describe.configure({ mode: 'serial' });

const TEAM = { id: 'bdg-1', name: 'Tim Bandung 1' };
const DEWI = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;
const PUTU = { name: 'Ni Luh Putu Ayu', nossaUserId: '940202', area: 'DPS', teamLead: 'Rina Marlina' } as const;

let server: TeamServer;
const codes = { dewi: '', putu: '', lead: '' };

test.beforeAll(async () => {
  server = await startTeamServer();
  await createTeam(server.pool, TEAM);
  codes.lead = (await createAccount(server.pool, { role: 'lead', name: 'Rina Marlina', nossaUserId: null, area: null, teamId: TEAM.id })).enrolment.code;
  codes.dewi = (await createAccount(server.pool, { role: 'agent', name: DEWI.name, nossaUserId: DEWI.nossaUserId, area: DEWI.area, teamId: TEAM.id })).enrolment.code;
  codes.putu = (await createAccount(server.pool, { role: 'agent', name: PUTU.name, nossaUserId: PUTU.nossaUserId, area: PUTU.area, teamId: TEAM.id })).enrolment.code;
});
test.afterAll(async () => {
  await server?.close();
});

interface Agent {
  context: BrowserContext;
  extensionId: string;
  nossa: Page;
  ext: Page;
}

async function agentBrowser(context: BrowserContext, identity: typeof DEWI | typeof PUTU, code: string): Promise<Agent> {
  const extensionId = await extensionIdOf(context);
  const ext = await extensionPage(context, extensionId);
  await callBackground(ext, 'updateSettings', { agent: identity });
  await enrolThrough('popup', context, extensionId, server.origin(), code);
  return { context, extensionId, ext, nossa: context.pages()[0] ?? (await context.newPage()) };
}

/**
 * One ticket worked to its end, updated in NOSSA by hand ("Sudah saya isi sendiri"): the session's
 * id, and when the agent's last click landed (the lead's screen is timed from there).
 */
async function work(agent: Agent, ticketId: string, outcome: FlowOutcome): Promise<{ id: string; lastStepAt: number }> {
  await agent.nossa.goto(ticketUrl(ticketId));
  await expect(agent.nossa.locator('input[title^="Incident:"]').first()).toHaveValue(ticketId);
  const panel = await toOutcome(agent.nossa, outcome);
  await panel.getByTestId('applied-manually').click();
  const lastStepAt = Date.now();
  await expectStep(panel, 'done');
  const sessions = await readTable<{ id: string; ticketId: string; status: string }>(agent.ext, 'sessions');
  return { id: sessions.find((s) => s.ticketId === ticketId && s.status === 'done')!.id, lastStepAt };
}

/** What the agent's browser holds of a session, and what the server holds: ids of the session and each event. */
async function inBrowser(agent: Agent, sessionIds: string[]) {
  const events = await readTable<{ id: string; sessionId: string | null }>(agent.ext, 'events');
  return events
    .filter((e) => e.sessionId !== null && sessionIds.includes(e.sessionId))
    .map((e) => e.id)
    .sort();
}
async function onServer(sessionIds: string[]) {
  const { rows } = await server.pool.query<{ id: string }>('select id::text from events where session_id = any($1::uuid[]) order by id', [sessionIds]);
  return rows.map((r) => r.id);
}

const rowOf = (lead: Page, sessionId: string) => lead.locator(`[data-testid="log-row"][data-session-id="${sessionId}"]`);

test("two agents work tickets while the lead's dashboard shows both within seconds; the server stops and comes back mid-shift with nothing lost", async ({ context, mock }) => {
  test.setTimeout(240_000);
  // Dewi in Bandung (WIB): the fixture's browser. Putu in Denpasar (WITA): a second profile.
  const dewi = await agentBrowser(context, DEWI, codes.dewi);
  const putuContext = await launchWithExtension({ timezoneId: 'Asia/Makassar' });
  await routeNossa(putuContext, mock.origin);
  const leadContext = await launchWithExtension({ timezoneId: 'Asia/Jakarta' });
  try {
    const putu = await agentBrowser(putuContext, PUTU, codes.putu);

    // The lead enrols in the dashboard's settings and switches the log to the team server.
    const leadId = await extensionIdOf(leadContext);
    const lead = await enrolThrough('dashboard', leadContext, leadId, server.origin(), codes.lead);
    await lead.goto(`chrome-extension://${leadId}/dashboard.html#logs`);
    await lead.getByTestId('source-team').click();
    await expect(lead.getByTestId('source-team')).toHaveAttribute('aria-checked', 'true');
    await expect(lead.getByTestId('log-count')).toHaveAttribute('data-count', '0');

    // Both agents work a ticket; each shows on the lead's screen within seconds of the agent's last step.
    // (The session's row appears at its first step; "Diisi manual" only with the last.)
    const dewiWork = await work(dewi, 'IN110088251', 'unreachable');
    await expect(rowOf(lead, dewiWork.id)).toContainText('Diisi manual', { timeout: 10_000 });
    const dewiSeen = Date.now() - dewiWork.lastStepAt;
    const putuWork = await work(putu, 'IN110088252', 'declined');
    await expect(rowOf(lead, putuWork.id)).toContainText('Diisi manual', { timeout: 10_000 });
    const putuSeen = Date.now() - putuWork.lastStepAt;
    const [first, second] = [dewiWork.id, putuWork.id];
    await expect(rowOf(lead, first)).toContainText(DEWI.name);
    await expect(rowOf(lead, first)).toContainText('Tidak terhubung');
    await expect(rowOf(lead, second)).toContainText(PUTU.name);
    await expect(rowOf(lead, second)).toContainText('Tidak setuju');
    console.log(`agent's last step -> on the lead's dashboard: Dewi ${dewiSeen} ms, Putu ${putuSeen} ms`);
    await expect(lead.getByTestId('log-count')).toHaveAttribute('data-count', '2');

    // The server stops mid-shift. The lead is told; the agents go on working; their records wait.
    await server.stop();
    await expect(lead.getByTestId('team-unreachable')).toBeVisible({ timeout: 10_000 });
    const third = (await work(dewi, 'IN110088253', 'approved')).id;
    const fourth = (await work(putu, 'IN110088254', 'unreachable')).id;
    await expect.poll(async () => (await readTable(dewi.ext, 'outbox')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await readTable(putu.ext, 'outbox')).length, { timeout: 10_000 }).toBeGreaterThan(0);

    // Back on the same address: with no one pressing anything (the backoff retries, the alarm),
    // every record of every session arrives, once, and the lead's screen shows all four.
    await server.start();
    const dewiSessions = [first, third];
    const putuSessions = [second, fourth];
    await expect.poll(() => onServer(dewiSessions), { timeout: 90_000, intervals: [1_000] }).toEqual(await inBrowser(dewi, dewiSessions));
    await expect.poll(() => onServer(putuSessions), { timeout: 90_000, intervals: [1_000] }).toEqual(await inBrowser(putu, putuSessions));
    await expect(lead.getByTestId('team-unreachable')).toHaveCount(0, { timeout: 10_000 });
    await expect(lead.getByTestId('log-count')).toHaveAttribute('data-count', '4', { timeout: 10_000 });
    await expect(rowOf(lead, third)).toContainText(DEWI.name);
    await expect(rowOf(lead, fourth)).toContainText(PUTU.name);
    expect(await readTable(dewi.ext, 'outbox')).toEqual([]);
    expect(await readTable(putu.ext, 'outbox')).toEqual([]);
    const stored = await server.pool.query<{ n: string }>('select count(*)::text as n from sessions');
    expect(stored.rows[0]!.n).toBe('4');
    const quarantined = await server.pool.query<{ n: string }>('select count(*)::text as n from quarantine');
    expect(quarantined.rows[0]!.n).toBe('0');
  } finally {
    await putuContext.close();
    await leadContext.close();
  }
});
