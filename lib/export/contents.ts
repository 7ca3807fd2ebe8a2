import * as z from 'zod/mini';
import type { MessageKey, Translate } from '../i18n';
import { logFilterSchema, type LogFilter } from '../logs/filter';
import { intBetween, trimmedText } from '../schema/common';
import type { LocalClock } from '../time/local-clock';

/**
 * What an export file holds, said once and used three ways: the file's name (team or agent,
 * period, filter), the JSON file's `contents` header (so an import can say what it took), and
 * the import history's line. The browser's worker and the team server build it with the same
 * function from the same inputs, so their files are named by one rule.
 */
export const EXPORT_SCOPES = ['team', 'agent'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const exportContentsSchema = z.object({
  /** `agent`: one agent's records (the filter named the agent, or only one agent's records were held); else `team`. */
  scope: z.enum(EXPORT_SCOPES),
  /**
   * The team's name: the team server's team, or, in a browser without one, the team lead the
   * agents named in their settings (how a team is known there). Null when unknown, or all teams.
   */
  team: z.nullable(trimmedText(1, 80)),
  /** With scope `agent`: the agent's NOSSA user id. */
  agentId: z.nullable(trimmedText(1, 40)),
  /** How many agents the file holds records of. */
  agents: intBetween(0, 1_000_000),
  /** First and last local day held: the filter's days, an open side closed by the sessions held. Null when neither is known. */
  from: z.nullable(z.iso.date()),
  to: z.nullable(z.iso.date()),
  /** The zone those days are in (IANA), as the lead saw them. */
  zone: z.string().check(z.maxLength(64)),
  /** The table's filter exactly as applied. */
  filter: logFilterSchema,
  /** The filter in words, in the exporter's language, for a person reading the file. */
  filterText: z.string().check(z.maxLength(1_000)),
});
export type ExportContents = z.infer<typeof exportContentsSchema>;

/** What the exported records turned out to cover: whose they are, and the first and last session start. */
export interface HeldRecords {
  agentIds: ReadonlySet<string>;
  firstMs: number | null;
  lastMs: number | null;
}

/** Tallies records as an export writes them (one pass, nothing kept but the agent ids). */
export class HeldTally implements HeldRecords {
  readonly agentIds = new Set<string>();
  firstMs: number | null = null;
  lastMs: number | null = null;

  agent(agentId: string) {
    this.agentIds.add(agentId);
  }

  session(agentId: string, startedMs: number) {
    this.agentIds.add(agentId);
    if (!Number.isFinite(startedMs)) return;
    if (this.firstMs === null || startedMs < this.firstMs) this.firstMs = startedMs;
    if (this.lastMs === null || startedMs > this.lastMs) this.lastMs = startedMs;
  }
}

/** The held records of table rows (CSV and XLSX exports). */
export function heldOfRows(rows: Iterable<{ agentId: string; startedMs: number }>): HeldRecords {
  const tally = new HeldTally();
  for (const row of rows) tally.session(row.agentId, row.startedMs);
  return tally;
}

/** The team lead every agent named, when they all named the same one: how a team is known without a server. */
export function teamOfAgents(agents: Iterable<{ teamLead?: string | null }>): string | null {
  let lead: string | null = null;
  for (const agent of agents) {
    const name = agent.teamLead?.trim() ?? '';
    if (!name) continue;
    if (lead !== null && lead !== name) return null;
    lead = name;
  }
  return lead;
}

/** The filter's words beside the period and the agent (which the file's name and line say on their own). */
export function describeFilter(filter: Pick<LogFilter, 'area' | 'outcome' | 'reasonCode' | 'ticket'>, t: Translate, reasonLabel: (code: string) => string = () => ''): string {
  const parts: string[] = [];
  if (filter.area) parts.push(t('dashboard.file.filter.area', { area: filter.area }));
  if (filter.outcome) parts.push(t('dashboard.file.filter.outcome', { outcome: t(`dashboard.outcome.${filter.outcome}`) }));
  if (filter.reasonCode) {
    const label = reasonLabel(filter.reasonCode);
    parts.push(t('dashboard.file.filter.reason', { reason: label ? `${label} (${filter.reasonCode})` : filter.reasonCode }));
  }
  const ticket = filter.ticket.trim();
  if (ticket) parts.push(t('dashboard.file.filter.ticket', { ticket }));
  return parts.join(', ');
}

export interface ContentsInput {
  filter: LogFilter;
  /** The lead's zone: the filter's days are in it, and the held sessions' days are read in it. */
  clock: LocalClock;
  zone: string;
  team: string | null;
  held: HeldRecords;
  t: Translate;
  reasonLabel?: (code: string) => string;
}

export function exportContents(input: ContentsInput): ExportContents {
  const { filter, clock, held } = input;
  const sole = held.agentIds.size === 1 ? [...held.agentIds][0]! : null;
  const agentId = filter.agentId ?? sole;
  const team = input.team?.trim().slice(0, 80) || null;
  return {
    scope: agentId ? 'agent' : 'team',
    team,
    agentId,
    agents: held.agentIds.size,
    from: filter.from ?? (held.firstMs === null ? null : clock.dayKey(held.firstMs)),
    to: filter.to ?? (held.lastMs === null ? null : clock.dayKey(held.lastMs)),
    zone: input.zone.slice(0, 64),
    filter,
    filterText: describeFilter(filter, input.t, input.reasonLabel).slice(0, 1_000),
  };
}

/** "Ni Luh Putu – Denpasar" -> "ni-luh-putu-denpasar": letters without marks, digits, single dashes. */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** The formats a file is written in: its extension. */
export type ExportFileFormat = 'csv' | 'xlsx' | 'json';

/**
 * "pandu-tim-occ-bandung-2026-11-01_2026-11-30-dps-tidak-terhubung.json",
 * "pandu-agen-930105-2026-11-01_2026-11-30.csv": who (the team, or the one agent), the days
 * held, then the rest of the filter; words in the export's language. `today` stands in for a
 * period nothing fixed (an empty file with no days chosen).
 */
export function exportFileName(contents: ExportContents, format: ExportFileFormat, t: Translate, today: string): string {
  const who =
    contents.scope === 'agent' && contents.agentId
      ? `${t('dashboard.file.name.agent')}-${fileSlug(contents.agentId) || 'x'}`
      : contents.team
        ? `${t('dashboard.file.name.team')}-${fileSlug(contents.team).replace(/^(tim|team)-(?=.)/, '') || 'x'}`
        : t('dashboard.file.name.allTeams');
  const from = contents.from ?? contents.to ?? today;
  const to = contents.to ?? today;
  const period = from === to ? from : `${from}_${to}`;
  const { filter } = contents;
  const ticket = fileSlug(filter.ticket, 20);
  const rest = [
    filter.area ? filter.area.toLowerCase() : '',
    filter.outcome ? t(`dashboard.file.name.outcome.${filter.outcome}` as MessageKey) : '',
    filter.reasonCode ? fileSlug(filter.reasonCode, 30) : '',
    ticket ? `${t('dashboard.file.name.ticket')}-${ticket}` : '',
  ].filter(Boolean);
  return ['pandu', who, period, ...rest].join('-') + `.${format}`;
}
