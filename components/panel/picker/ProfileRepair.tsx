import { useState, useSyncExternalStore } from 'react';
import { checkPage } from '@/lib/sites';
import { activeProfile } from '@/lib/sites/active-profile';
import { errorText } from '../../error-text';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { pageCheckStore, undoStore } from './picker-store';

/**
 * Undo and "back to default" for the picker's saves, below the page check: "Urungkan" restores
 * the stored profile as it was before the newest change made here (kept for this page: a reload
 * forgets it, and the dashboard's profile page stays the place for older versions); "Kembali ke
 * bawaan" goes back to the shipped profile, and can itself be undone. Not offered when the
 * profile is set by company policy. The page check runs again after either.
 */
export function ProfileRepair() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const stack = useSyncExternalStore(undoStore.subscribe, undoStore.get);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!settings || settings.policy.includes('siteProfile')) return null;
  if (!stack.length && !settings.siteProfile && !note) return null;

  const apply = async (siteProfile: typeof settings.siteProfile, nextStack: typeof stack, done: string) => {
    setBusy(true);
    try {
      await update({ siteProfile });
      undoStore.set(nextStack);
      pageCheckStore.set(checkPage(document, activeProfile({ siteProfile })));
      setNote(done);
    } catch (error) {
      setNote(t('picker.saveFailed', { detail: errorText(t, error, (detail) => detail) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="picker-repair actions" data-testid="picker-repair">
      {stack.length > 0 && (
        <button
          type="button"
          disabled={busy}
          title={t('picker.undoHint')}
          onClick={() => void apply(stack.at(-1)!, stack.slice(0, -1), t('picker.undone'))}
          data-testid="picker-undo"
        >
          {t('picker.undo')}
        </button>
      )}
      {settings.siteProfile && (
        <button
          type="button"
          disabled={busy}
          title={t('picker.resetHint')}
          onClick={() => void apply(null, [...stack, settings.siteProfile], t('picker.resetDone'))}
          data-testid="picker-reset"
        >
          {t('picker.reset')}
        </button>
      )}
      <span role="status" data-testid="picker-repair-status">
        {note ?? ''}
      </span>
    </div>
  );
}
