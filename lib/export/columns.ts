import { describeEvent, summarizePayload, type EventDescription } from '../events/describe';
import type { Translate } from '../i18n/translate';
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
  /**
   * The widest the XLSX column gets, in characters: the column is as wide as its header and its
   * longest line, up to this. Longer text wraps (`wrap`) or, for codes, is cut off at the edge.
   */
  maxWidth: number;
  /** Long or multi-line text: the XLSX cell wraps and its row grows to show every line. */
  wrap?: boolean;
  /** Times of day in the lead's zone: the header names the zone, as date headers do. */
  zoned?: boolean;
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
  /** An event kind's code as the file writes it (the history sheet's code column, for auditors' filters). */
  eventType: (type: string) => string;
  /** The lead's language, for each event kind's sentence (lib/events/describe.ts). */
  translate: Translate;
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

export const EVENT_COLUMN_KEYS = ['eventAt', 'eventTicketId', 'eventAgentId', 'eventType', 'eventDetail', 'eventStep', 'eventKind', 'eventSessionId', 'eventRevision'] as const;
export type EventColumnKey = (typeof EVENT_COLUMN_KEYS)[number];

export interface SessionItem {
  row: LogRow;
  detail: LogDetail;
}

const time = (clock: LocalClock, iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? clock.timeOfDay(ms) : '';
};

/** A column's header: the zone named after a date or a time of day ("Mulai (WIB)"). */
const headerOf = (text: string, column: { kind: ColumnKind; zoned?: boolean }, zone: string) => (column.kind === 'date' || column.zoned ? `${text} (${zone})` : text);

