// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteProfileSettings } from '@/entrypoints/dashboard/settings/SiteProfileSettings';
import type { Settings } from '@/lib/schema';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { nossaProfile, type PageCheck } from '@/lib/sites';
import { messaging } from '../components/messaging-fake';
import { renderPopup, startTestBackground, type TestBackground } from '../components/render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('../components/messaging-fake')).mockMessenger(orig));

/**
 * The dashboard's site-profile editor on Preact, against the real background handlers: each form
 * edit stores the expected profile, invalid edits are refused at the field in words and nothing is
 * stored, the live status follows the open NOSSA tab's answer to the draft, undo, policy, and the
 * JSON view edits the same draft.
 */
let bg: TestBackground;
/** The open NOSSA tab, as the test plays it: a function of the profile it is asked to check. */
let tab: ((profile: SiteProfile) => PageCheck) | null;

beforeEach(async () => {
  bg = await startTestBackground('popup');
  tab = null;
  messaging.answer('runPageCheck', (data) => {
    const profile = (data as { profile: SiteProfile }).profile;
    return tab ? { tabTitle: 'NOSSA - IN110088258', report: tab(profile) } : null;
  });
});

const storedProfile = async () => (await bg.ask<Settings>('getSettings', undefined)).siteProfile;

async function show(settings: Settings = bg.settings) {
  renderPopup(<SiteProfileSettings />, { settings });
  await screen.findByTestId('profile-form');
}
const field = (key: string) => screen.getAllByTestId('profile-field').find((el) => el.getAttribute('data-field') === key)!;
const open = (key: string) => {
  const details = field(key) as HTMLDetailsElement;
  if (!details.open) {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  }
  return within(details);
};
const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
/** A native change, as a browser sends it for a <select> (Testing Library's fireEvent.change sends Preact an input event). */
const choose = (select: HTMLElement, value: string) => {
  (select as HTMLSelectElement).value = value;
  void act(() => void select.dispatchEvent(new Event('change', { bubbles: true }))); // rendered before the next event, as fireEvent does
};
const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByTestId('profile-save'));
  });
};
const saved = () => waitFor(() => expect(screen.getByTestId('profile-message').textContent).toBe('Tersimpan.'));

