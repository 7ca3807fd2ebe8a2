import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/I18n';
import type { LogRow, LogSort, SortKey } from '@/lib/logs';
import { GRID_TEMPLATE, TABLE_COLUMNS } from './table-columns';

const ROW_HEIGHT = 34;

interface Props {
  rows: LogRow[];
  sort: LogSort;
  onSort: (sort: LogSort) => void;
  onOpen: (row: LogRow) => void;
}

/**
 * The log as a table that stays smooth at 100,000 rows: only the rows in view (and a few
 * around) are in the DOM. Keyboard: Tab into the table, arrows / Page Up / Page Down / Home /
 * End move the highlighted row, Enter opens it.
 */
export function LogTable({ rows, sort, onSort, onOpen }: Props) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const firstPaint = useRef(false);

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [rows.length, active]);

  // The moment the first rows are on screen, for `npm run bench` (performance.getEntriesByName).
  useEffect(() => {
    if (!firstPaint.current && rows.length) {
      firstPaint.current = true;
      requestAnimationFrame(() => performance.mark('pandu:first-rows'));
    }
  }, [rows.length]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
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
      End: () => move(rows.length - 1),
      Enter: () => rows[active] && onOpen(rows[active]),
    };
    const action = keys[event.key];
    if (action && event.target === event.currentTarget) {
      event.preventDefault();
      action();
    }
  };

  const toggle = (key: SortKey) =>
    onSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'startedMs' || key === 'endedMs' ? 'desc' : 'asc' });
  const activeId = rows[active] ? `log-row-${rows[active].id}` : undefined;

  return (
    <div
      ref={scroller}
      className="log-table"
      role="grid"
      aria-readonly="true"
      aria-label={t('dashboard.table.label')}
      aria-rowcount={rows.length + 1}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="log-table"
    >
      <div className="log-head" role="rowgroup">
        <div className="log-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: GRID_TEMPLATE }}>
          {TABLE_COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={sort.key === column.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={column.numeric ? 'num' : undefined}
            >
              <button type="button" onClick={() => toggle(column.key)} data-testid={`sort-${column.key}`}>
                {t(column.label)}
                <span aria-hidden="true">{sort.key === column.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div className="log-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
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
              style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(item.index);
                onOpen(row);
              }}
            >
              {TABLE_COLUMNS.map((column) => (
                <div key={column.key} role="gridcell" className={column.numeric ? 'num' : undefined}>
                  {column.render(row, t)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
