// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { TeamAccounts } from '@/entrypoints/dashboard/settings/TeamAccounts';
import { allCatalogues } from '@/lib/i18n/catalogues';
import { TEAM_API_PREFIX, type AccountList, type TeamConnection } from '@/lib/team';
import { createTeamClient } from '@/lib/team/client';

/** Team accounts in the dashboard's settings (a lead's): tokens with "Cabut" behind a confirmation, "Tambah agen" with its code shown once. */
afterEach(cleanup);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const AT = '2026-11-27T03:00:00.000Z';
const team = { id: 'bdg-1', name: 'Tim Bandung 1' };
const connection: TeamConnection = {
  key: 'connection',
  url: 'https://team.example.co.id',
  token: 't'.repeat(40),
  tokenId: id(1),
  account: { id: id(10), role: 'lead', name: 'Rina', nossaUserId: null, area: null, team },
  enrolledAt: AT,
};

function fakeServer() {
  const asked: Array<{ method: string; path: string; body: unknown }> = [];
  const list: AccountList = {
    accounts: [
      { ...connection.account, tokens: [{ id: id(1), device: 'Chrome on Windows', createdAt: AT, lastUsedAt: AT, revokedAt: null }] },
      {
        id: id(11),
        role: 'agent',
        name: 'Dewi Lestari',
        nossaUserId: '930101',
        area: 'BDG',
        team,
        tokens: [{ id: id(2), device: 'Chrome on Linux', createdAt: AT, lastUsedAt: null, revokedAt: null }],
      },
    ],
  };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = (input as string).split(TEAM_API_PREFIX)[1]!;
    const method = init?.method ?? 'GET';
    asked.push({ method, path, body: init?.body ? JSON.parse(init.body as string) : undefined });
    if (method === 'GET' && path === '/accounts') return json(list);
    if (method === 'GET' && path === '/teams') return json({ teams: [team, { id: 'dps-1', name: 'Tim Denpasar 1' }] });
    if (method === 'POST' && path === '/accounts') {
      const body = asked.at(-1)!.body as { nossaUserId: string };
      if (body.nossaUserId === '930101') return json({ error: { code: 'conflict', message: 'exists' } }, 409);
      return json({ account: { id: id(12), role: 'agent', name: 'Putu Ayu', nossaUserId: body.nossaUserId, area: 'DPS', team }, enrolment: { code: 'K7PD-Q2MX', expiresAt: AT } });
    }
    if (method === 'POST' && path === `/tokens/${id(2)}/revoke`) {
      list.accounts[1]!.tokens[0]!.revokedAt = AT;
      return json({ ok: true });
    }
    return json({ error: { code: 'not.found', message: path } }, 404);
  }) as typeof globalThis.fetch;
  return { asked, fetch };
}

function show(as: TeamConnection = connection) {
  const server = fakeServer();
  render(
    <I18nProvider language="id" catalogues={allCatalogues}>
      <TeamAccounts client={createTeamClient({ url: as.url, token: as.token, fetch: server.fetch })} connection={as} />
    </I18nProvider>,
  );
  return server;
}

/**
 * Picks an option of a select as a person does. A native "change" event: Preact listens for it on
 * a select, and Testing Library's fireEvent.change sends Preact an "input" event instead.
 */
const choose = (select: HTMLElement, value: string) => {
  (select as HTMLSelectElement).value = value;
  void act(() => void select.dispatchEvent(new Event('change', { bubbles: true }))); // rendered before the next event, as fireEvent does
};

