// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { UntilInput } from '@/components/panel/flow/UntilInput';
import { ClockInput } from '@/components/time-entry/ClockInput';
import { DateTimeEntry } from '@/components/time-entry/DateTimeEntry';
import { DayInput } from '@/components/time-entry/DayInput';
import { allCatalogues } from '@/lib/i18n/catalogues';
import { procedureConfigSchema, type ProcedureConfig } from '@/lib/schema';
import type { EntryKind } from '@/lib/time';
import { renderPanel, startTestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * Pandu's date and time entry on Preact, as the panel, the popup and the dashboard use it:
 * what typing, pasting, arrows and Backspace do to the text, the echo in words with the zone,
 * refusals at the field with its label, and the quick picks. (preact/compat listens for focusin /
 * focusout where React code says onFocus / onBlur, as a browser fires both.)
 */

// Sunday 06-12-2026 20:52 UTC: Monday 07-12-2026 03:52 in WIB.
const NOW = new Date('2026-12-06T20:52:00.000Z');
const ZONE = 'Asia/Jakarta';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const BASE = { year: 2026, month: 12, day: 7, hour: 3, minute: 52 };

/** The entry with its value held as a caller holds it; `changes` lists what onChange was told. */
function Harness({ kind, initial = '', changes }: { kind: EntryKind; initial?: string; changes: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider language="id" catalogues={allCatalogues}>
      <DateTimeEntry
        kind={kind}
        value={value}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
        base={() => BASE}
        ariaLabel="Waktu"
        testId="entry"
      />
    </I18nProvider>
  );
}

const entry = () => screen.getByTestId<HTMLInputElement>('entry');
/** As the browser does for typing at the end, a paste or Playwright's fill: the value changes, then input fires. */
const typeRaw = (value: string) => fireEvent.input(entry(), { target: { value } });
const caretAt = (start: number, end = start) => entry().setSelectionRange(start, end);

describe('DateTimeEntry', () => {
  it('is a plain text field with the pattern as placeholder, whatever the browser’s locale', () => {
    render(<Harness kind="datetime" changes={[]} />);
    expect(entry().type).toBe('text');
    expect(entry().placeholder).toBe('dd-mm-yyyy HH:mm');
    expect(entry().inputMode).toBe('numeric');
  });

  it('masks what is typed or pasted: digits into their segments, letters dropped, caret after what was typed', () => {
    const changes: string[] = [];
    render(<Harness kind="datetime" changes={changes} />);
    typeRaw('07122026 1630');
    expect(entry().value).toBe('07-12-2026 16:30');
    typeRaw('07-12-2026 16:30x');
    expect(entry().value).toBe('07-12-2026 16:30');
    expect(entry().selectionStart).toBe(16);
    typeRaw('7.12.2026 9.05');
    expect(entry().value).toBe('7-12-2026 9:05');
    expect(changes).toEqual(['07-12-2026 16:30', '7-12-2026 9:05']);
  });

  it('tidies the text when the field is left', () => {
    render(<Harness kind="datetime" initial="7-12-2026 9:05" changes={[]} />);
    fireEvent.focusOut(entry());
    expect(entry().value).toBe('07-12-2026 09:05');
  });

  it('arrow up/down change the segment under the caret and select it (Shift: by 10)', () => {
    render(<Harness kind="datetime" initial="07-12-2026 16:30" changes={[]} />);
    caretAt(12);
    fireEvent.keyDown(entry(), { key: 'ArrowUp' });
    expect(entry().value).toBe('07-12-2026 17:30');
    expect([entry().selectionStart, entry().selectionEnd]).toEqual([11, 13]);
    caretAt(15);
    fireEvent.keyDown(entry(), { key: 'ArrowDown', shiftKey: true });
    expect(entry().value).toBe('07-12-2026 17:20');
    caretAt(0);
    fireEvent.keyDown(entry(), { key: 'ArrowDown' });
    expect(entry().value).toBe('06-12-2026 17:20');
  });

  it('starts an empty field from its base on an arrow', () => {
    render(<Harness kind="datetime" changes={[]} />);
    fireEvent.keyDown(entry(), { key: 'ArrowUp' });
    expect(entry().value).toBe('08-12-2026 03:52');
  });

  it('digits typed inside replace the segment under the caret, then move on to the next', () => {
    render(<Harness kind="datetime" initial="07-12-2026 16:30" changes={[]} />);
    caretAt(0, 2);
    fireEvent.keyDown(entry(), { key: '1' });
    expect(entry().value).toBe('1-12-2026 16:30');
    fireEvent.keyDown(entry(), { key: '5' });
    expect(entry().value).toBe('15-12-2026 16:30');
    expect([entry().selectionStart, entry().selectionEnd]).toEqual([3, 5]);
    // The month is selected: "0", "1" make it January; the year is selected next.
    fireEvent.keyDown(entry(), { key: '0' });
    fireEvent.keyDown(entry(), { key: '1' });
    expect(entry().value).toBe('15-01-2026 16:30');
    expect([entry().selectionStart, entry().selectionEnd]).toEqual([6, 10]);
    // A separator key moves on to the next segment.
    fireEvent.keyDown(entry(), { key: '-' });
    expect([entry().selectionStart, entry().selectionEnd]).toEqual([11, 13]);
  });

  it('Backspace and Delete inside take digits and keep the separators', () => {
    render(<Harness kind="datetime" initial="07-12-2026 16:30" changes={[]} />);
    caretAt(5);
    fireEvent.keyDown(entry(), { key: 'Backspace' });
    fireEvent.keyDown(entry(), { key: 'Backspace' });
    expect(entry().value).toBe('07--2026 16:30');
    expect(entry().selectionStart).toBe(3);
    caretAt(0);
    fireEvent.keyDown(entry(), { key: 'Delete' });
    expect(entry().value).toBe('7--2026 16:30');
  });

  it('leaves typing at the end, Tab, and shortcuts to the browser', () => {
    render(<Harness kind="datetime" initial="07-12" changes={[]} />);
    caretAt(5);
    for (const key of ['2', 'Backspace', 'Tab', 'ArrowLeft']) expect(fireEvent.keyDown(entry(), { key }), key).toBe(true);
    caretAt(1);
    expect(fireEvent.keyDown(entry(), { key: 'a', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(entry(), { key: 'x' })).toBe(false); // a letter inside: ignored
    expect(entry().value).toBe('07-12');
  });
});

describe('DayInput (the dashboard’s date filter)', () => {
  function Filter({ min, seen }: { min?: string; seen: Array<string | null> }) {
    const [day, setDay] = useState<string | null>('2026-12-07');
    return (
      <I18nProvider language="id" catalogues={allCatalogues}>
        <DayInput
          label="Sampai"
          value={day}
          min={min}
          onChange={(next) => {
            seen.push(next);
            setDay(next);
          }}
          testId="day"
        />
        <button type="button" onClick={() => setDay('2026-12-01')}>
          preset
        </button>
      </I18nProvider>
    );
  }
  const day = () => screen.getByTestId<HTMLInputElement>('day');

  it('shows a yyyy-MM-dd day as dd-mm-yyyy, labelled, and takes a typed day once it is whole', () => {
    const seen: Array<string | null> = [];
    render(<Filter seen={seen} />);
    expect(screen.getByLabelText('Sampai')).toBe(day());
    expect(day().value).toBe('07-12-2026');
    expect(day().title).toBe('Senin, 07 Des 2026');
    fireEvent.input(day(), { target: { value: '8' } });
    fireEvent.input(day(), { target: { value: '8122026' } });
    expect(day().value).toBe('8-12-2026');
    expect(seen).toEqual(['2026-12-08']);
    fireEvent.input(day(), { target: { value: '' } });
    expect(seen).toEqual(['2026-12-08', null]);
  });

  it('follows a day set from outside (a preset)', () => {
    render(<Filter seen={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'preset' }));
    expect(day().value).toBe('01-12-2026');
  });

  it('refuses a day that does not exist, or before the other end, in words with its label, and keeps the filter', () => {
    const seen: Array<string | null> = [];
    render(<Filter min="2026-12-05" seen={seen} />);
    fireEvent.input(day(), { target: { value: '31-02-2026' } });
    expect(day().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Sampai: tanggal itu tidak ada di kalender.');
    expect(day().getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    fireEvent.input(day(), { target: { value: '01-12-2026' } });
    expect(screen.getByRole('alert').textContent).toBe('Sampai tidak boleh sebelum 05-12-2026.');
    expect(seen).toEqual([]);
  });

  it('says a half-typed day is incomplete only once the field is left', () => {
    render(<Filter seen={[]} />);
    fireEvent.focusIn(day());
    fireEvent.input(day(), { target: { value: '07-12' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.focusOut(day());
    expect(screen.getByRole('alert').textContent).toBe('Sampai belum lengkap: tulis dd-mm-yyyy, misalnya 07-12-2026.');
  });
});

describe('ClockInput (the popup’s shift times)', () => {
  it('passes on HH:mm once it is a time, and what was typed otherwise', () => {
    const seen: string[] = [];
    function Shift() {
      const [time, setTime] = useState('07:00');
      return (
        <I18nProvider language="id" catalogues={allCatalogues}>
          <ClockInput
            ariaLabel="Mulai Pagi"
            value={time}
            onChange={(next) => {
              seen.push(next);
              setTime(next);
            }}
          />
        </I18nProvider>
      );
    }
    render(<Shift />);
    const input = screen.getByLabelText<HTMLInputElement>('Mulai Pagi');
    fireEvent.input(input, { target: { value: '7' } });
    fireEvent.input(input, { target: { value: '7.30' } });
    expect(input.value).toBe('7:30');
    fireEvent.focusOut(input);
    expect(input.value).toBe('07:30');
    fireEvent.input(input, { target: { value: '25:00' } });
    expect(seen).toEqual(['7', '07:30', '25:00']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('UntilInput (the panel’s pending-until)', () => {
  async function showUntil({
    initial = '',
    config: patch = {},
    reasonCode,
    optional = false,
  }: { initial?: string; config?: Partial<ProcedureConfig>; reasonCode?: string; optional?: boolean } = {}) {
    const bg = await startTestBackground('panel');
    const config = procedureConfigSchema.parse(patch);
    const seen: string[] = [];
    function Until() {
      const [value, setValue] = useState(initial);
      return (
        <UntilInput
          label="Pending sampai"
          value={value}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
          config={config}
          testId="until"
          optional={optional}
          reasonCode={reasonCode}
          timeZone={ZONE}
        />
      );
    }
    renderPanel(<Until />, { settings: bg.settings });
    const input = screen.getByLabelText<HTMLInputElement>('Pending sampai');
    const note = () => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null;
    return { input, note, seen };
  }

  it('echoes the value in words with the zone, named beside the field', async () => {
    const { input, note } = await showUntil({ initial: '07-12-2026 16:30' });
    expect(input.getAttribute('data-testid')).toBe('until');
    expect(note()).toBe('Senin, 07 Des 2026 16:30 WIB');
    expect(screen.getByTestId('time-zone').textContent).toBe('WIB');
    expect(screen.getByTestId('time-zone').getAttribute('title')).toBe('Waktu Indonesia Barat (UTC+7)');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('reads a draft saved in the browser’s old date-time form', async () => {
    const { input, note } = await showUntil({ initial: '2026-12-07T16:30' });
    expect(input.value).toBe('07-12-2026 16:30');
    expect(note()).toBe('Senin, 07 Des 2026 16:30 WIB');
  });

  it('refuses beyond the maximum at the field, with its label and the latest time allowed', async () => {
    const { input, note } = await showUntil({ initial: '11-12-2026 16:30' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(note()).toBe('Pending sampai paling lama 72 jam dari sekarang, yaitu sampai Kamis, 10 Des 2026 03:52 WIB.');
  });

  it('refuses a time already past, a date that does not exist, and an empty required field', async () => {
    const { input, note } = await showUntil({ initial: '07-12-2026 03:00' });
    expect(note()).toBe('Pending sampai sudah lewat: pilih waktu setelah sekarang (Senin, 07 Des 2026 03:52 WIB).');
    fireEvent.input(input, { target: { value: '31-11-2026 10:00' } });
    expect(note()).toBe('Pending sampai: tanggal itu tidak ada di kalender.');
    fireEvent.input(input, { target: { value: '' } });
    expect(note()).toBe('Pending sampai wajib diisi: tulis dd-mm-yyyy HH:mm, misalnya 07-12-2026 16:30.');
  });

  it('an optional field left empty shows how to write it, and no error', async () => {
    const { input, note } = await showUntil({ optional: true });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(note()).toBe('Tulis dd-mm-yyyy HH:mm, 24 jam (contoh 07-12-2026 16:30). Panah atas/bawah mengubah angka di kursor.');
  });

  it('waits until the field is left to call a half-typed time incomplete', async () => {
    const { input, note } = await showUntil({ initial: '07-12-2026 16:30' });
    fireEvent.focusIn(input);
    fireEvent.input(input, { target: { value: '07-12-20' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.focusOut(input);
    expect(note()).toBe('Pending sampai belum lengkap: tulis dd-mm-yyyy HH:mm, misalnya 07-12-2026 16:30.');
  });

  it('quick picks: tomorrow 09:00 in the agent’s zone, two hours on, and the reason’s default', async () => {
    const { input, seen } = await showUntil({ reasonCode: 'MENUNGGU-MATERIAL' });
    const picks = within(screen.getByRole('group', { name: 'Pilihan cepat untuk Pending sampai' }));
    fireEvent.click(picks.getByRole('button', { name: 'Besok 09:00' }));
    expect(input.value).toBe('08-12-2026 09:00');
    expect(picks.getByRole('button', { name: 'Besok 09:00' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(picks.getByRole('button', { name: '+2 jam' }));
    expect(input.value).toBe('07-12-2026 05:52');
    fireEvent.click(picks.getByRole('button', { name: 'Standar alasan: 48 jam' }));
    expect(input.value).toBe('09-12-2026 04:00'); // 48 h on, up to the half hour
    expect(seen).toEqual(['08-12-2026 09:00', '07-12-2026 05:52', '09-12-2026 04:00']);
  });

  it('a quick pick beyond the maximum cannot be chosen, and says why', async () => {
    await showUntil({ config: { maxPendingHours: 3 }, reasonCode: 'PLG-RESCHEDULE' });
    const tomorrow = screen.getByRole<HTMLButtonElement>('button', { name: 'Besok 09:00' });
    expect(tomorrow.disabled).toBe(true);
    expect(tomorrow.title).toBe('Besok 09:00 di luar batas 3 jam');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '+2 jam' }).disabled).toBe(false);
    // The reason's 24 h is held to the maximum by proposedPendingUntil, so it stays choosable.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Standar alasan: 24 jam' }).disabled).toBe(false);
  });
});
