import * as z from 'zod/mini';
import { areaSchema, OUTCOMES, trimmedText } from '../schema';
import type { LocalClock } from '../time/local-clock';
import type { LogRow } from './log-row';

/** "open" stands for sessions still in progress (no outcome yet). */
export const OUTCOME_FILTERS = [...OUTCOMES, 'open'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

/**
 * What the lead narrowed the log to. It crosses to the export worker, so it is a schema: the
 * worker applies exactly the filter the table shows, to exactly the same rows.
 */
export const logFilterSchema = z.object({
  /** First and last local calendar day, inclusive. */
  from: z.nullable(z.iso.date()),
  to: z.nullable(z.iso.date()),
  agentId: z.nullable(z.string().check(z.minLength(1), z.maxLength(40))),
  area: z.nullable(areaSchema),
  outcome: z.nullable(z.enum(OUTCOME_FILTERS)),
  reasonCode: z.nullable(z.string().check(z.minLength(1), z.maxLength(60))),
  /** Part of a ticket id, any case ("88251" finds IN110088251). */
  ticket: trimmedText(0, 40),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

export const EMPTY_FILTER: LogFilter = { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' };

export const SORT_KEYS = [
  'ticketId',
  'agentId',
  'area',
  'startedMs',
  'endedMs',
  'handlingSeconds',
  'outcome',
  'reasonCode',
  'pendingUntilMs',
  'attempts',
  'fill',
  'revision',
] as const satisfies ReadonlyArray<keyof LogRow>;
export type SortKey = (typeof SORT_KEYS)[number];

export const logSortSchema = z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) });
export type LogSort = z.infer<typeof logSortSchema>;
export const DEFAULT_SORT: LogSort = { key: 'startedMs', dir: 'desc' };

/** The filter turned into one fast predicate (instants and upper-case text precomputed). */
export function compileFilter(filter: LogFilter, clock: LocalClock): (row: LogRow) => boolean {
  const fromMs = filter.from ? clock.dayStart(filter.from) : -Infinity;
  const toMs = filter.to ? clock.dayStart(nextDay(filter.to)) : Infinity;
  const ticket = filter.ticket.trim().toUpperCase();
  const { agentId, area, outcome, reasonCode } = filter;
  return (row) =>
    row.startedMs >= fromMs &&
    row.startedMs < toMs &&
    (agentId === null || row.agentId === agentId) &&
    (area === null || row.area === area) &&
    (outcome === null || (outcome === 'open' ? row.outcome === null : row.outcome === outcome)) &&
    (reasonCode === null || row.reasonCode === reasonCode) &&
    (ticket === '' || row.ticketId.includes(ticket));
}

export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function filterRows(rows: readonly LogRow[], filter: LogFilter, clock: LocalClock): LogRow[] {
  const keep = compileFilter(filter, clock);
  const out: LogRow[] = [];
  for (const row of rows) if (keep(row)) out.push(row);
  return out;
}

/**
 * Sorted copy. Empty values go last in either direction (a lead sorting by "pending until"
 * wants the pended tickets first, not the blanks); ties keep the newest session first, so the
 * order is total and an export lists rows exactly as the table does.
 */
export function sortRows(rows: readonly LogRow[], sort: LogSort): LogRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = sort.key;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const xEmpty = x === null || x === '';
    const yEmpty = y === null || y === '';
    if (xEmpty !== yEmpty) return xEmpty ? 1 : -1;
    if (!xEmpty && x !== y) return (x < y! ? -1 : 1) * sign;
    return b.startedMs - a.startedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
