import type { Translate } from '../i18n/translate';
import { OUTCOME_FILTERS, type LogFilter, type OutcomeFilter } from '../logs/filter';
import type { LogRow } from '../logs/log-row';
import type { LocalClock } from '../time/local-clock';
import type { ExportLabels } from './columns';
import { describeFilter } from './contents';
import { columnWidths, rowHeight } from './xlsx-layout';
import type { XlsxCell, XlsxSheet } from './xlsx/sheet';
import { XLSX_STYLE, type XlsxStyle } from './xlsx/styles';

/** Sessions per outcome ("open" for those still running), in the dashboard's order. */
export type OutcomeCounts = Record<OutcomeFilter, number>;

export interface AgentCounts {
  agentId: string;
  agentName: string;
  area: string;
  total: number;
  byOutcome: OutcomeCounts;
}

export interface SessionCounts {
  total: number;
  byOutcome: OutcomeCounts;
  /** One entry per agent, by name (then id): how a lead looks someone up. */
  agents: AgentCounts[];
  /** The first and last session start held (null when none). */
  firstMs: number | null;
  lastMs: number | null;
}

const noOutcomes = (): OutcomeCounts => ({ approved: 0, unreachable: 0, declined: 0, cancelled: 0, open: 0 });

/** Counts the exported sessions per outcome and per agent, in one pass. */
export function countSessions(rows: Iterable<Pick<LogRow, 'agentId' | 'agentName' | 'area' | 'outcome' | 'startedMs'>>): SessionCounts {
  const byOutcome = noOutcomes();
  const agents = new Map<string, AgentCounts>();
  let total = 0;
  let firstMs: number | null = null;
  let lastMs: number | null = null;
  for (const row of rows) {
    const outcome: OutcomeFilter = row.outcome ?? 'open';
    total++;
    byOutcome[outcome]++;
    let agent = agents.get(row.agentId);
    if (!agent) agents.set(row.agentId, (agent = { agentId: row.agentId, agentName: row.agentName, area: row.area, total: 0, byOutcome: noOutcomes() }));
    agent.total++;
    agent.byOutcome[outcome]++;
    if (Number.isFinite(row.startedMs)) {
      if (firstMs === null || row.startedMs < firstMs) firstMs = row.startedMs;
      if (lastMs === null || row.startedMs > lastMs) lastMs = row.startedMs;
    }
  }
  const sorted = [...agents.values()].sort((a, b) => a.agentName.localeCompare(b.agentName, 'id') || a.agentId.localeCompare(b.agentId));
  return { total, byOutcome, agents: sorted, firstMs, lastMs };
}

/** "2026-11-27" as agents write a day: "27-11-2026". */
const dayText = (day: string) => day.split('-').reverse().join('-');

/** The period the file covers: the filter's days, an open side closed by the sessions held. */
export function periodText(filter: Pick<LogFilter, 'from' | 'to'>, counts: Pick<SessionCounts, 'firstMs' | 'lastMs'>, clock: LocalClock, t: Translate): string {
  const from = filter.from ?? (counts.firstMs === null ? null : clock.dayKey(counts.firstMs));
  const to = filter.to ?? (counts.lastMs === null ? null : clock.dayKey(counts.lastMs));
  if (from === null || to === null) return t('dashboard.file.summary.noPeriod');
  return t('dashboard.file.summary.periodValue', { from: dayText(from), to: dayText(to) });
}

/** The whole filter in words: the agent (by name where known), then the rest as the file's other texts say it. */
export function filterText(filter: LogFilter, t: Translate, reasonLabel: (code: string) => string, agentName: (id: string) => string): string {
  const parts: string[] = [];
  if (filter.agentId) {
    const name = agentName(filter.agentId);
    parts.push(t('dashboard.file.filter.agent', { agent: name ? `${name} (${filter.agentId})` : filter.agentId }));
  }
  const rest = describeFilter(filter, t, reasonLabel);
  if (rest) parts.push(rest);
  return parts.length ? parts.join(', ') : t('dashboard.file.filter.none');
}

export interface SummaryInput {
  counts: SessionCounts;
  filter: LogFilter;
  labels: ExportLabels;
  clock: LocalClock;
  /** When the file was made. */
  madeMs: number;
  masked: boolean;
  /** The history sheet's name and its rows, when the workbook has one. */
  events: { sheet: string; count: number } | null;
}

/**
 * The workbook's first sheet, what a manager reads first: what the file holds (period, filter
 * in words, zone, whether phone numbers are masked, how many sessions and events), then the
 * sessions per outcome and per agent. Plain values, no formulas: the figures are the file's own.
 */
