import { useMemo, useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n';
import type { Language } from '@/lib/schema';
import type { Practice } from '@/lib/team';

type AgentPractice = Practice['agents'][number];

/** Seconds as minutes, one decimal ("12,5" in Indonesian); "–" when there is nothing to measure. */
export function formatMinutes(seconds: number | null, language: Language): string {
  if (seconds === null) return '–';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(seconds / 60);
}

interface Column {
  key: string;
  label: MessageKey;
  /** What the column sorts by; null values go last either way. */
  value: (agent: AgentPractice) => number | string | null;
  render: (agent: AgentPractice, language: Language) => string;
}

const COLUMNS: Column[] = [
  { key: 'agent', label: 'dashboard.team.practice.col.agent', value: (a) => a.name.toLowerCase(), render: (a) => `${a.name} (${a.agentId})` },
  { key: 'area', label: 'dashboard.team.practice.col.area', value: (a) => a.area || null, render: (a) => a.area || '–' },
  { key: 'sessions', label: 'dashboard.team.practice.col.sessions', value: (a) => a.sessions, render: (a) => String(a.sessions) },
  { key: 'late', label: 'dashboard.team.practice.col.late', value: (a) => a.checklists.late, render: (a) => String(a.checklists.late) },
  { key: 'missing', label: 'dashboard.team.practice.col.missing', value: (a) => a.checklists.missing, render: (a) => String(a.checklists.missing) },
  {
    key: 'attempts',
    label: 'dashboard.team.practice.col.attempts',
    value: (a) => a.unreachableAttempts.median,
    render: (a) => (a.unreachableAttempts.count ? `${a.unreachableAttempts.median ?? '–'} / ${a.unreachableAttempts.min ?? '–'} (${a.unreachableAttempts.count}×)` : '–'),
  },
  {
    key: 'saved',
    label: 'dashboard.team.practice.col.saved',
    value: (a) => a.requestToSaved.median,
    render: (a, language) => (a.requestToSaved.count ? `${formatMinutes(a.requestToSaved.median, language)} / ${formatMinutes(a.requestToSaved.p90, language)}` : '–'),
  },
  { key: 'followUps', label: 'dashboard.team.practice.col.followUps', value: (a) => a.followUpsMissed, render: (a) => String(a.followUpsMissed) },
];

function compare(a: number | string | null, b: number | string | null, dir: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a < b ? -1 : a > b ? 1 : 0) * dir;
}

/**
 * Each agent's practice against the instruction, one row an agent: checklists late or missing,
 * call attempts before "unreachable", request to NOSSA saved, follow-ups missed. Sortable by
 * any column (a click on its header; again to reverse).
 */
export function PracticeTable({ agents }: { agents: AgentPractice[] }) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'agent', dir: 1 });
  const rows = useMemo(() => {
    const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0]!;
    return [...agents].sort((a, b) => compare(column.value(a), column.value(b), sort.dir) || a.agentId.localeCompare(b.agentId));
  }, [agents, sort]);
  if (!agents.length) return <p className="muted">{t('dashboard.team.practice.none')}</p>;
  return (
    <table className="history practice-table" data-testid="practice-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
              <button
                type="button"
                className="link"
                onClick={() => setSort((s) => ({ key: column.key, dir: s.key === column.key ? (-s.dir as 1 | -1) : column.key === 'agent' || column.key === 'area' ? 1 : -1 }))}
                data-testid={`practice-sort-${column.key}`}
              >
                {t(column.label)}
                <span aria-hidden="true">{sort.key === column.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((agent) => (
          <tr key={agent.agentId} data-testid="practice-row" data-agent={agent.agentId}>
            {COLUMNS.map((column) => (
              <td key={column.key} className={column.key === 'agent' || column.key === 'area' ? undefined : 'num'}>
                {column.render(agent, language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
