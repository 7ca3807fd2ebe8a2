// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProcedureSettings } from '@/entrypoints/dashboard/settings/ProcedureSettings';
import type { Settings } from '@/lib/schema';
import { renderPopup, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The dashboard's procedure rules (entrypoints/dashboard/settings/ProcedureSettings.tsx): a
 * refusal is said at the field, with the field's label, and nothing is stored; the placeholders
 * are listed and inserted by a click; the lead's forward-to groups are kept one per line.
 */
let bg: TestBackground;
beforeEach(async () => {
  bg = await startTestBackground('popup');
});

const stored = () => bg.ask<Settings>('getSettings', undefined);
const show = () => renderPopup(<ProcedureSettings />, { settings: bg.settings });
const save = () => fireEvent.click(screen.getByTestId('procedure-save'));
const edit = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
/** The sentence a control's aria-describedby points at. */
const noteOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('the procedure settings', () => {
  it('refuses a template with an unknown placeholder at the field, with its label and a suggestion, and stores nothing', async () => {
    show();
    const template = await screen.findByLabelText<HTMLTextAreaElement>('Pelanggan setuju (1.2.5)');
    edit(template, 'Dikonfirmasi oleh {agentNama} untuk {ticketId}.');
    save();
    await waitFor(() => expect(template.getAttribute('aria-invalid')).toBe('true'));
    expect(noteOf(template)).toBe('Template work log Pelanggan setuju (1.2.5): {agentNama} tidak dikenal. Maksud Anda {agentName}?');
    expect(screen.getByTestId('issues').textContent).toContain('1 isian perlu diperbaiki');
    expect(document.activeElement).toBe(template);
    expect(screen.getByRole('status').textContent).toBe('');
    expect((await stored()).procedure.workLogTemplates.approved).toBe(bg.settings.procedure.workLogTemplates.approved);

    // Fixed: the note goes as the lead types, and the save goes through.
    edit(template, 'Dikonfirmasi oleh {agentName} untuk {ticketId}.');
    expect(template.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByTestId('issues')).toBeNull();
    save();
    await screen.findByText('Tersimpan.');
    expect((await stored()).procedure.workLogTemplates.approved).toBe('Dikonfirmasi oleh {agentName} untuk {ticketId}.');
  });

  it('says a number out of bounds with the label in words, at the field', async () => {
    show();
    const attempts = await screen.findByTestId('min-attempts');
    edit(attempts, '0');
    const hours = screen.getByTestId('max-hours');
    edit(hours, '');
    save();
    await waitFor(() => expect(attempts.getAttribute('aria-invalid')).toBe('true'));
    expect(noteOf(attempts)).toBe('Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: paling sedikit 1.');
    expect(noteOf(hours)).toBe('Waktu pending paling lama (jam dari sekarang): isi dengan bilangan bulat.');
    expect(screen.getByTestId('issues').textContent).not.toMatch(/procedure\.|diharapkan|minFailedAttempts/);
    expect((await stored()).procedure.minFailedAttempts).toBe(2);
  });

  it('a reason row’s cell is named with its row', async () => {
    show();
    const code = await screen.findByLabelText<HTMLInputElement>('Kode (nilai di NOSSA) (baris 3)');
    edit(code, ' ');
    save();
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(noteOf(code)).toBe('Kode (nilai di NOSSA) (baris 3): wajib diisi.');
  });

  it('lists every placeholder and inserts one into the template chosen last, at the caret', async () => {
    show();
    const declined = await screen.findByLabelText<HTMLTextAreaElement>('Pelanggan tidak setuju (1.2.6)');
    edit(declined, 'Agent: ');
    declined.focus();
    declined.setSelectionRange(7, 7);
    expect(screen.getAllByRole('button', { name: /^Sisipkan \{/ })).toHaveLength(14);
    fireEvent.click(await screen.findByRole('button', { name: 'Sisipkan {agentName} ke template Pelanggan tidak setuju (1.2.6)' }));
    await waitFor(() => expect(declined.value).toBe('Agent: {agentName}'));
  });

  it('keeps the lead’s forward-to groups one per line; a line twice is named by its line', async () => {
    show();
    const groups = await screen.findByTestId('forward-groups');
    edit(groups, 'ACCESS BDG\n\nTIF HD WITEL BANDUNG\naccess bdg');
    save();
    await waitFor(() => expect(groups.getAttribute('aria-invalid')).toBe('true'));
    expect(noteOf(groups)).toContain('Grup tujuan penerusan (Owner Group NOSSA) (baris 4): access bdg sudah ada di daftar.');
    expect((await stored()).procedure.forwardGroups).toEqual([]);
    edit(groups, ' ACCESS BDG\n\nTIF HD WITEL BANDUNG\n');
    save();
    await screen.findByText('Tersimpan.');
    expect((await stored()).procedure.forwardGroups).toEqual(['ACCESS BDG', 'TIF HD WITEL BANDUNG']);
  });
});
