import type pg from 'pg';
import type { LogRow } from '../../lib/logs';
import type { LogPage, logPageQuerySchema } from '../../lib/team';
import type * as z from 'zod/mini';
import { decodeCursor, encodeCursor } from './cursor';
import { LOG_FROM, SESSIONS_WITH_AGENT, logConditions, whereOf } from './log-filter';
import { afterSql, cursorValueSql, orderBySql } from './log-order';
import { isoSql, LOG_ROW_COLUMNS, toRow, type LogRowRecord } from './log-rows';
import { currentSeq } from './seq';
import { SqlParams } from './sql-params';

type PageQuery = z.output<typeof logPageQuerySchema>;

interface PagedRecord extends LogRowRecord {
  sort_value: string | number | null;
  started_iso: string;
}

/**
 * One page of the team's log in the table's order: the rows after the cursor, `limit` of
 * them, and a cursor for the next page while there are more (one extra row read tells).
 */
export async function logPage(pool: pg.Pool, query: PageQuery, team: string | null): Promise<LogPage> {
  const seq = await currentSeq(pool, team);
  const params = new SqlParams();
  const conditions = logConditions(query, team, params);
  const filterParams = [...params.values];
  const filterWhere = whereOf(conditions);
  const after = query.cursor === null ? null : decodeCursor(query.cursor, query.sort);
  if (after !== null) conditions.push(afterSql(query.sort, after, params));
  const pageSql = `select ${LOG_ROW_COLUMNS}, ${cursorValueSql(query.sort.key)} as sort_value, ${isoSql('s.started_at')} as started_iso
    from ${LOG_FROM} ${whereOf(conditions)} order by ${orderBySql(query.sort)} limit ${params.add(query.limit + 1)}`;
  // The count reads every matching row: taken with the first page and carried in the cursor. The
  // count needs the account only to filter by area.
  const countFrom = query.filter.area === null ? 'sessions s' : SESSIONS_WITH_AGENT;
  const [page, total] = await Promise.all([
    pool.query<PagedRecord>(pageSql, params.values),
    after !== null && after.total !== null
      ? Promise.resolve(after.total)
      : pool.query<{ total: number }>(`select count(*)::int as total from ${countFrom} ${filterWhere}`, filterParams).then((result) => result.rows[0]?.total ?? 0),
  ]);
  const records = page.rows.slice(0, query.limit);
  const rows: LogRow[] = records.map(toRow);
  const last = records.at(-1);
  const more = page.rows.length > query.limit && last !== undefined;
  return {
    rows,
    nextCursor: more ? encodeCursor(query.sort, { value: last.sort_value, startedAt: last.started_iso, id: last.id }, total) : null,
    total,
    seq,
  };
}
