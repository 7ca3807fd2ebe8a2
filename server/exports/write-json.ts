import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { ExportFileWriter } from '../../lib/export';
import type { PanduEvent, Shift } from '../../lib/schema';
import { periodConditions } from '../reads/log-filter';
import { rowPages } from '../reads/row-stream';
import { SqlParams } from '../reads/sql-params';
import { agentDirectory } from './directory';
import { serverExportContents } from './file-name';
import { exportedSessionIdsSql, exportItems } from './log-items';
import type { ExportOrder } from './tickets';

const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The pandu-export file (lib/export/file-schema.ts), the one the dashboard imports, streamed:
 * the header, the sessions the filter keeps in the table's order, their audit trail, and, when
 * the filter is a slice by days / agent / area only, the checklists and the events outside any
 * session in that slice (what the dashboard's worker writes). Phones masked when asked.
 */
export async function* jsonParts(pool: pg.Pool, request: ExportOrder, team: string | null, now: number): AsyncGenerator<string> {
  const writer = new ExportFileWriter({
    agents: await agentDirectory(pool, team),
    exportedBy: null,
    exportedAt: new Date(now).toISOString(),
    appVersion: APP_VERSION,
    mask: request.maskPhones,
  });
  const flush = () => writer.takeParts().join('');
  yield flush();
  for await (const items of exportItems(pool, request, team)) {
    writer.sessions(items.map((item) => item.session));
    yield flush();
  }

  const trail = new SqlParams();
  const trailSql = `select e.record from events e where e.session_id in (${exportedSessionIdsSql(request, team, trail)}) order by e.at, e.id`;
  for await (const page of rowPages<{ record: PanduEvent }>(pool, trailSql, trail.values, 2_000)) {
    writer.events(page.map((row) => row.record));
    yield flush();
  }

  const { filter } = request;
  if (filter.outcome === null && filter.reasonCode === null && filter.ticket === '') {
    const [eventsSql, eventValues] = looseEventsSql(request, team);
    for await (const page of rowPages<{ record: PanduEvent }>(pool, eventsSql, eventValues, 2_000)) {
      writer.events(page.map((row) => row.record));
      yield flush();
    }
    const [shiftSql, shiftValues] = shiftsSql(request, team);
    for await (const page of rowPages<{ record: Shift }>(pool, shiftSql, shiftValues, 2_000)) {
      writer.shifts(page.map((row) => row.record));
      yield flush();
    }
  }
  yield writer.finish(await serverExportContents(pool, team, request, writer.held())).join('');
}

/** Conditions on the agent of a record aliased `x` (its account `a`). */
function agentConditions(request: ExportOrder, team: string | null, params: SqlParams): string[] {
  const where: string[] = [];
  if (team !== null) where.push(`x.team_id = ${params.add(team)}`);
  if (request.filter.agentId !== null) where.push(`x.agent_id = ${params.add(request.filter.agentId)}`);
  if (request.filter.area !== null) where.push(`a.area = ${params.add(request.filter.area)}`);
  return where;
}

/** Events about no session (checklist ticks, follow-ups) in the slice; not a browser's own clean-up record. */
function looseEventsSql(request: ExportOrder, team: string | null): [string, unknown[]] {
  const params = new SqlParams();
  const where = [
    ...agentConditions(request, team, params),
    'x.session_id is null',
    `x.type <> 'retention.deleted'`,
    ...periodConditions('x.at', request.filter, request.zone, params),
  ];
  return [`select x.record from events x left join accounts a on a.nossa_user_id = x.agent_id where ${where.join(' and ')} order by x.at, x.id`, params.values];
}

function shiftsSql(request: ExportOrder, team: string | null): [string, unknown[]] {
  const params = new SqlParams();
  const where = agentConditions(request, team, params);
  if (request.filter.from) where.push(`x.shift_date >= ${params.add(request.filter.from)}::date`);
  if (request.filter.to) where.push(`x.shift_date <= ${params.add(request.filter.to)}::date`);
  return [
    `select x.record from shifts x left join accounts a on a.nossa_user_id = x.agent_id ${where.length ? `where ${where.join(' and ')}` : ''} order by x.shift_date, x.id`,
    params.values,
  ];
}