describe('every form edit stores the expected profile', () => {
  it('a locator’s text, a new variant, a new locator moved to the top', async () => {
    await show();
    const form = open('pendingReason');
    const texts = form.getAllByTestId('locator-text');
    type(texts[0]!, 'Reason Pending');
    fireEvent.click(form.getAllByTestId('add-variant')[0]!);
    type(form.getAllByTestId('locator-text')[2]!, 'Alasan Tunda');
    fireEvent.click(form.getByTestId('add-locator'));
    const rows = form.getAllByTestId('locator-row');
    choose(within(rows[2]!).getByTestId('locator-strategy'), 'name');
    type(within(form.getAllByTestId('locator-row')[2]!).getByTestId('locator-name'), 'PENDINGREASON');
    fireEvent.click(form.getByRole('button', { name: 'Naikkan cara 3' }));
    fireEvent.click(form.getByRole('button', { name: 'Naikkan cara 2' }));
    await save();
    await saved();
    expect((await storedProfile())!.fields.pendingReason!.locators).toEqual([
      { by: 'name', name: 'PENDINGREASON' },
      { by: 'label', text: ['Reason Pending', 'Alasan Pending', 'Alasan Tunda'] },
      { by: 'titlePrefix', text: ['Pending Reason', 'Alasan Pending'] },
    ]);
  });

  it('the kind, a removed locator and variant, a strategy change', async () => {
    await show();
    const form = open('status');
    choose(form.getByTestId('field-kind'), 'valueList');
    fireEvent.click(form.getByRole('button', { name: 'Hapus cara 1' }));
    choose(form.getByTestId('locator-strategy'), 'ariaLabel');
    const summary = open('summary');
    fireEvent.click(summary.getByRole('button', { name: 'Hapus teks 2 dari cara 1' }));
    fireEvent.click(summary.getByRole('button', { name: 'Turunkan cara 1' }));
    await save();
    await saved();
    const stored = (await storedProfile())!;
    expect(stored.fields.status).toMatchObject({ kind: 'valueList', locators: [{ by: 'ariaLabel', text: ['Status'] }] });
    expect(stored.fields.summary!.locators).toEqual([
      { by: 'titlePrefix', text: ['Summary', 'Ringkasan'] },
      { by: 'label', text: ['Summary'] },
    ]);
  });

  it('the actions that bring a field up, and the advanced fold', async () => {
    await show();
    const form = open('ownerGroup');
    fireEvent.click(form.getByTestId('add-reach'));
    choose(form.getAllByTestId('reach-action')[1]!, 'logTab');
    fireEvent.click(form.getByRole('button', { name: 'Naikkan aksi 2' }));
    type(form.getByTestId('field-scope'), '#main');
    type(form.getByTestId('field-exclude'), '');
    choose(form.getByTestId('field-renderedBy'), 'newWorkLogRow');
    const details = open('workLogDetails');
    fireEvent.click(details.getByRole('button', { name: 'Hapus aksi 1' }));
    choose(details.getByTestId('field-renderedBy'), '');
    await save();
    await saved();
    const stored = (await storedProfile())!;
    expect(stored.fields.ownerGroup).toEqual({ ...nossaProfile.fields.ownerGroup, reach: ['logTab', 'mainTab'], scope: '#main', exclude: undefined, renderedBy: 'newWorkLogRow' });
    expect('exclude' in stored.fields.ownerGroup!).toBe(false);
    expect(stored.fields.workLogDetails!.reach).toEqual(['workLogTab', 'newWorkLogRow']);
    expect('renderedBy' in stored.fields.workLogDetails!).toBe(false);
  });

  it('actions: a control’s locator edited, an action added and another one removed', async () => {
    await show();
    const logTab = within(screen.getAllByTestId('profile-action').find((el) => el.getAttribute('data-action') === 'logTab')!);
    type(logTab.getAllByTestId('locator-text')[0]!, 'Log Kerja');
    type(logTab.getByTestId('locator-role'), 'button');
    type(screen.getByTestId('new-action-name'), 'history tab');
    fireEvent.click(screen.getByTestId('add-action'));
    expect(screen.getByRole('alert').textContent).toContain('hanya huruf dan angka');
    type(screen.getByTestId('new-action-name'), 'historyTab');
    fireEvent.click(screen.getByTestId('add-action'));
    const history = within(screen.getAllByTestId('profile-action').find((el) => el.getAttribute('data-action') === 'historyTab')!);
    type(history.getByTestId('locator-text'), 'History');
    const cancel = within(screen.getAllByTestId('profile-action').find((el) => el.getAttribute('data-action') === 'cancelChangeStatus')!);
    fireEvent.click(cancel.getByTestId('remove-action'));
    // An action a field still needs cannot be removed: the form says who uses it.
    const main = within(screen.getAllByTestId('profile-action').find((el) => el.getAttribute('data-action') === 'mainTab')!);
    expect(main.queryByTestId('remove-action')).toBeNull();
    expect(main.getByText(/masih dipakai oleh: Summary, Status/)).toBeTruthy();
    await save();
    await saved();
    const stored = (await storedProfile())!;
    expect(stored.actions.logTab!.locators[0]).toEqual({ by: 'role', role: 'button', text: ['Log Kerja'] });
    expect(stored.actions.historyTab).toEqual({ locators: [{ by: 'role', role: 'tab', text: ['History'] }] });
    expect(stored.actions.cancelChangeStatus).toBeUndefined();
  });
});

