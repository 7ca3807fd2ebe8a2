import { toLogRow } from '../../lib/logs';
import type { Session } from '../../lib/schema';

/**
 * The columns the dashboard filters, sorts and aggregates on, taken from a session exactly as
 * the browser's table takes them (lib/logs toLogRow), so the team view and the browser's own
 * log show the same row. `fill_base` is the fill state before fill events are known ('ok',
 * 'manual' or 'none'); reads combine it with session_fills like lib/logs fillStateOf.
 */
export interface SessionColumns {
  ticket_id: string;
  status: Session['status'];
  outcome: Session['outcome'];
  reason_code: string;
  started_at: string;
  updated_at: string;
  ended_at: string | null;
  handling_seconds: number | null;
  pending_until: string | null;
  attempts: number;
  failed_attempts: number;
  fill_base: 'ok' | 'manual' | 'none';
  revision: string;
}

const NO_CONTEXT = { agents: new Map(), lastFill: new Map<string, boolean>() };
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function sessionColumns(session: Session): SessionColumns {
  const row = toLogRow(session, NO_CONTEXT);
  return {
    ticket_id: row.ticketId,
    status: row.status,
    outcome: row.outcome,
    reason_code: row.reasonCode,
    started_at: session.startedAt,
    updated_at: session.updatedAt,
    ended_at: iso(row.endedMs),
    handling_seconds: row.handlingSeconds,
    pending_until: iso(row.pendingUntilMs),
    attempts: row.attempts,
    failed_attempts: row.failedAttempts,
    fill_base: row.fill === 'ok' || row.fill === 'manual' ? row.fill : 'none',
    revision: row.revision,
  };
}
