// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistCard } from '@/entrypoints/popup/ChecklistCard';
import { findChecklist, type PanduDb } from '@/lib/db';
import { MessageRefusedError, type ShiftNow } from '@/lib/messaging';
import type { ShiftSlot } from '@/lib/schema';
import { NOW } from '../abuse/background';
import { messaging } from './messaging-fake';
import { renderPopup, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));
// The popup reads Dexie directly (entrypoints/popup/database.ts): here, the test background's database.
const popupDb = vi.hoisted(() => ({ current: null as PanduDb | null }));
vi.mock('@/entrypoints/popup/database', () => ({
  get db() {
    return popupDb.current;
  },
}));

/**
 * The popup's shift-start checklist (entrypoints/popup/ChecklistCard.tsx, IK 1.1): what is stored
 * is what is shown (a live query on the database the background writes), a tick goes through
 * the background, "Siap melayani pelanggan" only after 1.1.1-1.1.5, a refusal in words.
 */
let bg: TestBackground;
let slot: ShiftSlot;
beforeEach(async () => {
  // The agent's identity is set; 1.1.1 was ticked in the shift running now (Pagi, from 10:00).
  bg = await startTestBackground('popup');
  popupDb.current = bg.db;
  slot = (await bg.ask<ShiftNow>('getShiftNow', undefined)).slot!;
  await bg.ask('tickChecklist', { step: '1.1.1', ticked: true });
});

const showChecklist = () =>
  renderPopup(<ChecklistCard agent={bg.settings.agent!} slot={slot} graceMinutes={bg.settings.shifts.graceMinutes} now={Date.parse(NOW)} />, { settings: bg.settings });
const box = (step: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: new RegExp(`^${step.replaceAll('.', '\\.')} `) });
const ready = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Siap melayani pelanggan (1.1.6)' });
const stored = async () => findChecklist(bg.db, bg.settings.agent!.nossaUserId, slot);
async function tick(step: string) {
  fireEvent.click(box(step));
  await waitFor(async () => expect((await stored())?.ticks.some((t) => t.step === step)).toBe(true));
  await waitFor(() => expect(box(step).checked).toBe(true));
}

describe('the popup checklist', () => {
  it('shows the stored checklist: each step in Indonesian, what is ticked with its time, how many are done', async () => {
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    expect(screen.getAllByRole('checkbox').map((b) => b.closest('label')!.textContent)).toEqual([
      '1.1.1Pada PC dan Monitor tekan tombol ON/OFF',
      '1.1.2Siapkan aplikasi pendukung',
      '1.1.3Siapkan aplikasi NOSSA',
      '1.1.4Masukan login',
      '1.1.5Masukan password',
    ]);
    expect(box('1.1.1').checked).toBe(true);
    expect(within(screen.getByTestId('step-1.1.1')).getByText(/^\d\d:\d\d/).tagName).toBe('TIME');
    expect(['1.1.2', '1.1.3', '1.1.4', '1.1.5'].map((s) => box(s).checked)).toEqual([false, false, false, false]);
  });

  it('a tick goes to the background as tickChecklist, and the stored tick is what stays shown', async () => {
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    fireEvent.click(box('1.1.2'));
    expect(box('1.1.2').checked).toBe(true); // at once, while the background stores it

    await screen.findByText('2 dari 5 langkah');
    expect(messaging.sentOf('tickChecklist')).toEqual([{ step: '1.1.2', ticked: true }]);
    expect((await stored())?.ticks.map((t) => t.step)).toEqual(['1.1.1', '1.1.2']);
    expect(within(screen.getByTestId('step-1.1.2')).getByText(/^\d\d:\d\d/).tagName).toBe('TIME');

    fireEvent.click(box('1.1.2')); // untick
    await screen.findByText('1 dari 5 langkah');
    expect(messaging.sentOf('tickChecklist').at(-1)).toEqual({ step: '1.1.2', ticked: false });
    expect(box('1.1.2').checked).toBe(false);
  });

  it('“Siap melayani pelanggan” only once 1.1.1–1.1.5 are all ticked; then the checklist is closed with its time', async () => {
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    expect(ready().disabled).toBe(true);
    expect(screen.getByText('Centang langkah 1.1.1–1.1.5 dulu (4 lagi).')).toBeTruthy();
    for (const step of ['1.1.2', '1.1.3', '1.1.4']) await tick(step);
    await screen.findByText('Centang langkah 1.1.1–1.1.5 dulu (1 lagi).');
    expect(ready().disabled).toBe(true);

    await tick('1.1.5');
    await waitFor(() => expect(ready().disabled).toBe(false));
    expect(screen.queryByText(/^Centang langkah 1\.1\.1–1\.1\.5 dulu/)).toBeNull();
    fireEvent.click(ready());

    expect((await screen.findByTestId('ready-done')).textContent).toMatch(/^1\.1\.6 Siap melayani sejak \d\d:\d\d/);
    expect(messaging.sentOf('completeChecklist')).toHaveLength(1);
    expect((await stored())?.completedAt).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Siap melayani pelanggan (1.1.6)' })).toBeNull();
    expect(screen.getAllByRole<HTMLInputElement>('checkbox').every((b) => b.disabled)).toBe(true);
  });

  it('a tick the background refuses is undone on screen, and the refusal is said in words', async () => {
    // The shift ended while the popup stayed open: nothing to tick any more.
    messaging.answer('tickChecklist', () => ({ slot: null, record: null, refusal: 'no-shift' }));
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    fireEvent.click(box('1.1.2'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Tidak ada shift yang berjalan saat ini.'));
    expect(box('1.1.2').checked).toBe(false);
    expect(screen.getByText('1 dari 5 langkah')).toBeTruthy();
    expect((await stored())?.ticks.map((t) => t.step)).toEqual(['1.1.1']);
  });

  // A typed refusal thrown by the background is its answer, worded as PopupApp and the panel word
  // it (refusalCodeOf), never as if the background were unreachable.
  it('a tick the background refuses because browser storage is full says so in words', async () => {
    messaging.answer('tickChecklist', () => {
      throw new MessageRefusedError('storage-full', 'QuotaExceededError');
    });
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    fireEvent.click(box('1.1.2'));

    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    expect(box('1.1.2').checked).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('Penyimpanan browser penuh: langkah ini BELUM tersimpan');
    expect(screen.getByRole('status').textContent).not.toContain('latar belakang');
    expect(screen.getByRole('status').textContent).not.toContain('storage-full');
  });

  it('a tick that cannot reach the background says so; a failure inside the background is not said as one', async () => {
    messaging.answer('tickChecklist', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    showChecklist();
    await screen.findByText('1 dari 5 langkah');
    fireEvent.click(box('1.1.2'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Pandu tidak dapat menghubungi latar belakang ekstensi: Could not establish connection. Receiving end does not exist.'),
    );
    expect(box('1.1.2').checked).toBe(false);

    messaging.answer('tickChecklist', () => {
      throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
    });
    fireEvent.click(box('1.1.2'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Terjadi kesalahan: UnknownError: Internal error opening backing store for indexedDB.open.'));
    expect(box('1.1.2').checked).toBe(false);
  });
});
