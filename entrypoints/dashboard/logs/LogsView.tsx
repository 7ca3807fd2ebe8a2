import { useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { LogRow } from '@/lib/logs';
import { useLogData } from '../data/LogData';
import { ExportPanel } from '../export/ExportPanel';
import { formatCount } from '../format';
import { RetentionNotice } from '../privacy/RetentionNotice';
import { FilterBar } from './FilterBar';
import { LogTable } from './LogTable';
import { SessionDialog } from './SessionDialog';

/** The log: who pended what, why, with which answer, how fast, under which revision. */
export function LogsView() {
  const { t, language } = useI18n();
  const { rows, visible, complete, progress, sort, setSort, pending, error } = useLogData();
  const [open, setOpen] = useState<LogRow | null>(null);
  const empty = complete && rows.length === 0;

  return (
    <div data-testid="logs-view">
      <RetentionNotice />
      <section className="card">
        <h2>{t('dashboard.nav.logs')}</h2>
        <FilterBar />
        <p className="summary muted" role="status" aria-live="polite">
          {empty ? (
            t('dashboard.logs.empty')
          ) : (
            <span data-testid="log-count" data-count={complete ? visible.length : undefined} aria-busy={pending || !complete}>
              {complete
                ? t('dashboard.logs.shown', { shown: formatCount(visible.length, language), total: formatCount(rows.length, language) })
                : progress
                  ? t('dashboard.logs.loading', { loaded: formatCount(progress.loaded, language), total: formatCount(progress.total, language) })
                  : t('dashboard.logs.loadingFirst')}
            </span>
          )}
        </p>
        {error ? <p role="alert">{t('error.generic', { detail: error instanceof Error ? error.message : JSON.stringify(error) })}</p> : null}
        {!empty && complete && visible.length === 0 && <p className="muted">{t('dashboard.logs.noMatch')}</p>}
        {!empty && <LogTable rows={visible} sort={sort} onSort={setSort} onOpen={setOpen} />}
      </section>
      <ExportPanel />
      <SessionDialog row={open} onClose={() => setOpen(null)} />
    </div>
  );
}
