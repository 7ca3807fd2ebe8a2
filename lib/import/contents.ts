import * as z from 'zod/mini';
import { HeldTally, describeFilter, exportContentsSchema, teamOfAgents, type ExportContents } from '../export/contents';
import type { ExportFile, FileAgent } from '../export/file-schema';
import type { Translate } from '../i18n';
import { logFilterSchema } from '../logs/filter';
import { localClock } from '../time/local-clock';
import { browserTimeZone } from '../time/zones';

/**
 * What an imported file held, as the import history remembers it: the file's own `contents`
 * header, or, for a file written before Pandu wrote one, what its records show (whose they are,
 * the days their sessions started) with the filter unknown (null).
 */
export const importedContentsSchema = z.extend(exportContentsSchema, { filter: z.nullable(logFilterSchema) });
export type ImportedContents = z.infer<typeof importedContentsSchema>;

export function contentsOfFile(file: Pick<ExportFile, 'contents' | 'agents' | 'sessions' | 'events' | 'shifts'>, zone: string = browserTimeZone() ?? 'UTC'): ImportedContents {
  if (file.contents) return file.contents;
  const held = new HeldTally();
  for (const session of file.sessions) held.session(session.agentId, Date.parse(session.startedAt));
  for (const record of [...file.events, ...file.shifts]) held.agent(record.agentId);
  const clock = localClock(zone);
  const sole = held.agentIds.size === 1 ? [...held.agentIds][0]! : null;
  return {
    scope: sole ? 'agent' : 'team',
    team: teamOfAgents(file.agents.filter((agent) => held.agentIds.has(agent.nossaUserId))),
    agentId: sole,
    agents: held.agentIds.size,
    from: held.firstMs === null ? null : clock.dayKey(held.firstMs),
    to: held.lastMs === null ? null : clock.dayKey(held.lastMs),
    zone,
    filter: null,
    filterText: '',
  };
}

/** What an import record stored before it kept `contents` can still say: whose records, from the file's agents. */
export function contentsOfAgents(agents: readonly FileAgent[]): ImportedContents {
  const sole = agents.length === 1 ? agents[0]!.nossaUserId : null;
  return { scope: sole ? 'agent' : 'team', team: teamOfAgents(agents), agentId: sole, agents: agents.length, from: null, to: null, zone: '', filter: null, filterText: '' };
}

/** "2026-11-01" -> "01-11-2026": how Pandu writes a day everywhere. */
const day = (key: string) => key.split('-').reverse().join('-');

/**
 * One line for the import history, in the reader's language: "Tim OCC Bandung, 3 agen,
 * 01-11-2026–30-11-2026, area DPS" or "Dewi Lestari (930101, BDG), 01-11-2026–30-11-2026, tanpa
 * filter". The filter is told from the exact filter (not the exporter's words), with the reader's
 * reason labels.
 */
export function describeContents(contents: ImportedContents | ExportContents, agents: readonly FileAgent[], t: Translate, reasonLabel?: (code: string) => string): string {
  const parts: string[] = [];
  if (contents.scope === 'agent' && contents.agentId) {
    const agent = agents.find((a) => a.nossaUserId === contents.agentId);
    const details = [contents.agentId, ...(agent?.area ? [agent.area] : [])].join(', ');
    parts.push(agent?.name ? `${agent.name} (${details})` : details);
  } else {
    if (contents.team) parts.push(t('dashboard.file.contents.team', { team: contents.team }));
    parts.push(t('dashboard.file.contents.agents', { count: contents.agents }));
  }
  if (contents.from || contents.to) {
    const from = day(contents.from ?? contents.to!);
    const to = day(contents.to ?? contents.from!);
    parts.push(from === to ? from : t('dashboard.file.contents.period', { from, to }));
  } else if (contents.zone) {
    // Days unknown though the file said (or showed) what it held: it held no session.
    parts.push(t('dashboard.file.contents.noPeriod'));
  }
  if (contents.filter === null) parts.push(t('dashboard.file.contents.filterUnknown'));
  else {
    const words = describeFilter(contents.filter, t, reasonLabel);
    parts.push(words ? t('dashboard.file.contents.filter', { filter: words }) : t('dashboard.file.filter.none'));
  }
  return parts.join(', ');
}
