import type { ImportRecord } from '../import/record';
import { toLogRow, type AgentDirectory, type AgentInfo, type LogRow, type RowContext } from '../logs/log-row';
import type { Agent, PanduEvent, Session, Shift } from '../schema';
import type { UnboundKind } from '../events';
import type { PanduDb } from './database';
import { forEachPage, UUID_RANGES } from './paging';
import { sourceOf } from './imports';

/**
 * Who each agent is, as far as this browser knows: the headers of imported files (the latest
 * export of an agent wins, an unknown area never overwrites a known one), then the agent set
 * up in this browser's settings, who owns the sessions recorded here.
 */
export async function agentDirectory(db: PanduDb, current: Agent | null): Promise<Map<string, AgentInfo>> {
  const imports = await db.imports.toArray();
  imports.sort((a, b) => a.exportedAt.localeCompare(b.exportedAt));
  const directory = new Map<string, AgentInfo>();
  const learn = (agent: AgentInfo) => {
    const known = directory.get(agent.nossaUserId);
    directory.set(agent.nossaUserId, {
      nossaUserId: agent.nossaUserId,
      name: agent.name || known?.name || '',
      area: agent.area ?? known?.area ?? null,
      teamLead: agent.teamLead || known?.teamLead || '',
    });
  };
  for (const record of imports) for (const agent of record.agents) learn(agent);
  if (current) learn(current);
  return directory;
}

/** Session id -> whether its last fill run ("fill.result") succeeded. */
export async function lastFillResults(db: PanduDb): Promise<Map<string, boolean>> {
  const latest = new Map<string, { at: string; ok: boolean }>();
  // One read of them all (IndexedDB's getAll): a cursor would cross to the database once per event.
  for (const event of await db.events.where('type').equals('fill.result').toArray()) {
    if (event.type !== 'fill.result' || !event.sessionId) continue;
    const known = latest.get(event.sessionId);
    if (!known || event.at >= known.at) latest.set(event.sessionId, { at: event.at, ok: event.payload.ok });
  }
  return new Map([...latest].map(([id, { ok }]) => [id, ok]));
}

export async function logContext(db: PanduDb, current: Agent | null): Promise<RowContext> {
  const [agents, lastFill] = await Promise.all([agentDirectory(db, current), lastFillResults(db)]);
  return { agents, lastFill };
}

/** Every session, page by page, its key ranges read side by side (lib/db/paging.ts). */
export function forEachSessionPage(db: PanduDb, visit: (page: Session[], loaded: number, total: number) => Promise<void> | void, pageSize = 5_000): Promise<void> {
  return forEachPage(db.sessions, (session) => session.id, visit, { pageSize, ranges: UUID_RANGES });
}

export interface EventPaging {
  pageSize?: number;
  /**
   * Four key ranges read side by side, pages arriving in no order: the database fetches three
   * while this thread deserializes the fourth (about a third faster over 672,297 events, `npm
   * run bench -- dashboard`). One range keeps the store's order, for a file written in it.
   */
  sideBySide?: boolean;
  /** The store's size when the caller counted it already (a count walks every key). */
  total?: number;
}

/** Every event, page by page (a full pass is cheaper than many index lookups). */
export function forEachEventPage(
  db: PanduDb,
  visit: (page: PanduEvent[], loaded: number, total: number) => Promise<void> | void,
  { pageSize = 20_000, sideBySide = false, total }: EventPaging = {},
): Promise<void> {
  return forEachPage(db.events, (event) => event.id, visit, { pageSize: sideBySide ? pageSize / 4 : pageSize, ranges: sideBySide ? UUID_RANGES : undefined, total });
}

/**
 * The events of the given unbound kinds (about no one session: checklist ticks, follow-ups) at
 * `from` up to before `to` (ISO instants), found through the type index: only they are read. The
 * time index would have to walk every event of the period (the whole trail when it is open) one
 * cursor step each, to keep the few with no session.
 */
