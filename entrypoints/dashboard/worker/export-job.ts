import { eventsOfSessions, logContext, loadLogRows, readSettings, shiftsOf, type PanduDb } from '@/lib/db';
import {
  CSV_BOM,
  CSV_EOL,
  ExportFileWriter,
  XLSX_MIME,
  csvHeaderLine,
  csvLine,
  eventColumns,
  filterRows,
  localClock,
  nextDay,
  sessionColumns,
  sortRows,
  toLogDetail,
  writeWorkbook,
  xlsxRow,
  xlsxSheetsOf,
  type ExportColumn,
  type LocalClock,
  type LogRow,
  type RowContext,
  type SessionItem,
  type XlsxCell,
} from '@/lib/export';
import { translator } from '@/lib/i18n';
import type { PanduEvent, Session, Settings } from '@/lib/schema';
import { exportLabels } from '../export/labels';
import type { ExportRequest, JobMessage, JobPhase } from './protocol';

const PAGE = 2_000;
type Post = (message: JobMessage) => void;

interface Job {
  db: PanduDb;
  request: ExportRequest;
  settings: Settings;
  clock: LocalClock;
  context: RowContext;
  rows: LogRow[];
  progress: (phase: JobPhase, done: number, total: number) => void;
}

/** Full sessions page by page, in the table's order, each with the row the table shows. */
async function forEachPage(job: Job, phase: JobPhase, visit: (items: SessionItem[], sessions: Session[]) => Promise<void> | void) {
  for (let start = 0; start < job.rows.length; start += PAGE) {
    const rows = job.rows.slice(start, start + PAGE);
    const sessions = (await job.db.sessions.bulkGet(rows.map((r) => r.id))).filter((s): s is Session => !!s);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const items = rows.flatMap((row) => {
      const session = byId.get(row.id);
      return session ? [{ row, detail: toLogDetail(session) }] : [];
    });
    await visit(items, sessions);
    job.progress(phase, Math.min(job.rows.length, start + PAGE), job.rows.length);
  }
}

async function writeCsv(job: Job): Promise<Blob> {
  const columns = sessionColumns(exportLabels(job.request.language, job.settings.procedure.reasons), job.clock);
  const options = { clock: job.clock, delimiter: job.request.delimiter, mask: job.request.mask };
  const parts = [CSV_BOM + csvHeaderLine(columns as ExportColumn<unknown>[], options.delimiter) + CSV_EOL];
  await forEachPage(job, 'write', (items) => {
    if (items.length) parts.push(items.map((item) => csvLine(columns, item, options)).join(CSV_EOL) + CSV_EOL);
  });
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

async function writeXlsx(job: Job): Promise<{ blob: Blob; events: number }> {
  const t = translator(job.request.language);
  const labels = exportLabels(job.request.language, job.settings.procedure.reasons);
  const sessionCols = sessionColumns(labels, job.clock);
  const eventCols = eventColumns(labels, job.clock);
  const options = { clock: job.clock, mask: job.request.mask };
  const sessionRows: XlsxCell[][] = [];
  const eventRows: XlsxCell[][] = [];
  await forEachPage(job, 'write', (items) => {
    for (const item of items) sessionRows.push(xlsxRow(sessionCols, item, options));
  });
  if (job.request.includeEvents) {
    const ids = job.rows.map((row) => row.id);
    for (let start = 0; start < ids.length; start += PAGE) {
      for (const event of await eventsOfSessions(job.db, ids.slice(start, start + PAGE))) eventRows.push(xlsxRow(eventCols, event, options));
      job.progress('events', Math.min(ids.length, start + PAGE), ids.length);
    }
  }
  job.progress('pack', 0, 1);
  const sheets = [
    ...xlsxSheetsOf(t('dashboard.file.sheet.sessions'), sessionCols as ExportColumn<unknown>[], sessionRows),
    ...(job.request.includeEvents ? xlsxSheetsOf(t('dashboard.file.sheet.events'), eventCols as ExportColumn<unknown>[], eventRows) : []),
  ];
  const bytes = await writeWorkbook(sheets, t('dashboard.file.title'));
  job.progress('pack', 1, 1);
  return { blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }), events: eventRows.length };
}

