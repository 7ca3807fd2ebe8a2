import { forEachEventPage, forEachSessionPage, logChangeToken, logContext, readSettings, shiftsOf, unboundEvents, type PanduDb } from '@/lib/db';
import { UNBOUND_KINDS } from '@/lib/events';
import {
  ExportFileWriter,
  XLSX_MIME,
  countSessions,
  eventColumns,
  summarySheet,
  sessionColumns,
  writeCsvBlob,
  writeWorkbookBlobParts,
  xlsxRow,
  xlsxSheetsOf,
  type ExportColumn,
  type SessionItem,
  type XlsxCell,
  type XlsxSheetOptions,
} from '@/lib/export';
import { compileFilter, nextDay, sortRows, toLogDetail, toLogRow, type RowContext } from '@/lib/logs';
import { localClock, type LocalClock } from '@/lib/time';
import { translator } from '@/lib/i18n';
import type { PanduEvent, Session, Settings } from '@/lib/schema';
import { exportLabels, heldOfRows, type ExportContents, type HeldRecords } from '@/lib/export';
import { browserExportContents, browserExportFileName } from './export-contents';
import type { StartTrail, TrailSource } from './trail-client';
import type { DeflateWorkerHandle, StartDeflater } from './deflate-client';
import type { DeflaterFactory } from '@/lib/export/xlsx/deflate-part';
import { logCache, sortedRows } from './log-cache';
import type { ExportRequest, JobMessage, JobPhase } from './protocol';

type Post = (message: JobMessage) => void;

/** One exported session: the row the table shows, its long texts, and (JSON) the record itself. */
interface Item extends SessionItem {
  session: Session | null;
}

interface Job {
  db: PanduDb;
  request: ExportRequest;
  settings: Settings;
  clock: LocalClock;
  /**
   * Agents and last fill results, read only when needed: building rows from the database needs
   * both, the JSON header the agents. The fill results take a read of every "fill.result" event
   * (0.5-0.7 s at 100,000 sessions), which an export from the table's rows must not wait for.
   */
  context: () => Promise<RowContext>;
  progress: (phase: JobPhase, done: number, total: number) => void;
  /** What the file holds (its name; the JSON header), from the records it turned out to hold. */
  contents: (held: HeldRecords) => Promise<ExportContents>;
  /** Starts the trail worker (a JSON export's events read on another core), where workers can start workers. */
  startTrail?: StartTrail;
  /** Starts a deflate worker (an XLSX file's parts compressed on another core), where workers can start workers. */
  startDeflater?: StartDeflater;
}

/** Up to this many sessions, their events are looked up by index; past it, one pass over all events is cheaper. */
const INDEX_LOOKUP_MAX = 5_000;

/** A written file, and what it holds. */
interface Written {
  blob: Blob;
  sessions: number;
  events: number;
  contents: ExportContents;
}

/**
 * The exported sessions in the table's order. From the log this worker already holds when it is
 * current; otherwise one pass over the sessions: each becomes a row, the table's filter decides,
 * and only what is exported is kept (with its long texts, and the whole record for JSON).
 */
async function collect(job: Job, keepSessions: boolean): Promise<Item[]> {
  const keep = compileFilter(job.request.filter, job.clock);
  // The log this worker loaded for the table, if nothing changed since: no second pass needed.
  const cache = logCache();
  if (!keepSessions && cache && cache.token === (await logChangeToken(job.db))) {
    job.progress('read', cache.rows.length, cache.rows.length);
    return sortedRows(cache, job.request.sort)
      .filter(keep)
      .map((row) => ({ row, detail: cache.details.get(row.id)!, session: null }));
  }
  const items = new Map<string, Item>();
  const context = await job.context();
  await forEachSessionPage(job.db, (page, loaded, total) => {
    for (const session of page) {
      const row = toLogRow(session, context);
      if (keep(row)) items.set(row.id, { row, detail: toLogDetail(session), session: keepSessions ? session : null });
    }
    job.progress('read', loaded, total);
  });
  return sortRows(
    [...items.values()].map((item) => item.row),
    job.request.sort,
  ).map((row) => items.get(row.id)!);
}

