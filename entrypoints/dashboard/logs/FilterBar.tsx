import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { DayInput } from '@/components/time-entry/DayInput';
import { EMPTY_FILTER, OUTCOME_FILTERS, type LogFilter } from '@/lib/logs';
import { AREAS } from '@/lib/schema';
import { useLogView } from '../data/log-view';

/** Local calendar day N days before today, yyyy-MM-dd. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const PRESETS = [
  { key: 'today', from: 0 },
  { key: 'week', from: 6 },
  { key: 'month', from: 29 },
] as const;

/** Date range, agent, area, outcome, reason and ticket search; every change shows at once. */
export function FilterBar() {
  const { t, language } = useI18n();
  const { settings } = useSettings();
  const { filter, setFilter, agentIds, reasons, agents } = useLogView();
  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) => setFilter({ ...filter, [key]: value });
  const reasonLabel = (code: string) => settings?.procedure.reasons.find((r) => r.code === code)?.label[language];
  const active = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);

  return (
    <form className="filters" role="search" aria-label={t('dashboard.filter.label')} onSubmit={(e) => e.preventDefault()} data-testid="filters">
      <DayInput label={t('dashboard.filter.from')} value={filter.from} max={filter.to} onChange={(day) => set('from', day)} testId="filter-from" />
      <DayInput label={t('dashboard.filter.to')} value={filter.to} min={filter.from} onChange={(day) => set('to', day)} testId="filter-to" />
      <div className="presets" role="group" aria-label={t('dashboard.filter.presets')}>
        {PRESETS.map((preset) => (
          <button key={preset.key} type="button" onClick={() => setFilter({ ...filter, from: daysAgo(preset.from), to: daysAgo(0) })}>
            {t(`dashboard.filter.preset.${preset.key}`)}
          </button>
        ))}
      </div>
      <label>
        {t('dashboard.filter.agent')}
        <select value={filter.agentId ?? ''} onChange={(e) => set('agentId', e.target.value || null)} data-testid="filter-agent">
          <option value="">{t('dashboard.filter.all')}</option>
          {agentIds.map((id) => (
            <option key={id} value={id}>
              {agents.get(id)?.name ? `${agents.get(id)!.name} (${id})` : id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.area')}
        <select value={filter.area ?? ''} onChange={(e) => set('area', (e.target.value || null) as LogFilter['area'])} data-testid="filter-area">
          <option value="">{t('dashboard.filter.all')}</option>
          {AREAS.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.outcome')}
        <select value={filter.outcome ?? ''} onChange={(e) => set('outcome', (e.target.value || null) as LogFilter['outcome'])} data-testid="filter-outcome">
          <option value="">{t('dashboard.filter.all')}</option>
          {OUTCOME_FILTERS.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`dashboard.outcome.${outcome}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.reason')}
        <select value={filter.reasonCode ?? ''} onChange={(e) => set('reasonCode', e.target.value || null)} data-testid="filter-reason">
          <option value="">{t('dashboard.filter.all')}</option>
          {reasons.map((code) => (
            <option key={code} value={code}>
              {reasonLabel(code) ? `${code} – ${reasonLabel(code)}` : code}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.ticket')}
        <input type="search" value={filter.ticket} maxLength={40} placeholder="IN…" onChange={(e) => set('ticket', e.target.value.slice(0, 40))} data-testid="filter-ticket" />
      </label>
      <button type="button" onClick={() => setFilter(EMPTY_FILTER)} disabled={!active} data-testid="filter-reset">
        {t('dashboard.filter.reset')}
      </button>
    </form>
  );
}
