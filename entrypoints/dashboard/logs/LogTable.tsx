import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/I18n';
import type { LogRow, LogSort, SortKey } from '@/lib/logs';
import { zoneName } from '@/lib/time';
import { useElementWidth } from '../useElementWidth';
import { ASSUMED_TABLE_WIDTH, gridTemplate, minimumWidth, type CellContext, type TableColumn } from './table-columns';

const ROW_HEIGHT = 34;

interface Props {
  /** Rows in the table (the team's may not all be read yet). */
  count: number;
  /** The row at a position; undefined while it is being read (a placeholder row is shown). */
  rowAt: (index: number) => LogRow | undefined;
  /** Where a session is now, -1 when not at hand: the highlighted row follows its session when rows above it arrive. */
  indexOf: (id: string) => number;
  /** Changes when the rows change. */
  version: unknown;
  /** The rows in view, [start, end): the team source reads them. */
  onRange: (start: number, end: number) => void;
  sort: LogSort;
  onSort: (sort: LogSort) => void;
  onOpen: (row: LogRow) => void;
  /** The columns shown (the lead's choice, or the default for this width). */
  columns: readonly TableColumn[];
  /** How wide the rows can be without scrolling sideways, as measured: the default columns follow it. */
  onWidth: (width: number) => void;
}

/**
 * The log as a table that stays smooth at 100,000 rows: only the rows in view (and a few
 * around) are in the DOM. Keyboard: Tab into the table, arrows / Page Up / Page Down / Home /
 * End move the highlighted row, Enter opens it.
 */
export function LogTable({ count, rowAt, indexOf, version, onRange, sort, onSort, onOpen, columns, onWidth }: Props) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller, ASSUMED_TABLE_WIDTH);
  // Before paint: a wide screen's first frame already has its default columns.
  useLayoutEffect(() => onWidth(width), [onWidth, width]);
  // Rows are as wide as the table, never narrower than their columns' minimums (then the table scrolls sideways).
  const rowStyle = useMemo(() => ({ gridTemplateColumns: gridTemplate(columns), minWidth: minimumWidth(columns) }), [columns]);
  const context: CellContext = { t, zone: zoneName(new Date()) };
  const [active, setActive] = useState(0);
  /** The session highlighted, so the highlight stays on it when the rows change around it. */
  const activeId = useRef<string | null>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const firstPaint = useRef(false);
  const items = virtualizer.getVirtualItems();
  const rangeStart = items[0]?.index ?? 0;
  const rangeEnd = (items[items.length - 1]?.index ?? -1) + 1;

  useEffect(() => {
    if (active >= count) setActive(Math.max(0, count - 1));
  }, [count, active]);

  useEffect(() => {
    onRange(rangeStart, Math.max(rangeEnd, Math.min(count, rangeStart + 1)));
  }, [onRange, rangeStart, rangeEnd, count]);

  // Rows arrived or changed (the team server moved on): keep the highlight on its session.
  useEffect(() => {
    const id = activeId.current;
    if (id === null || rowAt(active)?.id === id) return;
    const moved = indexOf(id);
    if (moved >= 0) setActive(moved);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the rows change, not when the lead moves the highlight
  }, [version]);

  // The moment the first rows are on screen, for `npm run bench` (performance.getEntriesByName).
  useEffect(() => {
    if (!firstPaint.current && count && rowAt(0)) {
      firstPaint.current = true;
      requestAnimationFrame(() => performance.mark('pandu:first-rows'));
    }
  }, [count, rowAt, version]);

  const highlight = (index: number) => {
    setActive(index);
    activeId.current = rowAt(index)?.id ?? null;
  };

  const move = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    highlight(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 340) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = rowAt(active);
        if (row) onOpen(row);
      },
    };
    const action = keys[event.key];
    if (action && event.target === event.currentTarget) {
      event.preventDefault();
      action();
    }
  };

  const toggle = (key: SortKey) =>
    onSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'startedMs' || key === 'endedMs' ? 'desc' : 'asc' });
  const activeRow = rowAt(active);

  return (
    <div
      ref={scroller}
      className="log-table"
      role="grid"
      aria-readonly="true"
      aria-label={t('dashboard.table.label')}
      aria-rowcount={count + 1}
      aria-activedescendant={activeRow ? `log-row-${activeRow.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="log-table"
    >
      <div className="log-head" role="rowgroup" style={{ minWidth: rowStyle.minWidth }}>
        <div className="log-row" role="row" aria-rowindex={1} style={rowStyle}>
          {columns.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={sort.key === column.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={column.numeric ? 'num' : undefined}
              data-column={column.key}
            >
              <button type="button" onClick={() => toggle(column.key)} data-testid={`sort-${column.key}`}>
                {column.zoned ? `${t(column.label)} (${context.zone})` : t(column.label)}
                <span aria-hidden="true">{sort.key === column.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div className="log-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          if (!row)
            return (
              <div
                key={`pending-${item.index}`}
                className="log-row placeholder"
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy="true"
                data-testid="log-row-pending"
                style={{ ...rowStyle, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <div role="gridcell">…</div>
              </div>
            );
          return (
            <div
              key={row.id}
              id={`log-row-${row.id}`}
              className={`log-row${item.index === active ? ' active' : ''}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === active}
              data-testid="log-row"
              data-session-id={row.id}
              style={{ ...rowStyle, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                highlight(item.index);
                onOpen(row);
              }}
            >
              {columns.map((column) => (
                <div key={column.key} role="gridcell" className={column.numeric ? 'num' : undefined} title={column.text?.(row, context) || undefined} data-column={column.key}>
                  {column.render(row, context)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