/**
 * The audit trail of the exported sessions. A handful of sessions are looked up by index; when
 * many are exported, one pass over all events is far cheaper than thousands of index lookups.
 * `inStoreOrder`: the pass keeps the store's order (a file written as it is read), else its
 * pages come as fast as they can, in no order.
 */
async function eventsOf(job: Job, items: readonly Item[], visit: (event: PanduEvent) => void, inStoreOrder: boolean): Promise<void> {
  const ids = items.map((item) => item.row.id);
  if (ids.length <= INDEX_LOOKUP_MAX) {
    for (let start = 0; start < ids.length; start += 1_000) {
      for (const event of await job.db.events
        .where('sessionId')
        .anyOf(ids.slice(start, start + 1_000))
        .toArray())
        visit(event);
      job.progress('events', Math.min(ids.length, start + 1_000), ids.length);
    }
    return;
  }
  const wanted = new Set(ids);
  await forEachEventPage(
    job.db,
    (page, done, total) => {
      for (const event of page) if (event.sessionId !== null && wanted.has(event.sessionId)) visit(event);
      // Counted in recorded steps (every event is read once), not in sessions.
      job.progress('eventsScan', done, total);
    },
    { sideBySide: !inStoreOrder },
  );
}

/** One row of the history sheet, with what orders it within its session. */
interface HistoryRow {
  at: string;
  id: string;
  cells: XlsxCell[];
}

/**
 * The history sheet's rows: each event's row is made as its page arrives (while the database
 * fetches the next pages), kept under its session; then sessions in the table's order, each
 * one's events oldest first.
 */
async function historyRows(
  job: Job,
  items: readonly Item[],
  columns: readonly ExportColumn<PanduEvent>[],
  options: Pick<XlsxSheetOptions, 'clock' | 'mask'>,
): Promise<XlsxCell[][]> {
  const bySession = new Map<string, HistoryRow[]>();
  await eventsOf(
    job,
    items,
    (event) => {
      const row = { at: event.at, id: event.id, cells: xlsxRow(columns, event, options) };
      const list = bySession.get(event.sessionId!);
      if (list) list.push(row);
      else bySession.set(event.sessionId!, [row]);
    },
    false,
  );
  const rows: XlsxCell[][] = [];
  for (const item of items) {
    const list = bySession.get(item.row.id);
    if (!list) continue;
    list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const row of list) rows.push(row.cells);
  }
  return rows;
}

async function writeCsv(job: Job): Promise<Written> {
  const items = await collect(job, false);
  const columns = sessionColumns(exportLabels(job.request.language, job.settings.procedure.reasons), job.clock);
  // Progress every twentieth of the file, not every chunk: the page re-renders for each message.
  let reported = 0;
  const blob = await writeCsvBlob(columns, items, {
    clock: job.clock,
    delimiter: job.request.delimiter,
    mask: job.request.mask,
    onChunk: (done) => {
      if (done < items.length && done - reported < items.length / 20) return;
      reported = done;
      job.progress('write', done, items.length);
    },
  });
  return { blob, sessions: items.length, events: 0, contents: await job.contents(heldOfRows(items.map((item) => item.row))) };
}

