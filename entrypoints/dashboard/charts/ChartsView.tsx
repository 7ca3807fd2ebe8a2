import { useMemo } from 'react';
import { useI18n } from '@/components/I18n';
import type { LogFilter } from '@/lib/logs';
import type { Shift } from '@/lib/schema';
import type { TeamCharts } from '@/lib/team';
import { useLogData } from '../data/LogData';
import { useLogView } from '../data/log-view';
import { formatCount, formatDuration, formatPercent } from '../format';
import { FilterBar } from '../logs/FilterBar';
import { TeamErrorLine } from '../team/TeamErrorLine';
import { useTeamCharts } from '../team/useTeamReads';
import { HANDLING_BOUNDS, bucketing, handlingHistogram, outcomesPer, readiness, unreachableShare } from './aggregate';
import { handlingSeries, outcomeSeries, readinessSeries, unreachableSeries } from './chart-series';
import { StackedBars } from './StackedBars';

/** The charts' figures, from either source: the browser computes them from its rows, the team server sends them. */
export type ChartFigures = Omit<TeamCharts, 'seq'>;

const EMPTY_SHARE = { key: 'all', unreachable: 0, reached: 0, share: null };
const EMPTY_FIGURES: ChartFigures = {
  unit: 'day',
  outcomes: [],
  unreachable: { buckets: [], overall: EMPTY_SHARE },
  handling: { buckets: HANDLING_BOUNDS.map((from, i) => ({ from, to: HANDLING_BOUNDS[i + 1] ?? null, count: 0 })), count: 0, median: null, p90: null },
  readiness: { buckets: [], totals: { onTime: 0, late: 0, missing: 0 } },
};

/** "27-11" for a day, "mg 23-11" for the week starting that Monday. */
const shortLabel = (key: string, unit: 'day' | 'week', week: string) => `${unit === 'week' ? `${week} ` : ''}${key.slice(8, 10)}-${key.slice(5, 7)}`;

function shiftInFilter(filter: LogFilter, areaOf: (agentId: string) => string) {
  return (shift: Shift) =>
    (filter.from === null || shift.shiftDate >= filter.from) &&
    (filter.to === null || shift.shiftDate <= filter.to) &&
    (filter.agentId === null || shift.agentId === filter.agentId) &&
    (filter.area === null || areaOf(shift.agentId) === filter.area);
}

/** The four pictures a lead looks at instead of reading rows; they follow the same filter as the table. */
export function ChartsView() {
  return useLogView().source === 'team' ? <TeamChartsView /> : <BrowserChartsView />;
}

function BrowserChartsView() {
  const { visible, complete, clock, shifts, filter, agents } = useLogData();
  const figures = useMemo((): ChartFigures => {
    const buckets = bucketing(visible, clock);
    return {
      unit: buckets.unit,
      outcomes: outcomesPer(visible, buckets),
      unreachable: unreachableShare(visible, buckets),
      handling: handlingHistogram(visible),
      readiness: readiness({
        shifts,
        rows: visible,
        now: Date.now(),
        clock,
        bucketing: buckets,
        includeShift: shiftInFilter(filter, (id) => agents.get(id)?.area ?? ''),
      }),
    };
  }, [visible, clock, shifts, filter, agents]);
  return <ChartsBody figures={figures} basis={complete ? visible.length : null} />;
}

function TeamChartsView() {
  const { count } = useLogView();
  const { data, error } = useTeamCharts();
  return <ChartsBody figures={data} basis={data ? count : null} error={error} />;
}

