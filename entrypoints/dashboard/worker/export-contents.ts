import { agentDirectory, type PanduDb } from '@/lib/db';
import { exportContents, exportFileName, teamOfAgents, type ExportContents, type HeldRecords } from '@/lib/export';
import { translator } from '@/lib/i18n';
import type { Settings } from '@/lib/schema';
import type { LocalClock } from '@/lib/time';
import type { ExportRequest } from './protocol';

/**
 * The team this browser's export is of: the team server's team when this browser is enrolled
 * (its name, as the server's exports say it), else the team lead the held agents all named in
 * their settings, which is how a team is known without a server. Null when they differ or none
 * named one.
 */
async function teamName(db: PanduDb, settings: Settings, held: HeldRecords): Promise<string | null> {
  const connection = await db.team.get('connection');
  if (connection?.key === 'connection' && connection.account.team) return connection.account.team.name;
  const directory = await agentDirectory(db, settings.agent);
  return teamOfAgents([...held.agentIds].map((id) => directory.get(id) ?? { teamLead: '' }));
}

/** What the browser's export holds (lib/export/contents.ts), for its name and, in JSON, its header. */
export async function browserExportContents(db: PanduDb, request: ExportRequest, settings: Settings, clock: LocalClock, held: HeldRecords): Promise<ExportContents> {
  const reasons = new Map(settings.procedure.reasons.map((reason) => [reason.code, reason.label[request.language]]));
  return exportContents({
    filter: request.filter,
    clock,
    zone: request.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    team: await teamName(db, settings, held),
    held,
    t: translator(request.language),
    reasonLabel: (code) => reasons.get(code) ?? '',
  });
}

/** The file's name by the rule the team server's exports follow too (exportFileName). */
export const browserExportFileName = (contents: ExportContents, request: ExportRequest, clock: LocalClock): string =>
  exportFileName(contents, request.format, translator(request.language), clock.dayKey(Date.now()));