describe('team accounts', () => {
  it("lists the team's accounts with their devices; this browser's own token cannot be revoked from here", async () => {
    show();
    await waitFor(() => expect(screen.getAllByTestId('team-account')).toHaveLength(2));
    const [rina, dewi] = screen.getAllByTestId('team-account');
    expect(rina!.textContent).toContain('(browser ini)');
    expect(within(rina!).queryByTestId('token-revoke')).toBeNull();
    expect(dewi!.textContent).toContain('Chrome on Linux');
    expect(dewi!.textContent).toContain('terakhir dipakai –');
  });

  it('"Cabut" asks first; only "Ya, cabut" revokes, and the list then shows it revoked', async () => {
    const server = show();
    fireEvent.click(await screen.findByTestId('token-revoke'));
    expect(screen.getByTestId('revoke-confirm').textContent).toContain('Cabut akses Chrome on Linux milik Dewi Lestari?');
    expect(server.asked.some((a) => a.path.endsWith('/revoke'))).toBe(false);
    fireEvent.click(screen.getByTestId('revoke-yes'));
    await waitFor(() => expect(screen.getAllByTestId('team-account')[1]!.textContent).toContain('dicabut'));
    expect(server.asked.filter((a) => a.path.endsWith('/revoke'))).toEqual([{ method: 'POST', path: `/tokens/${id(2)}/revoke`, body: undefined }]);
  });

  it('"Tambah agen" shows the one-time code large with the instruction, once; a refusal is said in words', async () => {
    const server = show();
    await screen.findAllByTestId('team-account');
    fireEvent.input(screen.getByTestId('add-agent-name'), { target: { value: 'Putu Ayu' } });
    fireEvent.input(screen.getByTestId('add-agent-user'), { target: { value: '940202' } });
    choose(screen.getByTestId('add-agent-area'), 'DPS');
    fireEvent.submit(screen.getByTestId('add-agent'));
    expect((await screen.findByTestId('enrol-code-value')).textContent).toBe('K7PD-Q2MX');
    expect(screen.getByTestId('enrol-code').textContent).toContain('isi alamat server https://team.example.co.id dan kode ini');
    expect(server.asked.find((a) => a.method === 'POST' && a.path === '/accounts')!.body).toEqual({
      role: 'agent',
      name: 'Putu Ayu',
      nossaUserId: '940202',
      area: 'DPS',
      teamId: null,
    });
    fireEvent.click(screen.getByTestId('enrol-code-close'));
    expect(screen.queryByTestId('enrol-code')).toBeNull();

    fireEvent.input(screen.getByTestId('add-agent-name'), { target: { value: 'Dewi lagi' } });
    fireEvent.input(screen.getByTestId('add-agent-user'), { target: { value: '930101' } });
    fireEvent.submit(screen.getByTestId('add-agent'));
    expect((await screen.findByTestId('team-accounts-error')).textContent).toBe('Data itu sudah ada di server tim (misalnya User ID NOSSA yang sama).');
    expect(screen.queryByTestId('enrol-code')).toBeNull();
  });

  it('an admin also adds a team lead, to a team it chooses: no NOSSA user id asked for a lead', async () => {
    const admin: TeamConnection = { ...connection, account: { id: id(20), role: 'admin', name: 'Admin Pusat', nossaUserId: null, area: null, team: null } };
    const server = show(admin);
    await screen.findAllByTestId('team-account');
    expect(screen.queryByTestId('add-agent-role')).not.toBeNull();
    await waitFor(() => expect(screen.getByTestId('add-agent-team').querySelectorAll('option')).toHaveLength(3));
    choose(screen.getByTestId('add-agent-role'), 'lead');
    await waitFor(() => expect(screen.queryByTestId('add-agent-user')).toBeNull());
    choose(screen.getByTestId('add-agent-team'), 'dps-1');
    fireEvent.input(screen.getByTestId('add-agent-name'), { target: { value: 'Made Wirawan' } });
    fireEvent.submit(screen.getByTestId('add-agent'));
    await screen.findByTestId('enrol-code-value');
    expect(server.asked.find((a) => a.method === 'POST' && a.path === '/accounts')!.body).toEqual({
      role: 'lead',
      name: 'Made Wirawan',
      nossaUserId: null,
      area: null,
      teamId: 'dps-1',
    });
  });

  it('a lead adds agents to its own team only: no role or team to choose', async () => {
    show();
    await screen.findAllByTestId('team-account');
    expect(screen.queryByTestId('add-agent-role')).toBeNull();
    expect(screen.queryByTestId('add-agent-team')).toBeNull();
  });
});