/** The charts themselves; `basis` is how many sessions they count (null while loading). */
export function ChartsBody({ figures, basis, error }: { figures: ChartFigures | null; basis: number | null; error?: unknown }) {
  const { t, language } = useI18n();
  const view = useMemo(() => {
    const source = figures ?? EMPTY_FIGURES;
    const label = (key: string) => shortLabel(key, source.unit, t('dashboard.charts.week'));
    return {
      unit: source.unit,
      outcomes: source.outcomes.map((b) => ({ ...b, label: label(b.key) })),
      share: source.unreachable,
      handling: source.handling,
      ready: source.readiness,
      label,
    };
  }, [figures, t]);
  const complete = basis !== null;
  const count = basis ?? 0;

  const n = (value: number) => formatCount(value, language);
  const per = t(view.unit === 'day' ? 'dashboard.charts.perDay' : 'dashboard.charts.perWeek');
  const { overall } = view.share;

  return (
    <div data-testid="charts-view">
      <section className="card">
        <h2>{t('dashboard.nav.charts')}</h2>
        <FilterBar />
        <p className="muted" role="status">
          {complete ? t('dashboard.charts.basis', { count: n(count) }) : t('dashboard.logs.loadingFirst')}
        </p>
        {error ? <TeamErrorLine error={error} /> : null}
      </section>
      <div className="charts">
        <section className="card">
          <StackedBars
            testId="chart-outcomes"
            title={`${t('dashboard.charts.outcomes')} ${per}`}
            summary={t('dashboard.charts.outcomesSummary', { count: n(count) })}
            series={outcomeSeries(t)}
            groups={view.outcomes}
          />
        </section>
        <section className="card">
          <StackedBars
            testId="chart-handling"
            title={t('dashboard.charts.handling')}
            summary={t('dashboard.charts.handlingSummary', {
              count: n(view.handling.count),
              median: formatDuration(view.handling.median) || '–',
              p90: formatDuration(view.handling.p90) || '–',
            })}
            series={handlingSeries(t)}
            groups={
              view.handling.count
                ? view.handling.buckets.map((b) => ({ key: String(b.from), label: b.to === null ? `≥${b.from}` : `${b.from}–${b.to}`, values: { count: b.count } }))
                : []
            }
          />
          <p className="figures" data-testid="handling-figures">
            {t('dashboard.charts.handlingSummary', {
              count: n(view.handling.count),
              median: formatDuration(view.handling.median) || '–',
              p90: formatDuration(view.handling.p90) || '–',
            })}{' '}
            <span className="muted">{t('dashboard.charts.minutes', { bounds: HANDLING_BOUNDS.join(', ') })}</span>
          </p>
        </section>
        <section className="card">
          <StackedBars
            testId="chart-unreachable"
            title={`${t('dashboard.charts.unreachable')} ${per}`}
            summary={t('dashboard.charts.unreachableSummary', {
              share: overall.share === null ? '–' : formatPercent(overall.share, language),
              unreachable: n(overall.unreachable),
              total: n(overall.unreachable + overall.reached),
            })}
            percent
            series={unreachableSeries(t)}
            groups={view.share.buckets.map((b) => ({ key: b.key, label: view.label(b.key), values: { share: (b.share ?? 0) * 100 } }))}
          />
          <p className="figures" data-testid="unreachable-figures">
            {t('dashboard.charts.unreachableSummary', {
              share: overall.share === null ? '–' : formatPercent(overall.share, language),
              unreachable: n(overall.unreachable),
              total: n(overall.unreachable + overall.reached),
            })}
          </p>
        </section>
        <section className="card">
          <StackedBars
            testId="chart-readiness"
            title={`${t('dashboard.charts.readiness')} ${per}`}
            summary={t('dashboard.charts.readinessSummary', {
              onTime: n(view.ready.totals.onTime),
              late: n(view.ready.totals.late),
              missing: n(view.ready.totals.missing),
            })}
            series={readinessSeries(t)}
            groups={view.ready.buckets.map((b) => ({ ...b, label: view.label(b.key) }))}
          />
          <p className="figures" data-testid="readiness-figures">
            {t('dashboard.charts.readinessSummary', {
              onTime: n(view.ready.totals.onTime),
              late: n(view.ready.totals.late),
              missing: n(view.ready.totals.missing),
            })}
          </p>
        </section>
      </div>
    </div>
  );
}