/**
 * The complete file agents send their lead: the sessions shown, their whole audit trail, and,
 * when the filter is a slice by days / agent / area (not by outcome, reason or ticket), the
 * shift checklists and the events outside any session (checklist ticks) in that slice.
 */
async function writeJson(job: Job): Promise<{ blob: Blob; events: number }> {
  const { db, request, settings, context } = job;
  const agent = settings.agent;
  const writer = new ExportFileWriter({
    agents: context.agents,
    exportedBy: agent ? { nossaUserId: agent.nossaUserId, name: agent.name, area: agent.area, teamLead: agent.teamLead } : null,
    exportedAt: new Date().toISOString(),
    appVersion: request.appVersion,
    mask: request.mask,
  });
  let events = 0;
  const sessionIds: string[] = [];
  await forEachPage(job, 'write', (_items, sessions) => {
    writer.sessions(sessions);
    sessionIds.push(...sessions.map((s) => s.id));
  });
  for (let start = 0; start < sessionIds.length; start += PAGE) {
    const page: PanduEvent[] = await eventsOfSessions(db, sessionIds.slice(start, start + PAGE));
    writer.events(page);
    events += page.length;
    job.progress('events', Math.min(sessionIds.length, start + PAGE), sessionIds.length);
  }
  const { filter } = request;
  if (filter.outcome === null && filter.reasonCode === null && filter.ticket === '') {
    const agentOk = (id: string) => (filter.agentId === null || id === filter.agentId) && (filter.area === null || context.agents.get(id)?.area === filter.area);
    const from = filter.from ? new Date(job.clock.dayStart(filter.from)).toISOString() : '';
    const to = filter.to ? new Date(job.clock.dayStart(nextDay(filter.to))).toISOString() : '\uffff';
    const loose = await db.events
      .where('at')
      .between(from, to, true, false)
      .filter((e) => e.sessionId === null && e.type !== 'retention.deleted' && agentOk(e.agentId))
      .toArray();
    writer.events(loose);
    events += loose.length;
    writer.shifts((await shiftsOf(db, null, filter.from, filter.to)).filter((shift) => agentOk(shift.agentId)));
  }
  return { blob: new Blob(writer.finish(), { type: 'application/json' }), events };
}

function fileName(request: ExportRequest, clock: LocalClock, rows: readonly LogRow[], settings: Settings): string {
  const stamp = clock.format(Date.now()).replace(/[-:]/g, '').replace(' ', '-').slice(0, 13);
  if (request.format !== 'json') return `pandu-log-${stamp}.${request.format}`;
  const agents = new Set(rows.map((row) => row.agentId));
  const who = agents.size === 1 ? [...agents][0] : agents.size === 0 && settings.agent ? settings.agent.nossaUserId : 'tim';
  return `pandu-${who}-${stamp}.json`;
}

/** Reads the log, applies the table's filter and order, writes the file, reports as it goes. */
export async function runExport(db: PanduDb, request: ExportRequest, post: Post): Promise<void> {
  const started = performance.now();
  const progress = (phase: JobPhase, done: number, total: number) => post({ type: 'progress', phase, done, total });
  const settings = await readSettings(db);
  const clock = localClock(request.timeZone);
  const context = await logContext(db, settings.agent);
  const all = await loadLogRows(db, context, (done, total) => progress('read', done, total));
  const rows = sortRows(filterRows(all, request.filter, clock), request.sort);
  const job: Job = { db, request, settings, clock, context, rows, progress };
  const result = request.format === 'csv' ? { blob: await writeCsv(job), events: 0 } : request.format === 'xlsx' ? await writeXlsx(job) : await writeJson(job);
  post({
    type: 'exported',
    blob: result.blob,
    fileName: fileName(request, clock, rows, settings),
    sessions: rows.length,
    events: result.events,
    ms: Math.round(performance.now() - started),
  });
}
