// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { TeamServerForm } from '@/components/TeamServerForm';
import { allCatalogues } from '@/lib/i18n/catalogues';
import type { TeamEnrolAnswer, TeamStatus } from '@/lib/messaging/protocol/team';
import { messaging } from '../components/messaging-fake';
import { account } from './connection';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('../components/messaging-fake')).mockMessenger(orig));
const permissions = vi.hoisted(() => ({ granted: true, asked: [] as string[][] }));
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: {
      request: ({ origins }: { origins: string[] }) => {
        permissions.asked.push(origins);
        return Promise.resolve(permissions.granted);
      },
    },
  },
}));

const SERVER = 'https://pandu.example.co.id';
const none: TeamStatus = { server: null, policyUrl: null, state: null, waiting: 0 };
const enrolled: TeamStatus = { ...none, server: { url: SERVER, account: account('agent'), enrolledAt: '2026-11-26T01:00:00.000Z' } };

function show(status: TeamStatus, enrol: (data: unknown) => TeamEnrolAnswer = () => ({ ok: true, status: enrolled })) {
  messaging.answer('teamStatus', () => status);
  messaging.answer('teamEnrol', enrol);
  messaging.answer('teamDisconnect', () => none);
  return render(
    <I18nProvider language="id" catalogues={allCatalogues}>
      <TeamServerForm />
    </I18nProvider>,
  );
}

beforeEach(() => {
  messaging.reset();
  permissions.granted = true;
  permissions.asked = [];
});
afterEach(() => cleanup());

describe('the team server form', () => {
  it('asks the browser for the server’s origin in the submission itself, then enrols, and shows who and where', async () => {
    show(none);
    const url = await screen.findByTestId('team-server-url');
    await waitFor(() => expect(document.activeElement).toBe(url)); // the first empty field
    fireEvent.input(url, { target: { value: `${SERVER}/` } });
    fireEvent.input(screen.getByTestId('team-server-code'), { target: { value: 'k7pd-q2mx' } });
    fireEvent.submit(screen.getByTestId('team-server')); // Enter in a field, or the button
    await screen.findByTestId('team-server-enrolled');
    expect(permissions.asked).toEqual([[`${SERVER}/*`]]);
    expect(messaging.sentOf('teamEnrol')).toEqual([{ url: SERVER, code: 'K7PD-Q2MX' }]);
    expect(screen.getByTestId('team-server-enrolled').textContent).toContain(`Terdaftar sebagai Dewi Lestari (agen) di ${SERVER}`);
    fireEvent.click(screen.getByTestId('team-server-disconnect'));
    await screen.findByTestId('team-server');
  });

  it('says plainly when the permission is refused, and sends nothing', async () => {
    permissions.granted = false;
    show(none);
    fireEvent.input(await screen.findByTestId('team-server-url'), { target: { value: SERVER } });
    fireEvent.input(screen.getByTestId('team-server-code'), { target: { value: 'K7PD-Q2MX' } });
    fireEvent.click(screen.getByTestId('team-server-enrol'));
    await waitFor(() => expect(screen.getByTestId('team-server-message').textContent).toContain('Browser tidak memberi izin menghubungi https://pandu.example.co.id'));
    expect(messaging.sentOf('teamEnrol')).toEqual([]);
  });

  it('says a used code in the user’s words', async () => {
    show(none, () => ({ ok: false, error: 'enrol.code-used', detail: 'code already used' }));
    fireEvent.input(await screen.findByTestId('team-server-url'), { target: { value: SERVER } });
    fireEvent.input(screen.getByTestId('team-server-code'), { target: { value: 'K7PD-Q2MX' } });
    fireEvent.submit(screen.getByTestId('team-server'));
    await waitFor(() => expect(screen.getByTestId('team-server-message').textContent).toBe('Kode ini sudah dipakai. Minta kode baru ke team lead.'));
  });

  it('checks the fields before asking anything', async () => {
    show(none);
    fireEvent.input(await screen.findByTestId('team-server-url'), { target: { value: 'http://10.1.2.3' } });
    fireEvent.submit(screen.getByTestId('team-server'));
    await screen.findByText(/Alamat server tidak valid/);
    expect(permissions.asked).toEqual([]);
  });

  it('starts from the policy’s server, locked, with the focus on the code', async () => {
    show({ ...none, policyUrl: SERVER });
    const url = await screen.findByTestId('team-server-url');
    await waitFor(() => expect((url as HTMLInputElement).value).toBe(SERVER));
    expect((url as HTMLInputElement).readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('team-server-code')));
    expect(screen.getByText('Diatur oleh kebijakan perusahaan')).toBeTruthy();
  });
});
