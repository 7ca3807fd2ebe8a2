import { useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { LogRow } from '@/lib/logs';
import { useLogView } from '../data/log-view';
import { ExportPanel } from '../export/ExportPanel';
import { formatCount } from '../format';
import { RetentionNotice } from '../privacy/RetentionNotice';
import { ColumnChooser } from './ColumnChooser';
import { useColumnChoice } from './column-choice';
import { FilterBar } from './FilterBar';
import { LogTable } from './LogTable';
import { SessionDialog } from './SessionDialog';
import { ASSUMED_TABLE_WIDTH } from './table-columns';

/** The log: who pended what, why, with which answer, how fast, under which revision; this browser's or the team's. */
export function LogsView() {
  const { t, language } = useI18n();
  const view = useLogView();
  const { count, all, complete, progress, sort, setSort, pending, error, source } = view;
  const [open, setOpen] = useState<LogRow | null>(null);
  /** The table's inner width as last measured; the default columns are those that fit it. */
  const [tableWidth, setTableWidth] = useState(ASSUMED_TABLE_WIDTH);
  const columns = useColumnChoice(tableWidth);
  const empty = complete && all === 0;
  const shown = count ?? 0;

  const summary = () => {
    if (source === 'team') return complete ? t('dashboard.team.logs.shown', { shown: formatCount(shown, language) }) : t('dashboard.logs.loadingFirst');
    if (complete) return t('dashboard.logs.shown', { shown: formatCount(shown, language), total: formatCount(all ?? 0, language) });
    return progress
      ? t('dashboard.logs.loading', { loaded: formatCount(progress.loaded, language), total: formatCount(progress.total, language) })
      : t('dashboard.logs.loadingFirst');
  };

  return (
    <div data-testid="logs-view">
      {source === 'browser' && <RetentionNotice />}
      <section className="card">
        <h2>{t('dashboard.nav.logs')}</h2>
        <FilterBar />
        <div className="log-toolbar">
          <p className="summary muted" role="status" aria-live="polite">
            {empty ? (
              t('dashboard.logs.empty')
            ) : (
              <span data-testid="log-count" data-count={complete ? shown : undefined} aria-busy={pending || !complete}>
                {summary()}
              </span>
            )}
          </p>
          {!empty && <ColumnChooser choice={columns} />}
        </div>
        {error ? <p role="alert">{t('error.generic', { detail: error instanceof Error ? error.message : JSON.stringify(error) })}</p> : null}
        {!empty && complete && shown === 0 && <p className="muted">{t('dashboard.logs.noMatch')}</p>}
        {!empty && (
          <LogTable
            count={shown}
            rowAt={view.rowAt}
            indexOf={view.indexOf}
            version={view.version}
            onRange={view.showRange}
            sort={sort}
            onSort={setSort}
            onOpen={setOpen}
            columns={columns.columns}
            onWidth={setTableWidth}
          />
        )}
      </section>
      <ExportPanel />
      <SessionDialog row={open} onClose={() => setOpen(null)} />
    </div>
  );
}
