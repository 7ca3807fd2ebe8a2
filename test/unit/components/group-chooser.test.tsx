// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FlowPanel } from '@/components/panel/flow/FlowPanel';
import { GroupChooser } from '@/components/panel/flow/GroupChooser';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { groupChoices } from '@/components/panel/flow/group-choices';
import { nossaGroups } from '@/components/panel/flow/nossa-groups';
import type { GroupChoicesState } from '@/components/panel/flow/useGroupChoices';
import type { FlowView } from '@/lib/procedure';
import type { Settings, TicketSnapshot } from '@/lib/schema';
import { renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The forward-to group chooser (components/panel/flow/GroupChooser.tsx) and the request step that
 * uses it: chosen from the lists known, by keyboard or pointer, filtered as the agent types; with
 * a list known, a group NOSSA would refuse is caught at the field and the flow does not go on.
 */
const ticket: TicketSnapshot = {
  ticketId: 'IN110088251',
  status: 'INPROG',
  customerName: 'SITI',
  contactPhone: '6281234567890',
  summary: 'Internet mati',
  ownerGroup: 'ACCESS BDG',
};
const LEAD = ['ACCESS BDG', 'TIF HD WITEL BANDUNG', 'BACKEND IPTV'];

let bg: TestBackground;
beforeEach(async () => {
  bg = await startTestBackground('panel');
  nossaGroups.clear();
});

function Chooser({ choices }: { choices: GroupChoicesState }) {
  const [value, setValue] = useState('ACCESS BDG');
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <GroupChooser id="g" value={value} onChange={setValue} choices={choices} invalid={false} />
      <output data-testid="value">{value}</output>
    </form>
  );
}
const state = (lead: string[]): GroupChoicesState => ({ ...groupChoices({ ticket: 'ACCESS BDG', lead }), nossaRead: { kind: 'idle' }, readNossa: async () => undefined });

describe('the chooser', () => {
  it('opens with ↓ on every group (the current one highlighted), moves, and takes one with Enter', async () => {
    renderPanel(<Chooser choices={state(LEAD)} />, { settings: bg.settings });
    const input = screen.getByRole('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    const list = screen.getByRole('listbox');
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.dataset.value),
    ).toEqual(LEAD);
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)?.dataset.value).toBe('ACCESS BDG');
    expect(within(list).getAllByRole('option')[0]!.textContent).toContain('Owner Group tiket · daftar ketua tim');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(document.getElementById(input.getAttribute('aria-activedescendant')!)?.dataset.value).toBe('BACKEND IPTV'));
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('BACKEND IPTV'));
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('filters as the agent types; Escape closes only the list', async () => {
    renderPanel(<Chooser choices={state(LEAD)} />, { settings: bg.settings });
    const input = screen.getByRole<HTMLInputElement>('combobox');
    fireEvent.input(input, { target: { value: 'witel' } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map((o) => o.dataset.value),
      ).toEqual(['TIF HD WITEL BANDUNG']),
    );
    const outer = vi.fn();
    document.addEventListener('keydown', outer);
    fireEvent.keyDown(input, { key: 'Escape' });
    document.removeEventListener('keydown', outer);
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('false'));
    expect(outer).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'zzz' } });
    await screen.findByText('Tidak ada grup yang cocok.');
  });

  it('a pointer click takes a group', async () => {
    renderPanel(<Chooser choices={state(LEAD)} />, { settings: bg.settings });
    fireEvent.click(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: /TIF HD WITEL BANDUNG/ }));
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('TIF HD WITEL BANDUNG'));
  });
});

describe('the request step with the lead’s list', () => {
  async function toRequest(lead: string[]): Promise<Settings> {
    const settings = await bg.ask<Settings>('updateSettings', { procedure: { ...bg.settings.procedure, forwardGroups: lead } });
    renderPanel(<FlowPanel ticket={ticket} signedInUser="930101" />, { settings, store: createFlowStore() });
    fireEvent.click(await screen.findByTestId('flow-start'));
    await screen.findByTestId('step-request');
    fireEvent.input(screen.getByTestId('request-name'), { target: { value: 'Asep' } });
    // A native change event, as a browser sends for a <select> (Testing Library's change is an input event to Preact).
    const reason = screen.getByTestId<HTMLSelectElement>('request-reason');
    reason.value = 'PLG-RESCHEDULE';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    return settings;
  }
  const stored = async () => (await bg.ask<FlowView | null>('getFlow', { ticketId: ticket.ticketId }))!.flow;

  it('refuses a group outside the list at the field, with the group it most likely meant; the flow does not go on', async () => {
    await toRequest(LEAD);
    const group = screen.getByTestId('request-group');
    expect(screen.getByText('Pilih dari daftar (3 grup); ketik untuk menyaring.')).toBeTruthy();
    fireEvent.input(group, { target: { value: 'TIF HD WITEL BANDUNK' } });
    fireEvent.click(screen.getByTestId('request-submit'));
    await waitFor(() => expect(group.getAttribute('aria-invalid')).toBe('true'));
    const note = document.getElementById(group.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toBe('NOSSA akan menolak grup ini: tidak ada di daftar Owner Group. Maksud Anda TIF HD WITEL BANDUNG?');
    expect((await stored()).request).toBeNull();
    expect(screen.getByTestId('step-request')).toBeTruthy();
  });

  it('a listed group typed in another case goes on in NOSSA’s spelling', async () => {
    await toRequest(LEAD);
    fireEvent.input(screen.getByTestId('request-group'), { target: { value: 'backend  iptv' } });
    fireEvent.click(screen.getByTestId('request-submit'));
    await waitFor(async () => expect((await stored()).request?.requesterGroup).toBe('BACKEND IPTV'));
  });

  it('with no list known, free text goes on as typed', async () => {
    await toRequest([]);
    expect(screen.getByText('Belum ada daftar grup: ketik persis seperti Owner Group di NOSSA.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('request-group'), { target: { value: 'TIM BARU' } });
    fireEvent.click(screen.getByTestId('request-submit'));
    await waitFor(async () => expect((await stored()).request?.requesterGroup).toBe('TIM BARU'));
  });
});
