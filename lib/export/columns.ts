import { summarizePayload } from '../events/describe';
import type { Outcome, PanduEvent, Session } from '../schema';
import type { LocalClock } from '../time/local-clock';
import type { FillState, LogDetail, LogRow } from '../logs/log-row';
import { maskPhones } from './mask';

export { summarizePayload };

/** Dates travel as instants (ms) until a writer turns them into text (CSV) or a date (XLSX). */
export type ColumnKind = 'text' | 'number' | 'date';
export type CellValue = string | number | null;

export interface ExportColumn<T> {
  key: string;
  kind: ColumnKind;
  header: string;
  /** Characters, for the XLSX column width. */
  width: number;
  /** Free text an agent typed or Pandu composed: where a customer's phone number can hide. */
  freeText?: boolean;
  value: (item: T) => CellValue;
}

/** Words the exports are written in (the lead's language), supplied by the caller. */
export interface ExportLabels {
  headers: Record<SessionColumnKey | EventColumnKey, string>;
  status: Record<Session['status'], string>;
  outcome: Record<Outcome, string>;
  fill: Record<FillState, string>;
  attemptResult: (code: string) => string;
  reason: (code: string) => string;
  eventType: (type: string) => string;
}

export const SESSION_COLUMN_KEYS = [
  'ticketId',
  'agentId',
  'agentName',
  'area',
  'startedAt',
  'endedAt',
  'handlingSeconds',
  'status',
  'outcome',
  'reasonCode',
  'reasonLabel',
  'pendingUntil',
  'attempts',
  'failedAttempts',
  'attemptLog',
  'requesterName',
  'requesterGroup',
  'requestNote',
  'customerNote',
  'cancelReason',
  'fill',
  'workLog',
  'revision',
  'sessionId',
] as const;
export type SessionColumnKey = (typeof SESSION_COLUMN_KEYS)[number];

export const EVENT_COLUMN_KEYS = ['eventAt', 'eventTicketId', 'eventSessionId', 'eventAgentId', 'eventType', 'eventStep', 'eventDetail', 'eventRevision'] as const;
export type EventColumnKey = (typeof EVENT_COLUMN_KEYS)[number];

export interface SessionItem {
  row: LogRow;
  detail: LogDetail;
}

const time = (clock: LocalClock, iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? clock.timeOfDay(ms) : '';
};

