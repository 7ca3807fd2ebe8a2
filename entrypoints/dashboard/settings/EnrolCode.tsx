import { useI18n } from '@/components/I18n';
import type { EnrolCodeIssued } from '@/lib/team';
import { formatLocal } from '@/lib/time';

/**
 * A one-time enrolment code, large, shown once: the lead reads it out or writes it down for the
 * agent, who types it in Pandu's popup with the server's address. Closing it forgets it.
 */
export function EnrolCode({ issued, name, url, onClose }: { issued: EnrolCodeIssued; name: string; url: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="enrol-code card notice" role="status" data-testid="enrol-code">
      <p>{t('dashboard.team.accounts.codeFor', { name })}</p>
      <p className="code" data-testid="enrol-code-value">
        {issued.code}
      </p>
      <p>{t('dashboard.team.accounts.codeHow', { url, until: formatLocal(issued.expiresAt) })}</p>
      <button type="button" onClick={onClose} data-testid="enrol-code-close">
        {t('dashboard.team.accounts.codeDone')}
      </button>
    </div>
  );
}
