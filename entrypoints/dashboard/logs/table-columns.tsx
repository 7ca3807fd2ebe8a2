import type { ReactNode } from 'react';
import type { Translate, MessageKey } from '@/lib/i18n';
import type { LogRow, SortKey } from '@/lib/logs';
import { formatDuration, formatInstant } from '../format';
import { OutcomeBadge } from './OutcomeBadge';

export interface TableColumn {
  key: SortKey;
  label: MessageKey;
  /** CSS grid track. */
  width: string;
  numeric?: boolean;
  render: (row: LogRow, t: Translate) => ReactNode;
}

/** The columns of the log table, in the order the issue lists them. */
export const TABLE_COLUMNS: TableColumn[] = [
  { key: 'ticketId', label: 'dashboard.col.ticket', width: '120px', render: (row) => <strong>{row.ticketId}</strong> },
  {
    key: 'agentId',
    label: 'dashboard.col.agent',
    width: '190px',
    render: (row) => (
      <>
        {row.agentName || row.agentId}
        {row.agentName && <small className="muted"> {row.agentId}</small>}
      </>
    ),
  },
  { key: 'area', label: 'dashboard.col.area', width: '64px', render: (row) => row.area || '–' },
  { key: 'startedMs', label: 'dashboard.col.start', width: '160px', render: (row) => formatInstant(row.startedMs) },
  { key: 'endedMs', label: 'dashboard.col.end', width: '160px', render: (row) => formatInstant(row.endedMs) },
  { key: 'handlingSeconds', label: 'dashboard.col.handling', width: '92px', numeric: true, render: (row) => formatDuration(row.handlingSeconds) },
  { key: 'outcome', label: 'dashboard.col.outcome', width: '190px', render: (row) => <OutcomeBadge outcome={row.outcome} /> },
  { key: 'reasonCode', label: 'dashboard.col.reason', width: '180px', render: (row) => row.reasonCode },
  { key: 'pendingUntilMs', label: 'dashboard.col.pendingUntil', width: '160px', render: (row) => formatInstant(row.pendingUntilMs) },
  {
    key: 'attempts',
    label: 'dashboard.col.attempts',
    width: '92px',
    numeric: true,
    render: (row, t) => <span title={t('dashboard.attempts.failed', { failed: row.failedAttempts })}>{row.attempts}</span>,
  },
  { key: 'fill', label: 'dashboard.col.fill', width: '130px', render: (row, t) => (row.fill === 'none' ? '' : t(`dashboard.fill.${row.fill}`)) },
  { key: 'revision', label: 'dashboard.col.revision', width: '250px', render: (row) => row.revision },
];

export const GRID_TEMPLATE = TABLE_COLUMNS.map((column) => column.width).join(' ');
