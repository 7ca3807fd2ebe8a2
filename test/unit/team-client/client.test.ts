import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, TEAM_API_PREFIX, type LogPage } from '@/lib/team';
import { createTeamClient, isUnreachable, TeamRequestError, type TeamClient } from '@/lib/team/client';

/**
 * The dashboard's client for the team server (lib/team/client.ts): every answer is parsed with
 * the contract before a page sees it, and every failure arrives as one of the contract's codes.
 */
const URL_ = 'https://team.example.co.id';
const TOKEN = 't'.repeat(40);
const UUID = '0b6f8a3e-2d55-4c1e-9a77-5d4f1c2b3a10';
const AT = '2026-11-27T03:00:00.000Z';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that answers one status and body, and records what was asked. */
function fakeFetch(status: number, body: unknown, seen: Seen[] = [], raw?: string): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({
      url: input as string,
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return new Response(raw ?? JSON.stringify(body), { status, headers: { 'content-type': raw ? 'text/html' : 'application/json' } });
  };
}

const client = (answer: typeof fetch) => createTeamClient({ url: `${URL_}/`, token: TOKEN, fetch: answer });
const account = { id: UUID, role: 'lead', name: 'Sari', nossaUserId: null, area: 'MKS', team: { id: 'occ-1', name: 'OCC 1' } };
const row = {
  id: UUID,
  ticketId: 'IN110088251',
  agentId: 'agent01',
  agentName: 'Budi',
  area: 'JKT',
  startedMs: 1,
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
};
const page: LogPage = { rows: [row as LogPage['rows'][number]], nextCursor: 'c1', total: 1, seq: '7' };
const share = { key: 'all', unreachable: 0, reached: 0, share: null };
const filter = { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' };
const query = { filter, zone: 'Asia/Makassar' };

/** Each route: how the client calls it, what the server answers, and the method, path and body expected. */
const ROUTES: Array<{ name: string; call: (c: TeamClient) => Promise<unknown>; answer: unknown; method: string; path: string; body?: unknown }> = [
  { name: 'logPage', call: (c) => c.logPage({ ...query, sort: { key: 'startedMs', dir: 'desc' }, limit: 50, cursor: null }), answer: page, method: 'POST', path: '/logs/page' },
  { name: 'session', call: (c) => c.session('a/b'), answer: { session: null, events: [] }, method: 'GET', path: '/sessions/a%2Fb' },
  {
    name: 'charts',
    call: (c) => c.charts(query),
    answer: {
      unit: 'day',
      outcomes: [],
      unreachable: { buckets: [], overall: share },
      handling: { buckets: [], count: 0, median: null, p90: null },
      readiness: { buckets: [], totals: { onTime: 0, late: 0, missing: 0 } },
      seq: '1',
    },
    method: 'POST',
    path: '/logs/charts',
    body: query,
  },
  { name: 'changes', call: (c) => c.changes(), answer: { seq: '12' }, method: 'GET', path: '/changes' },
  {
    name: 'exportTicket',
    call: (c) => c.exportTicket({ ...query, sort: { key: 'startedMs', dir: 'desc' }, format: 'csv', language: 'id' }),
    answer: { url: '/api/v1/exports/x', expiresAt: AT, fileName: 'pandu.csv' },
    method: 'POST',
    path: '/exports',
  },
  { name: 'agents', call: (c) => c.agents(), answer: { accounts: [{ ...account, tokens: 1, lastSeenAt: null }] }, method: 'GET', path: '/agents' },
  { name: 'fillHealth', call: (c) => c.fillHealth(query), answer: { fields: [], alerts: [], seq: '1' }, method: 'POST', path: '/fill-health', body: query },
  { name: 'practice', call: (c) => c.practice(query), answer: { agents: [], seq: '1' }, method: 'POST', path: '/practice', body: query },
  { name: 'quarantine', call: (c) => c.quarantine(), answer: { items: [] }, method: 'GET', path: '/quarantine' },
  { name: 'me', call: (c) => c.me(), answer: account, method: 'GET', path: '/me' },
  { name: 'accounts', call: (c) => c.accounts(), answer: { accounts: [{ ...account, tokens: [] }] }, method: 'GET', path: '/accounts' },
  {
    name: 'createAccount',
    call: (c) => c.createAccount({ role: 'agent', name: 'Budi', nossaUserId: 'agent01', area: 'JKT' }),
    answer: { account: { ...account, role: 'agent', nossaUserId: 'agent01' }, enrolment: { code: 'K7PD-Q2MX', expiresAt: AT } },
    method: 'POST',
    path: '/accounts',
    body: { role: 'agent', name: 'Budi', nossaUserId: 'agent01', area: 'JKT' },
  },
  { name: 'newCode', call: (c) => c.newCode(UUID), answer: { code: 'K7PD-Q2MX', expiresAt: AT }, method: 'POST', path: `/accounts/${UUID}/codes` },
  { name: 'revokeToken', call: (c) => c.revokeToken(UUID), answer: { ok: true }, method: 'POST', path: `/tokens/${UUID}/revoke` },
  { name: 'teams', call: (c) => c.teams(), answer: { teams: [{ id: 'bdg-1', name: 'Tim Bandung 1' }] }, method: 'GET', path: '/teams' },
];

describe('the team client', () => {
  it('covers every route of the contract', () => {
    expect(Object.keys(client(fakeFetch(200, {}))).sort()).toEqual(ROUTES.map((r) => r.name).sort());
  });

  for (const route of ROUTES.filter((r) => r.name !== 'session')) {
    it(`${route.name}: ${route.method} ${route.path} with the bearer token, the answer parsed`, async () => {
      const seen: Seen[] = [];
      await expect(route.call(client(fakeFetch(200, route.answer, seen)))).resolves.toEqual(route.answer);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ url: `${URL_}${TEAM_API_PREFIX}${route.path}`, method: route.method });
      expect(seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      if (route.body !== undefined) expect(seen[0]!.body).toEqual(route.body);
      if (route.method === 'GET') expect(seen[0]!.body).toBeUndefined();
    });
  }

  for (const route of ROUTES) {
    it(`${route.name}: an answer outside the contract is refused as bad-response, not passed on`, async () => {
      const failure = await route.call(client(fakeFetch(200, { unexpected: true }))).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(TeamRequestError);
      expect((failure as TeamRequestError).code).toBe('bad-response');
    });
  }

  it('a session id is escaped into the path (a slash cannot reach another route)', async () => {
    const seen: Seen[] = [];
    await client(fakeFetch(200, {}, seen))
      .session('a/b')
      .catch(() => undefined);
    expect(seen[0]!.url).toBe(`${URL_}${TEAM_API_PREFIX}/sessions/a%2Fb`);
  });

  for (const code of API_ERROR_CODES) {
    it(`the server's error ${code} arrives as that code, with its status`, async () => {
      const failure = await client(fakeFetch(409, { error: { code, message: 'in English' } }))
        .changes()
        .catch((e: unknown) => e);
      expect(failure).toMatchObject({ code, status: 409, message: 'in English' });
    });
  }

  it('a server that cannot be reached is network; a proxy page for a down server is server.unavailable; other pages bad-response', async () => {
    const down = createTeamClient({ url: URL_, token: TOKEN, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const network = await down.changes().catch((e: unknown) => e);
    expect(network).toMatchObject({ code: 'network' });
    expect(isUnreachable(network)).toBe(true);
    const proxy = await client(fakeFetch(502, null, [], '<html>Bad Gateway</html>'))
      .changes()
      .catch((e: unknown) => e);
    expect(proxy).toMatchObject({ code: 'server.unavailable', status: 502 });
    expect(isUnreachable(proxy)).toBe(true);
    const other = await client(fakeFetch(404, null, [], '<html>Not Found</html>'))
      .changes()
      .catch((e: unknown) => e);
    expect(other).toMatchObject({ code: 'bad-response', status: 404 });
    expect(isUnreachable(other)).toBe(false);
  });

  it('a revoked token is a refusal, not "unreachable" (waiting will not cure it)', async () => {
    const failure = await client(fakeFetch(401, { error: { code: 'auth.revoked', message: 'revoked' } }))
      .changes()
      .catch((e: unknown) => e);
    expect(isUnreachable(failure)).toBe(false);
  });
});
