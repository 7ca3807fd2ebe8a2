// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { SourceSwitch } from '@/entrypoints/dashboard/source/SourceSwitch';
import { allCatalogues } from '@/lib/i18n/catalogues';
import type { Role, TeamConnection } from '@/lib/team';

/** The source switch: for a lead or admin; a pointer to the settings with no server; nothing on an agent's browser. */
afterEach(cleanup);

const connectionAs = (role: Role): TeamConnection => ({
  key: 'connection',
  url: 'https://team.example.co.id',
  token: 't'.repeat(40),
  tokenId: '00000000-0000-4000-8000-000000000001',
  account: {
    id: '00000000-0000-4000-8000-000000000002',
    role,
    name: 'Rina',
    nossaUserId: role === 'agent' ? '930101' : null,
    area: null,
    team: { id: 'bdg-1', name: 'Tim Bandung 1' },
  },
  enrolledAt: '2026-12-01T00:00:00.000Z',
});

function show(connection: TeamConnection | null | undefined) {
  render(
    <I18nProvider language="id" catalogues={allCatalogues}>
      <SourceSwitch choice={{ connection, source: 'browser', chosen: 'browser', choose: () => undefined }} />
    </I18nProvider>,
  );
}

describe('the source switch', () => {
  it('offers "Browser ini / Server tim" to a lead', () => {
    show(connectionAs('lead'));
    expect(screen.getByTestId('source-team')).not.toBeNull();
    expect(screen.queryByTestId('source-hint')).toBeNull();
  });

  it('points to the settings when no server is connected', () => {
    show(null);
    expect(screen.getByTestId('source-hint').textContent).toContain('Hubungkan ke server tim di Pengaturan');
  });

  it("shows nothing on an agent's browser (enrolled to send, not to read the team), nor while the link is read", () => {
    show(connectionAs('agent'));
    expect(screen.queryByTestId('source-hint')).toBeNull();
    expect(screen.queryByTestId('source-bar')).toBeNull();
    cleanup();
    show(undefined);
    expect(screen.queryByTestId('source-hint')).toBeNull();
  });
});
