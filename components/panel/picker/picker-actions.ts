import type { SiteProfile } from '@/lib/sites';
import { proposeLocators } from '@/lib/sites/propose-locators';
import { startPicking, type PickOwner } from './pick-session';
import { pickerStore } from './picker-store';

/**
 * Starting and ending a pick, outside any component: the capture must go on while the panel is
 * collapsed (its body unmounted) so that it does not cover the field, and the proposals wait in
 * the store for the panel to open again.
 */
let stopSession: (() => void) | null = null;

export function stopPicking(): void {
  stopSession?.();
  stopSession = null;
}

export function beginPicking(doc: Document, owner: PickOwner, profile: SiteProfile, field: string): void {
  stopPicking();
  pickerStore.set({ phase: 'picking', field });
  stopSession = startPicking(doc, owner, {
    onPick: (element) => {
      stopPicking();
      const result = proposeLocators(doc, profile, field, element);
      pickerStore.set({ phase: 'proposals', field, result, element, selected: result.preselected });
    },
    onCancel: closePicker,
  });
}

export function openGuide(field: string): void {
  stopPicking();
  pickerStore.set({ phase: 'guide', field });
}

export function closePicker(): void {
  stopPicking();
  pickerStore.set({ phase: 'idle' });
}