/** The columns of the sessions sheet / CSV, in order. Date headers name the zone ("Mulai (WIB)"). */
export function sessionColumns(labels: ExportLabels, clock: LocalClock): ExportColumn<SessionItem>[] {
  const zone = clock.zoneLabel();
  const h = (key: SessionColumnKey, dated = false) => (dated ? `${labels.headers[key]} (${zone})` : labels.headers[key]);
  const columns: Array<Omit<ExportColumn<SessionItem>, 'header'> & { key: SessionColumnKey }> = [
    { key: 'ticketId', kind: 'text', width: 14, value: ({ row }) => row.ticketId },
    { key: 'agentId', kind: 'text', width: 10, value: ({ row }) => row.agentId },
    { key: 'agentName', kind: 'text', width: 22, value: ({ row }) => row.agentName },
    { key: 'area', kind: 'text', width: 6, value: ({ row }) => row.area },
    { key: 'startedAt', kind: 'date', width: 20, value: ({ row }) => row.startedMs },
    { key: 'endedAt', kind: 'date', width: 20, value: ({ row }) => row.endedMs },
    { key: 'handlingSeconds', kind: 'number', width: 10, value: ({ row }) => row.handlingSeconds },
    { key: 'status', kind: 'text', width: 12, value: ({ row }) => labels.status[row.status] },
    { key: 'outcome', kind: 'text', width: 28, value: ({ row }) => (row.outcome ? labels.outcome[row.outcome] : '') },
    { key: 'reasonCode', kind: 'text', width: 22, value: ({ row }) => row.reasonCode },
    { key: 'reasonLabel', kind: 'text', width: 30, value: ({ row }) => (row.reasonCode ? labels.reason(row.reasonCode) : '') },
    { key: 'pendingUntil', kind: 'date', width: 20, value: ({ row }) => row.pendingUntilMs },
    { key: 'attempts', kind: 'number', width: 8, value: ({ row }) => row.attempts },
    { key: 'failedAttempts', kind: 'number', width: 8, value: ({ row }) => row.failedAttempts },
    {
      key: 'attemptLog',
      kind: 'text',
      width: 30,
      // "10:02 Tidak diangkat; 10:04 Terhubung", appended in place: no array per row.
      value: ({ detail }) => {
        let log = '';
        for (let i = 0; i < detail.attemptLog.length; i++) {
          const attempt = detail.attemptLog[i]!;
          log += `${i ? '; ' : ''}${time(clock, attempt.at)} ${labels.attemptResult(attempt.result)}`;
        }
        return log;
      },
    },
    { key: 'requesterName', kind: 'text', width: 20, freeText: true, value: ({ detail }) => detail.requesterName },
    { key: 'requesterGroup', kind: 'text', width: 20, value: ({ detail }) => detail.requesterGroup },
    { key: 'requestNote', kind: 'text', width: 30, freeText: true, value: ({ detail }) => detail.requestNote },
    { key: 'customerNote', kind: 'text', width: 30, freeText: true, value: ({ detail }) => detail.customerNote },
    { key: 'cancelReason', kind: 'text', width: 24, freeText: true, value: ({ detail }) => detail.cancelReason },
    { key: 'fill', kind: 'text', width: 16, value: ({ row }) => labels.fill[row.fill] },
    { key: 'workLog', kind: 'text', width: 60, freeText: true, value: ({ detail }) => detail.workLog },
    { key: 'revision', kind: 'text', width: 30, value: ({ row }) => row.revision },
    { key: 'sessionId', kind: 'text', width: 38, value: ({ row }) => row.id },
  ];
  return columns.map((column) => ({ ...column, header: h(column.key, column.kind === 'date') }));
}

/** The columns of the events sheet: the audit trail, one event per row. */
export function eventColumns(labels: ExportLabels, clock: LocalClock): ExportColumn<PanduEvent>[] {
  const zone = clock.zoneLabel();
  const columns: Array<Omit<ExportColumn<PanduEvent>, 'header'> & { key: EventColumnKey }> = [
    { key: 'eventAt', kind: 'date', width: 20, value: (e) => Date.parse(e.at) },
    { key: 'eventTicketId', kind: 'text', width: 14, value: (e) => e.ticketId ?? '' },
    { key: 'eventSessionId', kind: 'text', width: 38, value: (e) => e.sessionId ?? '' },
    { key: 'eventAgentId', kind: 'text', width: 10, value: (e) => e.agentId },
    { key: 'eventType', kind: 'text', width: 28, value: (e) => labels.eventType(e.type) },
    { key: 'eventStep', kind: 'text', width: 8, value: (e) => e.payload.step ?? '' },
    { key: 'eventDetail', kind: 'text', width: 80, freeText: true, value: (e) => summarizePayload(e.payload) },
    { key: 'eventRevision', kind: 'text', width: 30, value: (e) => e.procedureRevision ?? '' },
  ];
  return columns.map((column) => ({ ...column, header: column.kind === 'date' ? `${labels.headers[column.key]} (${zone})` : labels.headers[column.key] }));
}

/** One item's cells, with phone numbers masked in free text when asked. */
export function cellsOf<T>(columns: readonly ExportColumn<T>[], item: T, mask: boolean): CellValue[] {
  const cells = new Array<CellValue>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = column.value(item);
    cells[i] = mask && column.freeText && typeof value === 'string' ? maskPhones(value) : value;
  }
  return cells;
}
