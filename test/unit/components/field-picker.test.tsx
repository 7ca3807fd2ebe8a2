// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageCheckBox } from '@/components/panel/PageCheckBox';
import { beginPicking } from '@/components/panel/picker/picker-actions';
import { pageCheckStore, pickerStore, resetPickerStores, undoStore } from '@/components/panel/picker/picker-store';
import type { Settings } from '@/lib/schema';
import { checkPage, nossaProfile, siteProfileSchema, type SiteProfile } from '@/lib/sites';
import { proposeLocators } from '@/lib/sites/propose-locators';
import { renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The field picker on Preact, against the real background handlers: a pick captured on the page
 * (NOSSA's own listener never sees it), proposals, one-click save into the stored profile, undo,
 * back to default, and nothing savable when the profile is set by policy.
 */
const PAGE = `<div id="nossa"><table><tr><td><label for="mx11">Incident</label></td><td><input id="mx11" title="Incident: IN110088258" value="IN110088258"></td></tr>
  <tr><td><label for="mx12">Pending Reason</label></td><td><div id="mx12_holder"><input id="mx12" role="combobox" class="fld cbt" readonly title="Pending Reason: " value=""><img id="drop"></div></td></tr></table></div>`;

const broken: SiteProfile = siteProfileSchema.parse({
  ...nossaProfile,
  fields: { ...nossaProfile.fields, pendingReason: { ...nossaProfile.fields.pendingReason!, locators: [{ by: 'label', text: ['Alasan Tunda'] }] } },
});

let bg: TestBackground;
beforeEach(async () => {
  resetPickerStores();
  document.body.innerHTML = PAGE;
  bg = await startTestBackground('panel');
});
afterEach(() => resetPickerStores());

function renderCheck(settings: Settings) {
  const report = checkPage(document, settings.siteProfile ?? nossaProfile);
  pageCheckStore.set(report);
  return renderPanel(<PageCheckBox check={report} onClose={() => pageCheckStore.set(null)} />, { settings });
}

describe('the field picker', () => {
  it('guides, captures the click away from NOSSA, proposes, saves with one click, undoes and goes back to default', async () => {
    const settings = await bg.ask<Settings>('updateSettings', { siteProfile: broken });
    renderCheck(settings);
    const row = document.querySelector('li[data-field="pendingReason"]')!;
    expect(row.getAttribute('data-status')).toBe('missing');
    fireEvent.click(row.querySelector('[data-testid="picker-pick"]')!);
    expect((await screen.findByTestId('picker')).textContent).toContain('Pilih field Pending Reason');
    // No Incident tab on this page: the way to the field cannot be opened from here, and the panel says so.
    expect(screen.getByTestId('picker-way').textContent).toContain('"Incident" tidak ada di halaman ini');
    expect(document.activeElement).toBe(screen.getByTestId('picker-start')); // focus follows the step
    fireEvent.click(screen.getByTestId('picker-start'));
    expect(pickerStore.get().phase).toBe('picking');
    expect((await screen.findByTestId('picker-picking')).textContent).toContain('Esc membatalkan');

    // NOSSA's own listener on the field never hears the click; the drop image means its field.
    const nossaHeard = vi.fn();
    document.getElementById('drop')!.addEventListener('click', nossaHeard);
    fireEvent.mouseOver(document.getElementById('mx12')!);
    expect(screen.getByTestId('picker-outline').style.display).toBe('block');
    fireEvent.click(document.getElementById('drop')!);
    expect(nossaHeard).not.toHaveBeenCalled();
    expect(screen.queryByTestId('picker-outline')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('picker-picked').textContent).toContain('"Pending Reason" (daftar nilai)'));
    const best = document.querySelector('[data-proposal="label+title"]')!;
    expect(best.getAttribute('data-verdict')).toBe('unique');
    expect((best.querySelector('input') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByTestId('picker-save'));
    await waitFor(() => expect(screen.getByTestId('picker-saved').textContent).toContain('Pending Reason ditemukan'));
    const stored = await bg.ask<Settings>('getSettings', undefined);
    expect(stored.siteProfile!.fields.pendingReason!.locators).toEqual([
      { by: 'label', text: ['Pending Reason'] },
      { by: 'titlePrefix', text: ['Pending Reason'] },
    ]);
    expect(pageCheckStore.get()!.fields.find((f) => f.field === 'pendingReason')!.status).toBe('found');
    expect(undoStore.get()).toEqual([broken]);

    fireEvent.click(screen.getByTestId('picker-undo'));
    await waitFor(() => expect(screen.getByTestId('picker-repair-status').textContent).toBe('Dikembalikan ke profil sebelum perubahan.'));
    expect((await bg.ask<Settings>('getSettings', undefined)).siteProfile).toEqual(broken);
    expect(pageCheckStore.get()!.fields.find((f) => f.field === 'pendingReason')!.status).toBe('missing');

    fireEvent.click(screen.getByTestId('picker-reset'));
    await waitFor(() => expect(screen.getByTestId('picker-repair-status').textContent).toBe('Memakai profil bawaan lagi.'));
    expect((await bg.ask<Settings>('getSettings', undefined)).siteProfile).toBeNull();
    expect(undoStore.get()).toEqual([broken]); // back to default can be undone too
  });

  it('Escape while picking cancels: nothing captured any more, the report is back', async () => {
    renderCheck(bg.settings);
    beginPicking(document, { root: document.body, host: document.querySelector('.check-box')! }, nossaProfile, 'ownerGroup');
    const nossaHeard = vi.fn();
    document.getElementById('mx11')!.addEventListener('click', nossaHeard);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(pickerStore.get().phase).toBe('idle');
    fireEvent.click(document.getElementById('mx11')!);
    expect(nossaHeard).toHaveBeenCalledTimes(1);
  });

  it('set by company policy: the proposals are shown, saving is not offered and the panel says why', async () => {
    // As the background reports a policy's profile (not stored by this page).
    const settings: Settings = { ...bg.settings, siteProfile: broken, policy: ['siteProfile'] };
    const picked = document.getElementById('mx12')!;
    const result = proposeLocators(document, broken, 'pendingReason', picked);
    pickerStore.set({ phase: 'proposals', field: 'pendingReason', result, element: picked, selected: result.preselected });
    renderCheck(settings);
    await waitFor(() => expect(screen.getByTestId('picker-policy').textContent).toContain('kebijakan perusahaan'));
    expect(screen.queryByTestId('picker-save')).toBeNull();
    expect(screen.queryByTestId('picker-repair')).toBeNull();
  });
});
