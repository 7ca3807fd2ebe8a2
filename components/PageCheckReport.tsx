import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { PageCheck } from '@/lib/sites';
import { useI18n } from './I18n';

/** The statuses a field can have, in the order a team lead reads them. Unknown ones show as such. */
const STATUSES = ['found', 'behind', 'other-tab', 'not-checked', 'missing', 'error'] as const;

/**
 * The page check as a list a team lead can read at a glance. Only "missing" means a locator is
 * broken: a field behind a tab or dialog the check did not open is "not checked", and a field of
 * another tab is "on another tab" (issue 11, item 5). `fieldAction` adds a control to each field's
 * line (the panel's "Pilih di halaman"); the dashboard shows the report without one.
 */
export function PageCheckReport({ report, fieldAction }: { report: PageCheck; fieldAction?: (field: string, status: string) => ReactNode }) {
  const { t } = useI18n();
  const fields = report.fields as Array<{ field: string; status: string; locator: string | null; via: string[]; message?: string | null }>;
  const count = (status: string) => fields.filter((f) => f.status === status).length;
  const text = (f: (typeof fields)[number]) => {
    switch (f.status) {
      case 'found':
        return `${t('check.found')}${f.locator ? ` (${f.locator})` : ''}`;
      case 'behind':
      case 'not-checked':
        return t('check.behind', { actions: f.via.join(' → ') });
      case 'other-tab':
        return t('check.otherTab', { actions: f.via.join(' → ') });
      case 'missing':
        return t('check.missing');
      case 'error':
        return t('check.error', { message: f.message ?? '' });
      default:
        return f.status;
    }
  };
  return (
    <div className="page-check" data-testid="page-check">
      <p className="strong">{t('check.title', { profile: report.profileId })}</p>
      <p data-testid="page-check-summary">
        {t('check.summary', { found: count('found'), missing: count('missing'), behind: count('behind') + count('not-checked'), otherTab: count('other-tab') })}
      </p>
      <ul>
        {fields.map((f) => (
          <li key={f.field} className={f.status} data-field={f.field} data-status={f.status}>
            <strong>{t(`field.${f.field}` as MessageKey)}</strong>: {text(f)}
            {fieldAction?.(f.field, f.status)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export { STATUSES as PAGE_CHECK_STATUSES };
