import type { MessageKey } from '@/lib/i18n';
import type { PageCheck } from '@/lib/sites';
import { useI18n } from './I18n';

/** The page check as a list a team lead can read at a glance: found, behind a tab, missing. */
export function PageCheckReport({ report }: { report: PageCheck }) {
  const { t } = useI18n();
  const count = (status: string) => report.fields.filter((f) => f.status === status).length;
  return (
    <div className="page-check" data-testid="page-check">
      <p className="strong">{t('check.title', { profile: report.profileId })}</p>
      <p data-testid="page-check-summary">{t('check.summary', { found: count('found'), missing: count('missing'), behind: count('behind') })}</p>
      <ul>
        {report.fields.map((f) => (
          <li key={f.field} className={f.status} data-field={f.field} data-status={f.status}>
            <strong>{t(`field.${f.field}` as MessageKey)}</strong>:{' '}
            {f.status === 'found' ? `${t('check.found')} (${f.locator})` : f.status === 'behind' ? t('check.behind', { actions: f.via.join(' → ') }) : t('check.missing')}
          </li>
        ))}
      </ul>
    </div>
  );
}