/** The columns of the sessions sheet / CSV, in order. Date and time headers name the zone ("Mulai (WIB)"). */
export function sessionColumns(labels: ExportLabels, clock: LocalClock): ExportColumn<SessionItem>[] {
  const zone = clock.zoneLabel();
  const columns: Array<Omit<ExportColumn<SessionItem>, 'header'> & { key: SessionColumnKey }> = [
    { key: 'ticketId', kind: 'text', maxWidth: 16, value: ({ row }) => row.ticketId },
    { key: 'agentId', kind: 'text', maxWidth: 12, value: ({ row }) => row.agentId },
    { key: 'agentName', kind: 'text', maxWidth: 32, wrap: true, value: ({ row }) => row.agentName },
    { key: 'area', kind: 'text', maxWidth: 8, value: ({ row }) => row.area },
    { key: 'startedAt', kind: 'date', maxWidth: 20, value: ({ row }) => row.startedMs },
    { key: 'endedAt', kind: 'date', maxWidth: 20, value: ({ row }) => row.endedMs },
    { key: 'handlingSeconds', kind: 'number', maxWidth: 14, value: ({ row }) => row.handlingSeconds },
    { key: 'status', kind: 'text', maxWidth: 16, value: ({ row }) => labels.status[row.status] },
    { key: 'outcome', kind: 'text', maxWidth: 26, wrap: true, value: ({ row }) => (row.outcome ? labels.outcome[row.outcome] : '') },
    { key: 'reasonCode', kind: 'text', maxWidth: 24, value: ({ row }) => row.reasonCode },
    { key: 'reasonLabel', kind: 'text', maxWidth: 36, wrap: true, value: ({ row }) => (row.reasonCode ? labels.reason(row.reasonCode) : '') },
    { key: 'pendingUntil', kind: 'date', maxWidth: 20, value: ({ row }) => row.pendingUntilMs },
    { key: 'attempts', kind: 'number', maxWidth: 12, value: ({ row }) => row.attempts },
    { key: 'failedAttempts', kind: 'number', maxWidth: 12, value: ({ row }) => row.failedAttempts },
    {
      key: 'attemptLog',
      kind: 'text',
      maxWidth: 40,
      wrap: true,
      zoned: true,
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
    { key: 'requesterName', kind: 'text', maxWidth: 28, wrap: true, freeText: true, value: ({ detail }) => detail.requesterName },
    { key: 'requesterGroup', kind: 'text', maxWidth: 24, wrap: true, value: ({ detail }) => detail.requesterGroup },
    { key: 'requestNote', kind: 'text', maxWidth: 40, wrap: true, freeText: true, value: ({ detail }) => detail.requestNote },
    { key: 'customerNote', kind: 'text', maxWidth: 40, wrap: true, freeText: true, value: ({ detail }) => detail.customerNote },
    { key: 'cancelReason', kind: 'text', maxWidth: 32, wrap: true, freeText: true, value: ({ detail }) => detail.cancelReason },
    { key: 'fill', kind: 'text', maxWidth: 18, value: ({ row }) => labels.fill[row.fill] },
    { key: 'workLog', kind: 'text', maxWidth: 60, wrap: true, freeText: true, value: ({ detail }) => detail.workLog },
    { key: 'revision', kind: 'text', maxWidth: 40, value: ({ row }) => row.revision },
    { key: 'sessionId', kind: 'text', maxWidth: 38, value: ({ row }) => row.id },
  ];
  return columns.map((column) => ({ ...column, header: headerOf(labels.headers[column.key], column, zone) }));
}

/**
 * Each event in words, described once for its row's two columns (what happened, its
 * particulars): the writers ask a row's columns in order, so remembering the last event is enough.
 */
function eventDescriber(labels: ExportLabels, clock: LocalClock): (event: PanduEvent) => EventDescription {
  let last: PanduEvent | null = null;
  let described: EventDescription = { title: '', detail: '' };
  return (event) => {
    if (event !== last) {
      described = describeEvent(event, labels.translate, clock.timeZone);
      last = event;
    }
    return described;
  };
}

/**
 * The columns of the events sheet: the audit trail, one event per row. What happened and its
 * particulars are sentences in the lead's language with times in the export's zone and its name
 * ("pending disetujui sampai 27-11-2026 10:00 WITA"), never the stored payload; the kind's code
 * stays beside them for filtering, and the JSON export keeps every record exactly.
 */
export function eventColumns(labels: ExportLabels, clock: LocalClock): ExportColumn<PanduEvent>[] {
  const zone = clock.zoneLabel();
  const describe = eventDescriber(labels, clock);
  const columns: Array<Omit<ExportColumn<PanduEvent>, 'header'> & { key: EventColumnKey }> = [
    { key: 'eventAt', kind: 'date', maxWidth: 20, value: (e) => Date.parse(e.at) },
    { key: 'eventTicketId', kind: 'text', maxWidth: 16, value: (e) => e.ticketId ?? '' },
    { key: 'eventAgentId', kind: 'text', maxWidth: 12, value: (e) => e.agentId },
    { key: 'eventType', kind: 'text', maxWidth: 32, wrap: true, value: (e) => describe(e).title },
    { key: 'eventDetail', kind: 'text', maxWidth: 70, wrap: true, freeText: true, value: (e) => clip(describe(e).detail) },
    { key: 'eventStep', kind: 'text', maxWidth: 10, value: (e) => e.payload.step ?? '' },
    { key: 'eventKind', kind: 'text', maxWidth: 24, value: (e) => labels.eventType(e.type) },
    { key: 'eventSessionId', kind: 'text', maxWidth: 38, value: (e) => e.sessionId ?? '' },
    { key: 'eventRevision', kind: 'text', maxWidth: 40, value: (e) => e.procedureRevision ?? '' },
  ];
  return columns.map((column) => ({ ...column, header: headerOf(labels.headers[column.key], column, zone) }));
}

/** Excel refuses cells over 32,767 characters (a pasted work log could get there); the JSON export keeps it whole. */
export const MAX_CELL_TEXT = 32_000;
const clip = (text: string) => (text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT)}…` : text);

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
