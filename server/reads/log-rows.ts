import * as z from 'zod/mini';
import type { LogRow } from '../../lib/logs';
import { logRowSchema } from '../../lib/team';
import { FILL_SQL } from './log-filter';

/** Milliseconds as JavaScript's Date.parse gives them (truncated), from a timestamptz. */
const msSql = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;

/** An instant as text that round-trips through ::timestamptz with its microseconds (cursors). */
export const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The columns of lib/logs LogRow, as the browser's toLogRow builds them (name and area from the agent's account). */
export const LOG_ROW_COLUMNS = `s.id::text as id, s.ticket_id, s.agent_id, coalesce(a.name, '') as agent_name, coalesce(a.area, '') as area,
  ${msSql('s.started_at')} as started_ms, ${msSql('s.ended_at')} as ended_ms, s.handling_seconds, s.status, s.outcome, s.reason_code,
  ${msSql('s.pending_until')} as pending_until_ms, s.attempts, s.failed_attempts, ${FILL_SQL} as fill, s.revision`;

export interface LogRowRecord {
  id: string;
  ticket_id: string;
  agent_id: string;
  agent_name: string;
  area: string;
  started_ms: number;
  ended_ms: number | null;
  handling_seconds: number | null;
  status: string;
  outcome: string | null;
  reason_code: string;
  pending_until_ms: number | null;
  attempts: number;
  failed_attempts: number;
  fill: string;
  revision: string;
}

/** A stored row read back, checked against the contract before it leaves the server. */
export function toRow(record: LogRowRecord): LogRow {
  return z.parse(logRowSchema, {
    id: record.id,
    ticketId: record.ticket_id,
    agentId: record.agent_id,
    agentName: record.agent_name,
    area: record.area,
    startedMs: record.started_ms,
    endedMs: record.ended_ms,
    handlingSeconds: record.handling_seconds,
    status: record.status,
    outcome: record.outcome,
    reasonCode: record.reason_code,
    pendingUntilMs: record.pending_until_ms,
    attempts: record.attempts,
    failedAttempts: record.failed_attempts,
    fill: record.fill,
    revision: record.revision,
  });
}