export function summarySheet(name: string, input: SummaryInput): XlsxSheet {
  const { counts, labels, clock } = input;
  const t = labels.translate;
  const outcomeLabel = (outcome: OutcomeFilter) => (outcome === 'open' ? t('dashboard.outcome.open') : labels.outcome[outcome]);
  const names = new Map(counts.agents.map((agent) => [agent.agentId, agent.agentName]));
  const rows: XlsxCell[][] = [];
  // Styled cell by cell, row by row; a cell not named takes the plain style.
  const styles = new Map<number, XlsxStyle[]>();
  const style = (row: number, from: number, to: number, cellStyle: XlsxStyle) => {
    let cells = styles.get(row);
    if (!cells) styles.set(row, (cells = []));
    for (let c = from; c <= to; c++) cells[c] = cellStyle;
  };
  const about = (label: string, value: XlsxCell) => {
    style(rows.length, 0, 0, XLSX_STYLE.label);
    style(rows.length, 1, 1, XLSX_STYLE.value);
    rows.push([label, value]);
  };
  const heights = new Map<number, number>();

  style(0, 0, 0, XLSX_STYLE.title);
  rows.push([t('dashboard.file.title')], []);
  const zone = clock.zoneLabel(input.madeMs);
  about(t('dashboard.file.summary.made'), `${dayText(clock.dayKey(input.madeMs))} ${clock.timeOfDay(input.madeMs)} ${zone}`);
  about(t('dashboard.file.summary.period'), periodText(input.filter, counts, clock, t));
  about(
    t('dashboard.file.summary.filter'),
    filterText(input.filter, t, labels.reason, (id) => names.get(id) ?? ''),
  );
  about(t('dashboard.file.summary.zone'), t('dashboard.file.summary.zoneValue', { zone, timeZone: clock.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }));
  about(t('dashboard.file.summary.phones'), t(input.masked ? 'dashboard.file.summary.masked' : 'dashboard.file.summary.unmasked'));
  about(t('dashboard.file.summary.sessions'), counts.total);
  if (input.events) about(t('dashboard.file.summary.events', { sheet: input.events.sheet }), input.events.count);

  const share = (n: number) => (counts.total ? n / counts.total : 0);
  rows.push([]);
  style(rows.length, 0, 0, XLSX_STYLE.label);
  rows.push([t('dashboard.file.summary.byOutcome')]);
  style(rows.length, 0, 0, XLSX_STYLE.header);
  style(rows.length, 1, 2, XLSX_STYLE.countHeader);
  rows.push([labels.headers.outcome, t('dashboard.file.summary.count'), t('dashboard.file.summary.share')]);
  for (const outcome of OUTCOME_FILTERS) {
    style(rows.length, 2, 2, XLSX_STYLE.percent);
    rows.push([outcomeLabel(outcome), counts.byOutcome[outcome], share(counts.byOutcome[outcome])]);
  }
  style(rows.length, 0, 1, XLSX_STYLE.total);
  style(rows.length, 2, 2, XLSX_STYLE.totalPercent);
  rows.push([t('dashboard.file.summary.total'), counts.total, counts.total ? 1 : 0]);

  rows.push([]);
  style(rows.length, 0, 0, XLSX_STYLE.label);
  rows.push([t('dashboard.file.summary.byAgent')]);
  const agentHead = [labels.headers.agentId, labels.headers.agentName, labels.headers.area, t('dashboard.file.summary.count'), ...OUTCOME_FILTERS.map(outcomeLabel)];
  style(rows.length, 0, 2, XLSX_STYLE.header);
  style(rows.length, 3, agentHead.length - 1, XLSX_STYLE.countHeader);
  rows.push(agentHead);
  for (const agent of counts.agents) rows.push([agent.agentId, agent.agentName, agent.area || null, agent.total, ...OUTCOME_FILTERS.map((o) => agent.byOutcome[o])]);
  style(rows.length, 0, agentHead.length - 1, XLSX_STYLE.total);
  rows.push([t('dashboard.file.summary.total'), null, null, counts.total, ...OUTCOME_FILTERS.map((o) => counts.byOutcome[o])]);

  // The first column holds the labels above and the agent ids below, the second the values and
  // the names; the rest are counts under their outcome's name. The title spans the row.
  const layout = [
    { header: '', kind: 'text' as const, maxWidth: 28 },
    { header: '', kind: 'text' as const, maxWidth: 60 },
    ...agentHead.slice(2).map((header) => ({ header, kind: 'text' as const, maxWidth: 18 })),
  ];
  const widths = columnWidths(layout, rows.slice(1));
  const wrap = layout.map((_, c) => c === 1);
  rows.forEach((row, r) => {
    const height = r > 0 ? rowHeight(row, widths, wrap) : null;
    if (height !== null) heights.set(r, height);
  });
  return {
    name,
    columns: widths.map((width) => ({ width, style: XLSX_STYLE.top })),
    rowCount: rows.length,
    cellsOf: (r) => rows[r]!,
    rowStyles: styles,
    heightOf: (r) => heights.get(r) ?? null,
    table: false,
    orientation: 'portrait',
  };
}
