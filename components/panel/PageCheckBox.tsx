import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import { deepCheckPage } from '@/lib/fill';
import { checkPage, type PageCheck } from '@/lib/sites';
import { ticketLink } from '@/lib/sites/ticket-link';
import { PageCheckReport } from '../PageCheckReport';
import { useI18n } from '../I18n';
import { useSiteProfile } from './SiteProfileContext';

/**
 * The footer's page check, and the deep check: it opens the Log tab, a new work-log row and the
 * Change Status dialog to check every field, then reloads the ticket so nothing it opened is kept
 * (no Save is ever pressed). The report is stashed with the background across that reload and
 * shown once the page is back.
 */
export function usePageCheck(ticketId: string | null) {
  const profile = useSiteProfile();
  const [check, setCheck] = useState<PageCheck | null>(null);
  const [deep, setDeep] = useState<'idle' | 'running' | 'failed'>('idle');

  useEffect(() => {
    let alive = true;
    sendMessage('takePageCheck', undefined)
      .then((report) => alive && report && setCheck(report))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const runDeep = async () => {
    if (!ticketId) return;
    setDeep('running');
    try {
      const report = await deepCheckPage(document, profile);
      setCheck(report);
      await sendMessage('stashPageCheck', { report });
      // The fresh load discards the unsaved New Row the check left; same host as this tab.
      location.assign(ticketLink(profile, ticketId, location.origin));
    } catch {
      setDeep('failed');
    }
  };

  return { check, close: () => setCheck(null), runQuick: () => setCheck(checkPage(document, profile)), runDeep, deep };
}

export function PageCheckBox({ check, onClose }: { check: PageCheck; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="pandu-body check-box">
      <PageCheckReport report={check} />
      <button type="button" onClick={onClose}>
        {t('check.close')}
      </button>
    </div>
  );
}