export function unboundEvents(db: PanduDb, kinds: readonly UnboundKind[], from: string, to: string): Promise<PanduEvent[]> {
  return db.events
    .where('type')
    .anyOf(kinds as UnboundKind[])
    .filter((event) => event.at >= from && event.at < to)
    .toArray();
}

/** Every session as a row (see forEachSessionPage); `onPage` also gets each page's rows. */
export async function loadLogRows(
  db: PanduDb,
  context: RowContext,
  onPage?: (loaded: number, total: number, page: LogRow[]) => Promise<void> | void,
  pageSize = 5_000,
): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  await forEachSessionPage(
    db,
    async (page, loaded, total) => {
      const pageRows = page.map((session) => toLogRow(session, context));
      rows.push(...pageRows);
      await onPage?.(loaded, total, pageRows);
    },
    pageSize,
  );
  return rows;
}

/** Shift checklists of the given agents on local days from..to (inclusive; null = open-ended). */
export async function shiftsOf(db: PanduDb, agentIds: ReadonlySet<string> | null, from: string | null, to: string | null): Promise<Shift[]> {
  const range = db.shifts.where('shiftDate').between(from ?? '0000-01-01', to ?? '9999-12-31', true, true);
  return (await range.toArray()).filter((shift) => !agentIds || agentIds.has(shift.agentId));
}

/**
 * A token that changes whenever what the dashboard shows could have changed, cheap enough to
 * re-read on every write (no counting over 100,000 rows): every flow step, fill run, checklist
 * tick and clean-up appends an event "now"; sessions move their last change; imports, shift
 * checklists and settings are small tables.
 */
export async function logChangeToken(db: PanduDb): Promise<string> {
  const [event, session, shifts, imports, settings] = await Promise.all([
    db.events.orderBy('at').last(),
    db.sessions.orderBy('updatedAt').last(),
    db.shifts.count(),
    db.imports.count(),
    db.settings.get('settings'),
  ]);
  // The agent set up here names this browser's own sessions (name and area in every row).
  const agent = JSON.stringify(settings?.value?.agent ?? null);
  return [event?.id ?? '', session?.updatedAt ?? '', session?.id ?? '', shifts, imports, agent].join('|');
}

/** The last fill run of just these sessions (for the first screen, before the whole log is read). */
export async function lastFillResultsOf(db: PanduDb, sessionIds: readonly string[]): Promise<Map<string, boolean>> {
  const latest = new Map<string, { at: string; ok: boolean }>();
  const events = await db.events
    .where('sessionId')
    .anyOf(sessionIds as string[])
    .toArray();
  for (const event of events) {
    if (event.type !== 'fill.result' || !event.sessionId) continue;
    const known = latest.get(event.sessionId);
    if (!known || event.at >= known.at) latest.set(event.sessionId, { at: event.at, ok: event.payload.ok });
  }
  return new Map([...latest].map(([id, { ok }]) => [id, ok]));
}

/**
 * The newest sessions as rows, quickly: one small index query and their own events, not the
 * whole log. What the lead sees while everything else loads.
 */
export async function firstScreen(db: PanduDb, current: Agent | null, limit: number): Promise<{ rows: LogRow[]; agents: Map<string, AgentInfo> }> {
  const [agents, sessions] = await Promise.all([agentDirectory(db, current), db.sessions.orderBy('startedAt').reverse().limit(limit).toArray()]);
  const lastFill = await lastFillResultsOf(
    db,
    sessions.map((s) => s.id),
  );
  return { rows: sessions.map((session) => toLogRow(session, { agents, lastFill })), agents };
}

export interface SessionDetail {
  session: Session;
  events: PanduEvent[];
  source: ImportRecord | null;
}

/** One session with its whole audit trail and where it came from, for the detail view. */
export async function sessionDetail(db: PanduDb, id: string): Promise<SessionDetail | null> {
  return db.transaction('r', [db.sessions, db.events, db.sources, db.imports], async () => {
    const session = await db.sessions.get(id);
    if (!session) return null;
    const [events, source] = await Promise.all([db.events.where('sessionId').equals(id).sortBy('at'), sourceOf(db, id)]);
    return { session, events, source };
  });
}

export type { AgentDirectory };
