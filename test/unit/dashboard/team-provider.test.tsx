// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsProvider } from '@/components/SettingsProvider';
import { LogsView } from '@/entrypoints/dashboard/logs/LogsView';
import { LiveStatus } from '@/entrypoints/dashboard/team/LiveStatus';
import { TeamLogDataProvider } from '@/entrypoints/dashboard/team/TeamLogDataProvider';
import { allCatalogues } from '@/lib/i18n/catalogues';
import type { LogRow } from '@/lib/logs';
import { defaultSettings } from '@/lib/schema';
import { TEAM_API_PREFIX, type LogPageQuery, type TeamConnection } from '@/lib/team';
import { createTeamClient } from '@/lib/team/client';
import { messaging } from '../components/messaging-fake';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('../components/messaging-fake')).mockMessenger(orig));
// The export panel's worker is not part of this test (the team's export goes through the server).
vi.mock('@/entrypoints/dashboard/worker/jobs.worker?worker', () => ({ default: class {} }));

/**
 * The team source end to end inside the page: TeamLogDataProvider over a fake team server (a
 * fetch answering the contract), the real log view on preact/compat. Rows come a page at a time,
 * an agent's new session appears when the change counter moves, without losing the lead's place;
 * a server that goes away is said plainly and the banner clears itself when it is back.
 */
beforeEach(() => {
  // happy-dom lays nothing out: the table's scroller gets a screen's size, so the virtualizer shows rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('log-table') ? 600 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('log-table') ? 1200 : 0;
  });
});
afterEach(() => {
  cleanup();
  messaging.reset();
});

const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const row = (n: number): LogRow => ({
  id: UUID(n),
  ticketId: `IN1100${String(n).padStart(5, '0')}`,
  agentId: n % 2 ? 'agent01' : 'agent02',
  agentName: n % 2 ? 'Budi' : 'Sari',
  area: 'JKT',
  startedMs: Date.parse('2026-11-27T03:00:00.000Z') + n * 60_000,
  endedMs: null,
  handlingSeconds: null,
  status: 'open',
  outcome: null,
  reasonCode: '',
  pendingUntilMs: null,
  attempts: 0,
  failedAttempts: 0,
  fill: 'none',
  revision: 'r1',
});

function teamServer(count: number) {
  const state = { rows: Array.from({ length: count }, (_, i) => row(count - i)), seq: 1, down: false, pages: [] as LogPageQuery[] };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (state.down) throw new TypeError('Failed to fetch');
    const path = (input as string).split(TEAM_API_PREFIX)[1];
    if (path === '/changes') return json({ seq: String(state.seq) });
    if (path === '/agents') return json({ accounts: [] });
    if (path === '/logs/page') {
      const query = JSON.parse(init?.body as string) as LogPageQuery;
      state.pages.push(query);
      const start = query.cursor ? state.rows.findIndex((r) => r.id === query.cursor) + 1 : 0;
      const rows = state.rows.slice(start, start + (query.limit ?? 100));
      const more = start + rows.length < state.rows.length;
      return json({ rows, nextCursor: more ? rows.at(-1)!.id : null, total: state.rows.length, seq: String(state.seq) });
    }
    return json({ error: { code: 'not.found', message: `no ${path}` } }, 404);
  }) as typeof globalThis.fetch;
  return { state, fetch };
}

const connection: TeamConnection = {
  key: 'connection',
  url: 'https://team.example.co.id',
  token: 't'.repeat(40),
  tokenId: UUID(9999),
  account: { id: UUID(9998), role: 'lead', name: 'Lina', nossaUserId: null, area: null, team: { id: 'occ', name: 'OCC' } },
  enrolledAt: '2026-11-27T00:00:00.000Z',
};

function showTeam(fetch: typeof globalThis.fetch) {
  const client = createTeamClient({ url: connection.url, token: connection.token, fetch });
  return render(
    <SettingsProvider catalogues={allCatalogues} initial={defaultSettings()}>
      <TeamLogDataProvider connection={connection} client={client} intervalMs={50}>
        <LiveStatus />
        <LogsView />
      </TeamLogDataProvider>
    </SettingsProvider>,
  );
}

const shownIds = () => screen.queryAllByTestId('log-row').map((r) => r.dataset.sessionId);

describe('the team log in the dashboard', () => {
  it("shows the server's total and its newest rows; an agent's new session appears within a poll, the open session stays open", async () => {
    const server = teamServer(30);
    showTeam(server.fetch);
    await waitFor(() => expect(screen.getByTestId('log-count').dataset.count).toBe('30'));
    expect(screen.getByTestId('log-count').textContent).toBe('30 sesi di server tim');
    await waitFor(() => expect(shownIds()[0]).toBe(UUID(30)));
    expect(server.state.pages[0]).toMatchObject({ cursor: null, limit: 200, sort: { key: 'startedMs', dir: 'desc' } });

    fireEvent.click(screen.getAllByTestId('log-row')[1]!);
    await waitFor(() => expect(screen.getByTestId('session-dialog').textContent).toContain(row(29).ticketId));

    // An agent's step: the counter moves; the table reads again and shows it on top.
    await act(async () => {
      server.state.rows.unshift(row(31));
      server.state.seq++;
    });
    await waitFor(() => expect(shownIds()[0]).toBe(UUID(31)), { timeout: 3_000 });
    expect(screen.getByTestId('log-count').dataset.count).toBe('31');
    expect(screen.getByTestId('session-dialog').textContent).toContain(row(29).ticketId);
    // The highlight followed its session down a row.
    await waitFor(() => expect(document.querySelector('.log-row.active')?.getAttribute('data-session-id')).toBe(UUID(29)));
    expect(screen.getAllByTestId('log-row')[2]!.classList.contains('active')).toBe(true);
    expect(screen.getByTestId('team-updated').textContent).toMatch(/^Diperbarui \d\d:\d\d:\d\d/);
  });

  it('a server that goes away: the rows stay, a plain banner says since when, and it clears itself when the server is back', async () => {
    const server = teamServer(3);
    showTeam(server.fetch);
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    await waitFor(() => expect(screen.getByTestId('team-updated').dataset.seq).toBe('1'));
    server.state.down = true;
    const banner = await screen.findByTestId('team-unreachable', {}, { timeout: 3_000 });
    expect(banner.textContent).toMatch(/^Server tim tidak terjangkau; data terakhir \d\d:\d\d/);
    expect(shownIds()).toHaveLength(3);
    server.state.down = false;
    await waitFor(() => expect(screen.queryByTestId('team-unreachable')).toBeNull(), { timeout: 3_000 });
  });
});
