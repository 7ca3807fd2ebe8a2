import type { ReactNode } from 'react';
import type { Translate, MessageKey } from '@/lib/i18n';
import type { LogRow, SortKey } from '@/lib/logs';
import { formatPattern, zoneName } from '@/lib/time';
import { formatDuration } from '../format';
import { OutcomeBadge } from './OutcomeBadge';

/** What a cell needs besides its row: the words, and the zone the time columns' headers name. */
export interface CellContext {
  t: Translate;
  /** "WIB": the lead's zone, named once in the header of each time column. */
  zone: string;
}

export interface TableColumn {
  key: SortKey;
  label: MessageKey;
  /** The narrowest the column may be, in CSS pixels (padding included): its widest usual value fits. */
  min: number;
  /** A share of the room left over once every column has its minimum; fixed width when absent. */
  grow?: number;
  numeric?: boolean;
  /** A time column: its header names the zone ("Mulai (WIB)"), so its cells can leave it out. */
  zoned?: boolean;
  /** Always shown: the ticket is how a row is known, so it cannot be hidden. */
  required?: boolean;
  render: (row: LogRow, context: CellContext) => ReactNode;
  /** The whole value as plain text, shown on hover where a narrow column cuts it short. */
  text?: (row: LogRow, context: CellContext) => string;
}

/** "06-12-2026 04:34", with the zone only where it is not the header's (a zone that changes with daylight saving). */
function time(ms: number | null, zone: string): string {
  if (ms === null) return '';
  const iso = new Date(ms).toISOString();
  const own = zoneName(new Date(ms));
  return own === zone ? formatPattern(iso, 'dd-MM-yyyy HH:mm') : `${formatPattern(iso, 'dd-MM-yyyy HH:mm')} ${own}`;
}

const agent = (row: LogRow) => (row.agentName ? `${row.agentName} (${row.agentId})` : row.agentId);
const fill = (row: LogRow, { t }: CellContext) => (row.fill === 'none' ? '' : t(`dashboard.fill.${row.fill}`));

/**
 * The columns of the log table, in the order they are shown. The minimums were measured in
 * Debian's Chromium (DejaVu Sans, wider than Windows' Segoe UI) at the table's 13 px text, with
 * the cells' 12 px of padding: "06-12-2026 04:34" needs 130 px, as does the badge "Tidak
 * terhubung"; a header too long for its column wraps onto a second line. The revision is one
 * fixed-length tag, so its column does not grow.
 */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { key: 'ticketId', label: 'dashboard.col.ticket', min: 110, required: true, render: (row) => <strong>{row.ticketId}</strong> },
  {
    key: 'agentId',
    label: 'dashboard.col.agent',
    min: 130,
    grow: 3,
    text: agent,
    render: (row) => (
      <>
        {row.agentName || row.agentId}
        {row.agentName && <small className="muted"> {row.agentId}</small>}
      </>
    ),
  },
  { key: 'area', label: 'dashboard.col.area', min: 60, render: (row) => row.area || '–' },
  { key: 'startedMs', label: 'dashboard.col.start', min: 130, zoned: true, render: (row, { zone }) => time(row.startedMs, zone) },
  { key: 'endedMs', label: 'dashboard.col.end', min: 130, zoned: true, render: (row, { zone }) => time(row.endedMs, zone) },
  { key: 'handlingSeconds', label: 'dashboard.col.handling', min: 74, numeric: true, render: (row) => formatDuration(row.handlingSeconds) },
  { key: 'outcome', label: 'dashboard.col.outcome', min: 130, render: (row) => <OutcomeBadge outcome={row.outcome} short /> },
  { key: 'reasonCode', label: 'dashboard.col.reason', min: 120, grow: 3, text: (row) => row.reasonCode, render: (row) => row.reasonCode },
  { key: 'pendingUntilMs', label: 'dashboard.col.pendingUntil', min: 130, zoned: true, render: (row, { zone }) => time(row.pendingUntilMs, zone) },
  {
    key: 'attempts',
    label: 'dashboard.col.attempts',
    min: 88,
    numeric: true,
    render: (row, { t }) => <span title={t('dashboard.attempts.failed', { failed: row.failedAttempts })}>{row.attempts}</span>,
  },
  { key: 'fill', label: 'dashboard.col.fill', min: 128, grow: 2, text: fill, render: fill },
  { key: 'revision', label: 'dashboard.col.revision', min: 280, text: (row) => row.revision, render: (row) => row.revision },
];

/**
 * What a lead reads in every row, shown by default at any width: 1366 px leaves the table about
 * 1,080 px beside its scroll bar, and these take 1,040 at their minimum.
 */
export const CORE_COLUMNS: readonly SortKey[] = ['ticketId', 'agentId', 'startedMs', 'handlingSeconds', 'outcome', 'reasonCode', 'pendingUntilMs', 'attempts', 'fill'];
/** Shown by default too where there is room for them (a 1920 px screen has room for the first two), in this order. */
export const ROOMY_COLUMNS: readonly SortKey[] = ['area', 'endedMs', 'revision'];

/** The room for the rows before the table is measured (and where it cannot be): what a 1366 px screen leaves them. */
export const ASSUMED_TABLE_WIDTH = 1080;

const BY_KEY = new Map(TABLE_COLUMNS.map((column) => [column.key, column]));
export const columnOf = (key: SortKey): TableColumn => BY_KEY.get(key)!;

/** The sum of the columns' minimums: the table scrolls sideways only below it. */
export const minimumWidth = (columns: readonly TableColumn[]): number => columns.reduce((sum, column) => sum + column.min, 0);

/** The CSS grid tracks: the same for every row whatever its content, so the rows line up. */
export const gridTemplate = (columns: readonly TableColumn[]): string =>
  columns.map((column) => (column.grow ? `minmax(${column.min}px, ${column.grow}fr)` : `${column.min}px`)).join(' ');

/**
 * Room an extra default column must leave to the growing ones (agent, reason, fill): a column
 * that merely fits at its minimum would squeeze names and reason codes to an ellipsis.
 */
export const ROOM_TO_GROW = 150;

/** The columns shown by default in a table this wide: the core ones, then the others while they fit with room to spare. */
export function defaultColumnKeys(width: number): SortKey[] {
  const shown = new Set<SortKey>(CORE_COLUMNS);
  let used = minimumWidth(CORE_COLUMNS.map(columnOf));
  for (const key of ROOMY_COLUMNS) {
    const { min } = columnOf(key);
    if (used + min + ROOM_TO_GROW > width) break;
    shown.add(key);
    used += min;
  }
  return TABLE_COLUMNS.filter((column) => shown.has(column.key)).map((column) => column.key);
}
