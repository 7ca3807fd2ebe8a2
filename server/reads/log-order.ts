import type { LogSort, SortKey } from '../../lib/logs';
import { FILL_SQL } from './log-filter';
import { isoSql } from './log-rows';
import type { SqlParams } from './sql-params';

type ValueType = 'text' | 'number' | 'time';

interface SortColumn {
  /** The column as stored (text compared byte-wise: collate "C" orders like JavaScript's `<`). */
  sql: string;
  type: ValueType;
  /** Whether a row can have it empty (null or ''): empty values sort last in either direction. */
  mayBeEmpty: boolean;
}

/** lib/logs SORT_KEYS as columns of LOG_FROM. */
const COLUMNS: Record<SortKey, SortColumn> = {
  ticketId: { sql: 's.ticket_id', type: 'text', mayBeEmpty: true },
  agentId: { sql: 's.agent_id', type: 'text', mayBeEmpty: true },
  area: { sql: 'a.area', type: 'text', mayBeEmpty: true },
  startedMs: { sql: 's.started_at', type: 'time', mayBeEmpty: false },
  endedMs: { sql: 's.ended_at', type: 'time', mayBeEmpty: true },
  handlingSeconds: { sql: 's.handling_seconds', type: 'number', mayBeEmpty: true },
  outcome: { sql: 's.outcome', type: 'text', mayBeEmpty: true },
  reasonCode: { sql: 's.reason_code', type: 'text', mayBeEmpty: true },
  pendingUntilMs: { sql: 's.pending_until', type: 'time', mayBeEmpty: true },
  attempts: { sql: 's.attempts', type: 'number', mayBeEmpty: false },
  fill: { sql: FILL_SQL, type: 'text', mayBeEmpty: false },
  revision: { sql: 's.revision', type: 'text', mayBeEmpty: true },
};

export const sortValueType = (key: SortKey): ValueType => COLUMNS[key].type;

/** The sort value as SQL: an empty text reads as null, so every empty value is one null that sorts last. */
function valueSql(key: SortKey): string {
  const { sql, type } = COLUMNS[key];
  return type === 'text' ? `(nullif(${sql}, '') collate "C")` : sql;
}

/** The sort value as the cursor keeps it (instants as text with their microseconds). */
export function cursorValueSql(key: SortKey): string {
  return COLUMNS[key].type === 'time' ? isoSql(valueSql(key)) : valueSql(key);
}

/**
 * lib/logs sortRows as ORDER BY: the key (empty values last in either direction), then the
 * newest session first, then the id. For the default order (started, newest first) this is
 * exactly the index sessions (team_id, started_at desc, id): no sort, a page reads `limit` rows.
 */
export function orderBySql(sort: LogSort): string {
  const { mayBeEmpty } = COLUMNS[sort.key];
  const tail = 's.started_at desc, s.id asc';
  if (sort.key === 'startedMs') return sort.dir === 'desc' ? tail : 's.started_at asc, s.id asc';
  return `${valueSql(sort.key)} ${sort.dir}${mayBeEmpty ? ' nulls last' : ''}, ${tail}`;
}

/** Where the last page ended: its last row's sort value (null when empty), start and id. */
export interface Position {
  value: string | number | null;
  startedAt: string;
  id: string;
}

/** The rows after `after` in the order of `sort` (keyset paging: each page starts where the last ended, no OFFSET). */
export function afterSql(sort: LogSort, after: Position, params: SqlParams): string {
  const started = `${params.add(after.startedAt)}::timestamptz`;
  const id = `${params.add(after.id)}::uuid`;
  if (sort.key === 'startedMs') {
    // Written so the index's range condition is plain: started_at <= t (desc) or >= t (asc).
    return sort.dir === 'desc'
      ? `(s.started_at <= ${started} and (s.started_at < ${started} or s.id > ${id}))`
      : `(s.started_at >= ${started} and (s.started_at > ${started} or s.id > ${id}))`;
  }
  const tie = `(s.started_at < ${started} or (s.started_at = ${started} and s.id > ${id}))`;
  const value = valueSql(sort.key);
  if (after.value === null) return `(${value} is null and ${tie})`;
  const cast = COLUMNS[sort.key].type === 'time' ? '::timestamptz' : COLUMNS[sort.key].type === 'number' ? '::float8' : '::text';
  const at = `${params.add(after.value)}${cast}`;
  const beyond = `${value} ${sort.dir === 'asc' ? '>' : '<'} ${at}`;
  return `(${value} is null or ${beyond} or (${value} = ${at} and ${tie}))`;
}
