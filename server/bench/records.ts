import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { fileSessionSchema } from '../../lib/export/file-schema';
import type { PanduEvent, Session, Shift } from '../../lib/schema';
import { makeLogRecords } from '../../scripts/bench/dashboard-seed.mjs';
import { sessionColumns } from '../ingest/columns';

/**
 * Records for the team bench, made by the same generator as the dashboard's e2e test and bench
 * (scripts/bench/dashboard-seed.mjs: realistic sessions with their full audit trail and shift
 * checklists), spread over `agents` NOSSA user ids, and written with COPY: the fastest way into
 * PostgreSQL, and the baseline the service's ingest is measured against.
 */
export interface Generated {
  sessions: Session[];
  events: PanduEvent[];
  shifts: Shift[];
}

export const agentIdOf = (index: number) => `94${String(index + 1).padStart(4, '0')}`;

/** `count` sessions from number `first` on (ids are unique by number), over `days` days ending at `endMs`. */
export function generate(spec: { count: number; first: number; endMs: number; days: number; agents: number; shifts?: boolean }): Generated {
  const made = makeLogRecords({ count: spec.count, first: spec.first, endMs: spec.endMs, days: spec.days, events: 'full', seed: 7 + spec.first }) as unknown as Generated;
  // The generator has a dozen agents; a contact center has `agents`: spread sessions over them by number.
  const owner = new Map<string, string>();
  made.sessions.forEach((session, i) => {
    const agentId = agentIdOf((spec.first + i) % spec.agents);
    owner.set(session.id, agentId);
    session.agentId = agentId;
  });
  for (const event of made.events) event.agentId = owner.get(event.sessionId ?? '') ?? event.agentId;
  const generatorAgents = new Map((made as unknown as { agents: Array<{ nossaUserId: string }> }).agents.map((agent, k) => [agent.nossaUserId, agentIdOf(k % spec.agents)]));
  for (const shift of made.shifts) shift.agentId = generatorAgents.get(shift.agentId) ?? shift.agentId;
  return { sessions: made.sessions, events: withFillTrails(made.events), shifts: spec.shifts ? made.shifts : [] };
}

const FIELDS = ['status', 'pendingReason', 'pendingUntil', 'workLogSummary', 'workLogDetails'] as const;
const FAILURES = ['field-missing', 'menu-item-missing', 'rejected', 'mismatch'] as const;
/** Another id of the same family: the generator's ids are unique by their last groups. */
const sibling = (id: string, n: number) => id.replace(/-4000-/, `-40${String(n).padStart(2, '0')}-`);

/**
 * The generator writes a fill's end ("fill.result") only; the fill-health view reads the trail
 * Pandu really writes before it: "fill.started" (the profile) and one "fill.field" per field,
 * a failed run failing one field. Added here so the bench measures fill health on real rows.
 */
function withFillTrails(events: PanduEvent[]): PanduEvent[] {
  const out: PanduEvent[] = [];
  for (const event of events) {
    if (event.type !== 'fill.result') {
      out.push(event);
      continue;
    }
    const fillId = sibling(event.id, 1);
    const failedAt = event.payload.ok ? -1 : event.id.charCodeAt(9) % FIELDS.length;
    const at = event.payload.startedAt;
    out.push({
      ...event,
      id: sibling(event.id, 2),
      type: 'fill.started',
      payload: { fillId, profileId: 'nossa-maximo', ref: `[Pandu ${fillId.slice(0, 6).toUpperCase()}]`, commit: false, steps: [], startedAt: at },
      at,
    });
    const fields = FIELDS.map((field, i) => ({
      field,
      expected: 'x',
      actual: i === failedAt ? null : 'x',
      status: i === failedAt ? ('failed' as const) : ('done' as const),
      reason: i === failedAt ? FAILURES[event.id.charCodeAt(10) % FAILURES.length]! : null,
      message: null,
      ms: 120,
    }));
    fields.forEach((result, i) => out.push({ ...event, id: sibling(event.id, 3 + i), type: 'fill.field', payload: { fillId, result }, at }));
    out.push({ ...event, payload: { ...event.payload, fillId, fields } });
  }
  return out;
}

/** Validates like the service does (the bench's records must be ones the server would take). */
export function assertValid(records: Generated): void {
  const bad = records.sessions.find((s) => !fileSessionSchema.safeParse(s).success);
  if (bad) throw new Error(`generated session ${bad.id} is not valid`);
}

const text = (value: string | number | boolean | null): string => {
  if (value === null) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
};
const line = (cells: Array<string | number | boolean | null>) => `${cells.map(text).join('\t')}\n`;

async function copyRows(client: pg.PoolClient, sql: string, rows: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(rows), client.query(copyFrom(sql)));
}

/** COPY into the service's own tables, with the same derived columns the ingest stores. */
export async function copyInto(pool: pg.Pool, teamId: string, areaOf: (agentId: string) => string, records: Generated): Promise<void> {
  const client = await pool.connect();
  try {
    await copyRows(
      client,
      `copy sessions (id, agent_id, team_id, ticket_id, status, outcome, reason_code, area, started_at, updated_at, ended_at, handling_seconds, pending_until, attempts, failed_attempts, fill_base, revision, record) from stdin`,
      (function* () {
        for (const session of records.sessions) {
          const c = sessionColumns(session);
          yield line([
            session.id,
            session.agentId,
            teamId,
            c.ticket_id,
            c.status,
            c.outcome,
            c.reason_code,
            areaOf(session.agentId),
            c.started_at,
            c.updated_at,
            c.ended_at,
            c.handling_seconds,
            c.pending_until,
            c.attempts,
            c.failed_attempts,
            c.fill_base,
            c.revision,
            JSON.stringify(session),
          ]);
        }
      })(),
    );
    await copyRows(
      client,
      `copy events (id, agent_id, team_id, session_id, ticket_id, type, at, record) from stdin`,
      (function* () {
        for (const event of records.events) yield line([event.id, event.agentId, teamId, event.sessionId, event.ticketId, event.type, event.at, JSON.stringify(event)]);
      })(),
    );
    const fills = new Map<string, { at: string; ok: boolean; eventId: string; agentId: string }>();
    for (const event of records.events) {
      if (event.type !== 'fill.result' || !event.sessionId) continue;
      const known = fills.get(event.sessionId);
      if (!known || event.at >= known.at) fills.set(event.sessionId, { at: event.at, ok: event.payload.ok, eventId: event.id, agentId: event.agentId });
    }
    await copyRows(
      client,
      `copy session_fills (session_id, at, ok, event_id, agent_id) from stdin`,
      (function* () {
        for (const [id, fill] of fills) yield line([id, fill.at, fill.ok, fill.eventId, fill.agentId]);
      })(),
    );
    if (records.shifts.length)
      await copyRows(
        client,
        `copy shifts (id, agent_id, team_id, shift_date, starts_at, completed_at, record) from stdin`,
        (function* () {
          for (const shift of records.shifts) yield line([shift.id, shift.agentId, teamId, shift.shiftDate, shift.startsAt, shift.completedAt, JSON.stringify(shift)]);
        })(),
      );
  } finally {
    client.release();
  }
}
