import type pg from 'pg';
import { exportContents, exportFileName as nameOf, type ExportContents, type HeldRecords } from '../../lib/export';
import { translator } from '../../lib/i18n';
import { localClock } from '../../lib/time';
import { LOG_FROM, logConditions, whereOf } from '../reads/log-filter';
import { SqlParams } from '../reads/sql-params';
import { labelsOf } from './labels';
import type { ExportOrder } from './tickets';

/** The team's name as its lead knows it (null: an admin's export of every team). */
async function teamName(pool: pg.Pool, team: string | null): Promise<string | null> {
  if (team === null) return null;
  const { rows } = await pool.query<{ name: string }>('select name from teams where id = $1', [team]);
  return rows[0]?.name ?? team;
}

/**
 * What the filter keeps, in one aggregate over the sessions the export will write (the same
 * conditions): whose they are (a sole agent named) and the first and last start. The file's name
 * is given before the first byte is sent, so it is asked of the database up front.
 */
async function heldBy(pool: pg.Pool, order: ExportOrder, team: string | null): Promise<HeldRecords> {
  const params = new SqlParams();
  const { rows } = await pool.query<{ first: Date | null; last: Date | null; agents: string; sole: string | null }>(
    `select min(s.started_at) as first, max(s.started_at) as last, count(distinct s.agent_id) as agents, min(s.agent_id) as sole
       from ${LOG_FROM} ${whereOf(logConditions(order, team, params))}`,
    params.values,
  );
  const row = rows[0]!;
  const count = Number(row.agents);
  // Only the count and a sole agent matter to `exportContents`; a team's ids stand in as a count.
  const agentIds = new Set(count === 1 && row.sole ? [row.sole] : Array.from({ length: count }, (_, i) => `#${i}`));
  return { agentIds, firstMs: row.first?.getTime() ?? null, lastMs: row.last?.getTime() ?? null };
}

/**
 * What a team server export holds (lib/export/contents.ts): from the records written when the
 * writer has them (the JSON header), else asked of the database (the name, given up front).
 */
export async function serverExportContents(pool: pg.Pool, team: string | null, order: ExportOrder, held?: HeldRecords): Promise<ExportContents> {
  return exportContents({
    filter: order.filter,
    clock: localClock(order.zone),
    zone: order.zone,
    team: await teamName(pool, team),
    held: held ?? (await heldBy(pool, order, team)),
    t: translator(order.language),
    reasonLabel: labelsOf(order).reason,
  });
}

/** The file's name by the rule the dashboard's own exports follow: "pandu-tim-occ-bandung-2026-11-01_2026-11-30-dps.csv". */
export async function exportFileName(pool: pg.Pool, team: string | null, order: ExportOrder, now: number): Promise<string> {
  const contents = await serverExportContents(pool, team, order);
  return nameOf(contents, order.format, translator(order.language), localClock(order.zone).dayKey(now));
}

/** The header that makes the browser save the response as a file with that name. */
export const contentDisposition = (fileName: string) => `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