async function writeXlsx(job: Job): Promise<Written> {
  const t = translator(job.request.language);
  const labels = exportLabels(job.request.language, job.settings.procedure.reasons);
  const sessionCols = sessionColumns(labels, job.clock);
  const eventCols = eventColumns(labels, job.clock);
  const options = { clock: job.clock, mask: job.request.mask };
  const items = await collect(job, false);
  const sessionRows = items.map((item) => xlsxRow(sessionCols, item, options));
  job.progress('write', items.length, items.length);

  const eventRows = job.request.includeEvents ? await historyRows(job, items, eventCols, options) : [];

  const eventsSheet = t('dashboard.file.sheet.events');
  const sheets = [
    summarySheet(t('dashboard.file.sheet.summary'), {
      counts: countSessions(items.map((item) => item.row)),
      filter: job.request.filter,
      labels,
      clock: job.clock,
      madeMs: Date.now(),
      masked: job.request.mask,
      events: job.request.includeEvents ? { sheet: eventsSheet, count: eventRows.length } : null,
    }),
    ...xlsxSheetsOf(t('dashboard.file.sheet.sessions'), sessionCols as ExportColumn<unknown>[], sessionRows),
    ...(job.request.includeEvents ? xlsxSheetsOf(eventsSheet, eventCols as ExportColumn<unknown>[], eventRows) : []),
  ];
  // The sheets' rows as they are written, every twentieth (the page re-renders for each message).
  const pack = (deflater?: DeflaterFactory) => {
    let reported = -1;
    job.progress('pack', 0, 1);
    return writeWorkbookBlobParts(sheets, t('dashboard.file.title'), {
      deflater,
      onProgress: (done, total) => {
        if (done < total && done - reported < total / 20) return;
        reported = done;
        job.progress('pack', done, total);
      },
    });
  };
  const parts = await packApart(job, pack);
  return {
    blob: new Blob(parts as BlobPart[], { type: XLSX_MIME }),
    sessions: items.length,
    events: eventRows.length,
    contents: await job.contents(heldOfRows(items.map((item) => item.row))),
  };
}

/**
 * The workbook written with its parts compressed by a deflate worker, on another core, while
 * this thread writes the sheets' XML; written again here, the same file, should that worker fail.
 */
async function packApart(job: Job, pack: (deflater?: DeflaterFactory) => Promise<Uint8Array[]>): Promise<Uint8Array[]> {
  let apart: DeflateWorkerHandle | null = null;
  try {
    apart = job.startDeflater?.() ?? null;
  } catch {
    // No worker here (where workers cannot start workers): compressed on this thread.
  }
  if (!apart) return pack();
  try {
    return await pack(apart.deflater);
  } catch (error) {
    console.warn('Pandu: the deflate worker failed; the workbook is compressed here instead.', error);
    return await pack();
  } finally {
    apart.stop();
  }
}

/** The unbound kinds an agent's work makes: not the clean-up's record, which describes this browser's maintenance. */
const AGENT_WORK_UNBOUND = UNBOUND_KINDS.filter((kind) => kind !== 'retention.deleted');

/**
 * For a JSON export of a large log (where the trail is read by one pass over every event), the
 * trail worker, started before the sessions are read: it reads and writes the events on another
 * core meanwhile. Its progress is shown once the sessions are written (one bar at a time).
 */
async function startTrail(job: Job): Promise<TrailSource | null> {
  if (!job.startTrail || (await job.db.sessions.count()) <= INDEX_LOOKUP_MAX) return null;
  let shown = false;
  let last: [number, number] | null = null;
  const trail = job.startTrail(job.request.mask, (done, total) => {
    last = [done, total];
    if (shown) job.progress('eventsScan', done, total);
  });
  return {
    keep: (sessionIds) => {
      shown = true;
      if (last) job.progress('eventsScan', ...last);
      return trail.keep(sessionIds);
    },
    stop: () => trail.stop(),
  };
}

/**
 * The complete file agents send their lead: the sessions shown and their whole audit trail;
 * and, when the filter is a slice by days / agent / area (not by outcome, reason or ticket), the
 * shift checklists and the events outside any session (checklist ticks) in that slice.
 */