describe('invalid edits are refused at the field, in words', () => {
  it('an emptied text and a locator list left empty: said at the field with its label, marked, nothing stored', async () => {
    await show();
    const form = open('pendingReason');
    type(form.getAllByTestId('locator-text')[0]!, '   ');
    fireEvent.click(form.getByRole('button', { name: 'Hapus teks 2 dari cara 1' }));
    const until = open('pendingUntil');
    fireEvent.click(until.getByRole('button', { name: 'Hapus cara 2' }));
    fireEvent.click(until.getByRole('button', { name: 'Hapus cara 1' }));
    await save();
    expect(form.getByTestId('field-problems').textContent).toBe('Pending Reason, cara 1, teks 1: tidak boleh kosong.');
    expect(form.getAllByTestId('locator-text')[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(until.getByTestId('field-problems').textContent).toBe('Pending Until, cara mencari: tambahkan paling sedikit satu cara mencari.');
    expect(screen.getByTestId('profile-problems').textContent).toContain('Belum disimpan: 2 masalah');
    expect(screen.getByTestId('profile-message').textContent).toBe('Ada perubahan yang belum disimpan.');
    // The first marked control has the focus, for the keyboard.
    await waitFor(() => expect(document.activeElement).toBe(form.getAllByTestId('locator-text')[0]));
    expect(await storedProfile()).toBeNull();
    expect(messaging.sentOf('updateSettings')).toEqual([]);
  });

  it('a field reached through an action that is gone is refused with the action’s name', async () => {
    await show();
    const main = within(screen.getAllByTestId('profile-action').find((el) => el.getAttribute('data-action') === 'newWorkLogRow')!);
    expect(main.queryByTestId('remove-action')).toBeNull();
    const form = open('status');
    fireEvent.click(form.getByTestId('add-reach'));
    choose(form.getAllByTestId('reach-action')[1]!, 'logTab');
    await save();
    await saved();
    expect((await storedProfile())!.fields.status!.reach).toEqual(['mainTab', 'logTab']);
  });
});

describe('live status on the open NOSSA tab', () => {
  const report = (profile: SiteProfile): PageCheck => ({
    profileId: profile.id,
    pageKind: 'ticket',
    url: 'https://nossa.telkom.co.id/maximo/ui/',
    // The page has "Pending Reason" and "Status" labels; nothing else is on it.
    fields: Object.entries(profile.fields).map(([field, spec]) => {
      const found = spec.locators.some((l) => 'text' in l && l.text.some((x) => x === 'Pending Reason' || x === 'Status'));
      return found ? { field, status: 'found' as const, locator: 'label', via: [] } : { field, status: 'behind' as const, locator: null, via: ['logTab', 'newWorkLogRow'] };
    }),
    actions: Object.keys(profile.actions).map((action) => ({ action, found: action === 'logTab' })),
  });
  const status = (key: string) => within(field(key)).getAllByTestId('field-status')[0]!;

  it('shows each field found or not, follows the draft as it is edited, and checks again on demand', async () => {
    tab = report;
    await show();
    await waitFor(() => expect(status('pendingReason').getAttribute('data-status')).toBe('found'));
    expect(status('workLogType').textContent).toBe('Di balik tab atau dialog (Tab Log → Tombol New Row (Work Log))');
    expect(screen.getByTestId('live-note').textContent).toContain('NOSSA - IN110088258');
    const form = open('pendingReason');
    type(form.getAllByTestId('locator-text')[0]!, 'Reason');
    type(form.getAllByTestId('locator-text')[1]!, 'Alasan');
    fireEvent.click(form.getByRole('button', { name: 'Hapus cara 2' }));
    // The check waits for a pause in typing, then runs on the draft (unsaved): missing.
    await waitFor(() => expect(status('pendingReason').getAttribute('data-status')).toBe('behind'));
    const asked = messaging.sentOf('runPageCheck') as Array<{ profile: SiteProfile }>;
    expect(asked.at(-1)!.profile.fields.pendingReason!.locators).toEqual([{ by: 'label', text: ['Reason', 'Alasan'] }]);
    expect(screen.getByTestId('live-note').textContent).toContain('belum disimpan');
    const before = asked.length;
    fireEvent.click(screen.getByTestId('dashboard-page-check'));
    await waitFor(() => expect(messaging.sentOf('runPageCheck').length).toBe(before + 1));
  });

  it('says plainly when no NOSSA tab is open, and when the draft cannot be checked', async () => {
    await show();
    await waitFor(() => expect(screen.getByTestId('live-note').textContent).toContain('Tidak ada tab NOSSA yang terbuka'));
    expect(status('pendingReason').textContent).toBe('Belum diperiksa');
    type(open('status').getAllByTestId('locator-text')[0]!, '');
    expect(screen.getByTestId('live-note').textContent).toBe('Status belum diperbarui: perbaiki dulu masalah yang ditandai.');
    expect(screen.getByTestId<HTMLButtonElement>('dashboard-page-check').disabled).toBe(true);
  });
});

describe('undo, back to default, policy', () => {
  it('"Urungkan perubahan terakhir" restores the profile stored before each save, in turn', async () => {
    await show();
    expect(screen.getByTestId<HTMLButtonElement>('profile-undo').disabled).toBe(true);
    choose(open('status').getByTestId('field-kind'), 'valueList');
    await save();
    await saved();
    type(open('summary').getAllByTestId('locator-text')[0]!, 'Ringkasan Tiket');
    await save();
    await saved();
    expect((await storedProfile())!.fields.summary!.locators[0]).toEqual({ by: 'label', text: ['Ringkasan Tiket', 'Ringkasan'] });

    await act(async () => void fireEvent.click(screen.getByTestId('profile-undo')));
    await waitFor(() => expect(screen.getByTestId('profile-message').textContent).toBe('Perubahan terakhir diurungkan.'));
    const once = (await storedProfile())!;
    expect(once.fields.summary).toEqual(nossaProfile.fields.summary);
    expect(once.fields.status!.kind).toBe('valueList');
    expect(within(field('summary')).getAllByTestId<HTMLInputElement>('locator-text')[0]!.value).toBe('Summary');

    await act(async () => void fireEvent.click(screen.getByTestId('profile-undo')));
    await waitFor(async () => expect(await storedProfile()).toBeNull());
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('profile-undo').disabled).toBe(true));
  });

  it('"Kembali ke bawaan" can be undone too', async () => {
    await bg.ask('updateSettings', { siteProfile: { ...nossaProfile, name: 'NOSSA staging' } });
    await show({ ...bg.settings, siteProfile: { ...nossaProfile, name: 'NOSSA staging' } });
    await act(async () => void fireEvent.click(screen.getByTestId('profile-reset')));
    await waitFor(async () => expect(await storedProfile()).toBeNull());
    await screen.findByText('Memakai profil bawaan.');
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('profile-undo').disabled).toBe(false));
    await act(async () => void fireEvent.click(screen.getByTestId('profile-undo')));
    await waitFor(async () => expect((await storedProfile())?.name).toBe('NOSSA staging'));
    await screen.findByText('Memakai profil yang diubah admin.');
  });

  it('set by policy: the form is read-only and says so', async () => {
    await show({ ...bg.settings, policy: ['siteProfile'] });
    expect(screen.getByTestId('policy-note-siteProfile')).toBeTruthy();
    expect(screen.getByText('Formulir ini hanya untuk dilihat.')).toBeTruthy();
    const form = open('pendingReason');
    expect(form.getAllByTestId('locator-text')[0]!.closest<HTMLFieldSetElement>('fieldset[disabled]')?.disabled).toBe(true);
    for (const id of ['profile-save', 'profile-undo', 'profile-reset']) expect(screen.getByTestId<HTMLButtonElement>(id).disabled).toBe(true);
    expect(screen.queryByTestId('profile-import')).toBeNull();
  });
});

