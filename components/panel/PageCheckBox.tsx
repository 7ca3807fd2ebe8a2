import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { deepCheckPage } from '@/lib/fill';
import { checkPage, type PageCheck } from '@/lib/sites';
import { ticketLink } from '@/lib/sites/ticket-link';
import { PageCheckReport } from '../PageCheckReport';
import { useI18n } from '../I18n';
import { FieldPicker } from './picker/FieldPicker';
import { ProfileRepair } from './picker/ProfileRepair';
import { closePicker, openGuide } from './picker/picker-actions';
import { pageCheckStore, pickerStore } from './picker/picker-store';
import { useSiteProfile } from './SiteProfileContext';

/**
 * The footer's page check, and the deep check: it opens the Log tab, a new work-log row and the
 * Change Status dialog to check every field, then reloads the ticket so nothing it opened is kept
 * (no Save is ever pressed). The report is stashed with the background across that reload and
 * shown once the page is back. The report on view lives in a store of the page, so the field
 * picker can re-run it after a save and it survives the panel being collapsed.
 */
export function usePageCheck(ticketId: string | null) {
  const profile = useSiteProfile();
  const check = useSyncExternalStore(pageCheckStore.subscribe, pageCheckStore.get);
  const [deep, setDeep] = useState<'idle' | 'running' | 'failed'>('idle');

  useEffect(() => {
    let alive = true;
    sendMessage('takePageCheck', undefined)
      .then((report) => alive && report && pageCheckStore.set(report))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const runDeep = async () => {
    if (!ticketId) return;
    closePicker();
    setDeep('running');
    try {
      const report = await deepCheckPage(document, profile);
      pageCheckStore.set(report);
      await sendMessage('stashPageCheck', { report });
      // The fresh load discards the unsaved New Row the check left; same host as this tab.
      location.assign(ticketLink(profile, ticketId, location.origin));
    } catch {
      setDeep('failed');
    }
  };

  return {
    check,
    close: () => {
      closePicker();
      pageCheckStore.set(null);
    },
    runQuick: () => pageCheckStore.set(checkPage(document, profile)),
    runDeep,
    deep,
  };
}

export function PageCheckBox({ check, onClose }: { check: PageCheck; onClose: () => void }) {
  const { t } = useI18n();
  const picking = useSyncExternalStore(pickerStore.subscribe, pickerStore.get).phase !== 'idle';
  // "Pilih di halaman" beside every field: a missing one needs it; a lead may re-point any other.
  const pick = (field: string, status: string) =>
    picking ? null : (
      <button
        type="button"
        className={status === 'missing' ? 'picker-pick primary' : 'picker-pick'}
        onClick={() => openGuide(field)}
        title={t('picker.pickHint')}
        aria-label={`${t('picker.pick')}: ${t(`field.${field}` as MessageKey)}`}
        data-testid="picker-pick"
      >
        {t('picker.pick')}
      </button>
    );
  return (
    <div className="pandu-body check-box">
      <PageCheckReport report={check} fieldAction={pick} />
      <FieldPicker />
      <ProfileRepair />
      <button type="button" className="check-close" onClick={onClose}>
        {t('check.close')}
      </button>
    </div>
  );
}
