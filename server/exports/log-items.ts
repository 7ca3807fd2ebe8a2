import type pg from 'pg';
import type { SessionItem } from '../../lib/export';
import { toLogDetail } from '../../lib/logs';
import type { Session } from '../../lib/schema';
import type { LogQuery } from '../../lib/team';
import type { LogSort } from '../../lib/logs';
import { LOG_FROM, logConditions, whereOf } from '../reads/log-filter';
import { orderBySql } from '../reads/log-order';
import { LOG_ROW_COLUMNS, toRow, type LogRowRecord } from '../reads/log-rows';
import { rowPages } from '../reads/row-stream';
import { SqlParams } from '../reads/sql-params';

export interface ExportItem extends SessionItem {
  session: Session;
}

/**
 * Every session the filter keeps, in the table's order, as the export writes it: its row, its
 * long texts and the record itself. A page at a time through a cursor, never the whole log.
 */
export async function* exportItems(pool: pg.Pool, query: LogQuery & { sort: LogSort }, team: string | null, limit: number | null = null): AsyncGenerator<ExportItem[]> {
  const params = new SqlParams();
  const where = whereOf(logConditions(query, team, params));
  const sql = `select ${LOG_ROW_COLUMNS}, s.record from ${LOG_FROM} ${where} order by ${orderBySql(query.sort)}${limit === null ? '' : ` limit ${params.add(limit)}`}`;
  for await (const page of rowPages<LogRowRecord & { record: Session }>(pool, sql, params.values)) {
    // Stored records were checked with lib/schema on the way in; the row is checked on the way out.
    yield page.map((record) => ({ row: toRow(record), detail: toLogDetail(record.record), session: record.record }));
  }
}

/** The ids of the sessions the filter keeps, as SQL (for their events), with the same conditions. */
export function exportedSessionIdsSql(query: LogQuery, team: string | null, params: SqlParams): string {
  return `select s.id from sessions s left join accounts a on a.nossa_user_id = s.agent_id ${whereOf(logConditions(query, team, params))}`;
}
