import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { retentionAllowed } from '@/lib/db';
import { formatCount } from '../format';
import { useRetentionStatus } from './useRetentionStatus';

/** Asks the lead, where they look first, to decide about data older than the retention period. */
export function RetentionNotice() {
  const { t, language } = useI18n();
  const { settings } = useSettings();
  const retention = settings?.retention;
  const { expired } = useRetentionStatus(retention, false);
  if (!retention || retentionAllowed(retention) || !expired?.sessions) return null;
  return (
    <p className="card notice" role="note" data-testid="retention-notice">
      {t('dashboard.retention.notice', { count: formatCount(expired.sessions, language), days: retention.days })} <a href="#settings">{t('dashboard.retention.review')}</a>
    </p>
  );
}