async function writeJson(job: Job): Promise<Written> {
  const { db, request, settings } = job;
  const context = await job.context();
  const agent = settings.agent;
  const writer = new ExportFileWriter({
    agents: context.agents,
    exportedBy: agent ? { nossaUserId: agent.nossaUserId, name: agent.name, area: agent.area, teamLead: agent.teamLead } : null,
    exportedAt: new Date().toISOString(),
    appVersion: request.appVersion,
    mask: request.mask,
  });
  // Streamed: each batch's text is handed to a Blob as soon as it is written, so the file (362 MB
  // for 100,000 sessions with their events) never sits in this worker as strings; the browser
  // keeps Blob data outside the worker's heap (on disk when it must), and the parts are joined
  // without a copy.
  const written: Blob[] = [];
  const flush = () => written.push(new Blob(writer.takeParts()));
  const trail = await startTrail(job);
  const items = await collect(job, true).catch((error: unknown) => {
    trail?.stop();
    throw error;
  });
  for (let start = 0; start < items.length; start += 5_000) {
    writer.sessions(items.slice(start, start + 5_000).map((item) => item.session!));
    flush();
    job.progress('write', Math.min(items.length, start + 5_000), items.length);
  }
  let events = 0;
  // Should the trail worker fail, the trail is read here after all: slower, the same file.
  const text = await trail?.keep(items.map((item) => item.row.id)).catch(() => null);
  if (text) {
    written.push(new Blob(writer.eventsWrittenElsewhere(text.count, text.agentIds)), ...text.parts);
    events = text.count;
  } else {
    let batch: PanduEvent[] = [];
    await eventsOf(
      job,
      items,
      (event) => {
        batch.push(event);
        if (batch.length === 5_000) {
          writer.events(batch);
          flush();
          events += batch.length;
          batch = [];
        }
      },
      true,
    );
    writer.events(batch);
    events += batch.length;
  }

  const { filter } = request;
  if (filter.outcome === null && filter.reasonCode === null && filter.ticket === '') {
    const agentOk = (id: string) => (filter.agentId === null || id === filter.agentId) && (filter.area === null || context.agents.get(id)?.area === filter.area);
    const from = filter.from ? new Date(job.clock.dayStart(filter.from)).toISOString() : '';
    const to = filter.to ? new Date(job.clock.dayStart(nextDay(filter.to))).toISOString() : '\uffff';
    const loose = (await unboundEvents(db, AGENT_WORK_UNBOUND, from, to)).filter((event) => agentOk(event.agentId));
    writer.events(loose);
    events += loose.length;
    writer.shifts((await shiftsOf(db, null, filter.from, filter.to)).filter((shift) => agentOk(shift.agentId)));
  }
  const contents = await job.contents(writer.held());
  return { blob: new Blob([...written, ...writer.finish(contents)], { type: 'application/json' }), sessions: items.length, events, contents };
}

/**
 * One clock per zone for the worker's life: the offsets a clock has looked up (one per quarter
 * hour of the log's 90 days) serve every later export in that zone.
 */
const clocks = new Map<string, LocalClock>();
function clockFor(timeZone: string | undefined): LocalClock {
  const key = timeZone ?? '';
  let clock = clocks.get(key);
  if (!clock) clocks.set(key, (clock = localClock(timeZone)));
  return clock;
}

/** Reads the log once, keeps what the table's filter keeps, in the table's order, and writes the file. */
export async function runExport(db: PanduDb, request: ExportRequest, post: Post, helpers: { startTrail?: StartTrail; startDeflater?: StartDeflater } = {}): Promise<void> {
  const started = performance.now();
  const settings = await readSettings(db);
  let context: Promise<RowContext> | null = null;
  const job: Job = {
    db,
    request,
    settings,
    clock: clockFor(request.timeZone),
    context: () => (context ??= logContext(db, settings.agent)),
    progress: (phase, done, total) => post({ type: 'progress', phase, done, total }),
    contents: (held) => browserExportContents(db, request, settings, clockFor(request.timeZone), held),
    ...helpers,
  };
  const write = request.format === 'csv' ? writeCsv : request.format === 'xlsx' ? writeXlsx : writeJson;
  const result = await write(job);
  post({
    type: 'exported',
    blob: result.blob,
    fileName: browserExportFileName(result.contents, request, job.clock),
    sessions: result.sessions,
    events: result.events,
    ms: Math.round(performance.now() - started),
  });
}