describe('the JSON view edits the same draft', () => {
  it('a form edit shows in the JSON, a JSON edit shows in the form, and broken JSON keeps the view with words', async () => {
    await show();
    type(open('pendingReason').getAllByTestId('locator-text')[0]!, 'Reason Pending');
    fireEvent.click(screen.getByTestId('profile-mode-json'));
    const json = screen.getByTestId<HTMLTextAreaElement>('profile-json');
    const value = JSON.parse(json.value) as SiteProfile;
    expect(value.fields.pendingReason!.locators[0]).toEqual({ by: 'label', text: ['Reason Pending', 'Alasan Pending'] });

    value.fields.status!.kind = 'dateTime';
    type(json, JSON.stringify(value));
    fireEvent.click(screen.getByTestId('profile-mode-form'));
    expect(within(field('status')).getByTestId<HTMLSelectElement>('field-kind').value).toBe('dateTime');
    expect(within(field('pendingReason')).getAllByTestId<HTMLInputElement>('locator-text')[0]!.value).toBe('Reason Pending');

    fireEvent.click(screen.getByTestId('profile-mode-json'));
    type(screen.getByTestId('profile-json'), '{ "v": 1, ');
    fireEvent.click(screen.getByTestId('profile-mode-form'));
    expect(screen.getByTestId('issues').textContent).toContain('Seluruh profil: bukan JSON yang valid');
    expect(screen.getByTestId('profile-mode-json').getAttribute('aria-selected')).toBe('true');
    await save();
    expect(await storedProfile()).toBeNull();
  });
});
