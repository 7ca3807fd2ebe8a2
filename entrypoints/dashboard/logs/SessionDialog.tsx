import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/I18n';
import { toLogDetail, type LogRow } from '@/lib/logs';
import { formatLocal } from '@/lib/time';
import { useLogView, type DetailView } from '../data/log-view';
import { formatDuration, formatInstant } from '../format';
import { eventDetail, eventTitle } from './event-text';
import { OutcomeBadge } from './OutcomeBadge';

/**
 * One session in full: the facts of the row, what was asked and answered, what went into NOSSA,
 * where the record came from, and its audit trail event by event. A modal dialog: Escape or
 * the close button returns to the table where the lead left it.
 */
export function SessionDialog({ row, onClose }: { row: LogRow | null; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { loadDetail } = useLogView();
  const [detail, setDetail] = useState<DetailView | null | undefined>(undefined);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (row && !element.open) element.showModal();
    if (!row && element.open) element.close();
  }, [row]);

  useEffect(() => {
    if (!row) return;
    let alive = true;
    setDetail(undefined);
    loadDetail(row.id).then(
      (found) => alive && setDetail(found),
      () => alive && setDetail(null),
    );
    return () => {
      alive = false;
    };
  }, [row, loadDetail]);

  const text = detail ? toLogDetail(detail.session) : null;
  const facts: Array<[string, ReactNode]> = row
    ? [
        [t('dashboard.col.agent'), `${row.agentName || '–'} (${row.agentId})`],
        [t('dashboard.col.area'), row.area || '–'],
        [t('dashboard.col.start'), formatInstant(row.startedMs)],
        [t('dashboard.col.end'), formatInstant(row.endedMs) || '–'],
        [t('dashboard.col.handling'), formatDuration(row.handlingSeconds) || '–'],
        [t('dashboard.col.outcome'), <OutcomeBadge key="o" outcome={row.outcome} />],
        [t('dashboard.col.reason'), row.reasonCode || '–'],
        [t('dashboard.col.pendingUntil'), formatInstant(row.pendingUntilMs) || '–'],
        [t('dashboard.col.attempts'), `${row.attempts} (${t('dashboard.attempts.failed', { failed: row.failedAttempts })})`],
        [t('dashboard.col.fill'), row.fill === 'none' ? '–' : t(`dashboard.fill.${row.fill}`)],
        [t('dashboard.col.revision'), row.revision],
        [t('dashboard.detail.requester'), text ? `${text.requesterName || '–'} (${text.requesterGroup || '–'})` : '…'],
        [t('dashboard.detail.requestNote'), text?.requestNote || '–'],
        [t('dashboard.detail.customerNote'), text?.customerNote || '–'],
        [t('dashboard.detail.cancelReason'), text?.cancelReason || '–'],
        [t('dashboard.detail.workLog'), text?.workLog || '–'],
        [
          t('dashboard.detail.source'),
          detail === undefined
            ? '…'
            : detail?.source === 'team'
              ? t('dashboard.team.detail.source')
              : detail?.source
                ? t('dashboard.detail.sourceImport', { file: detail.source.fileName, at: formatLocal(detail.source.importedAt) })
                : t('dashboard.detail.sourceLocal'),
        ],
      ]
    : [];

  return (
    <dialog ref={dialog} className="session-dialog" aria-labelledby="session-title" onClose={onClose} data-testid="session-dialog">
      {row && (
        <>
          <header>
            <h2 id="session-title">{t('dashboard.detail.title', { ticket: row.ticketId })}</h2>
            <button type="button" onClick={onClose} autoFocus data-testid="session-close">
              {t('dashboard.detail.close')}
            </button>
          </header>
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('dashboard.detail.timeline', { count: detail?.events.length ?? 0 })}</h3>
          {detail === null && <p role="alert">{t('error.not-found')}</p>}
          <ol className="event-timeline" data-testid="session-timeline">
            {detail?.events.map((event) => (
              <li key={event.id} data-type={event.type}>
                <time dateTime={event.at}>{formatLocal(event.at, undefined, 'dd-MM-yyyy HH:mm:ss')}</time>
                <span className="step">{typeof event.payload.step === 'string' ? event.payload.step : ''}</span>
                <strong>{eventTitle(event, t)}</strong>
                <span className="detail">{eventDetail(event, t)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </dialog>
  );
}
