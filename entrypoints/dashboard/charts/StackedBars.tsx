import { useId, useRef } from 'react';
import { useI18n } from '@/components/I18n';
import { formatCount } from '../format';
import { useElementWidth } from '../useElementWidth';
import { CHART_FONT_PX, PLOT_HEIGHT, PLOT_TOP, chartGeometry } from './chart-geometry';

export interface Series<K extends string> {
  key: K;
  label: string;
  /** The series' one colour (palette.ts): its bars and its legend swatch both use this value. */
  colour: string;
}

export interface BarGroup<K extends string> {
  key: string;
  label: string;
  values: Record<K, number>;
}

interface Props<K extends string> {
  title: string;
  /** One sentence that says what the chart shows, for screen readers and the data table. */
  summary: string;
  series: Series<K>[];
  groups: BarGroup<K>[];
  /** Values are percentages (0-100): the axis ends at 100 and labels carry "%". */
  percent?: boolean;
  testId: string;
}

/** Until the figure is measured (and in a DOM without layout): about a half-width card at 1366 px. */
const FALLBACK_WIDTH = 540;

/** A round axis maximum: 1, 2, 5, 10, 20, 50 ... at or above the largest stack. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Stacked bars drawn as SVG at the width of their card, one SVG unit a CSS pixel: small, no
 * chart library, readable at a glance. Each segment names itself on hover, and the numbers
 * behind the chart are one click away as a table.
 */
export function StackedBars<K extends string>({ title, summary, series, groups, percent, testId }: Props<K>) {
  const { t, language } = useI18n();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const width = useElementWidth(figure, FALLBACK_WIDTH);
  const total = (group: BarGroup<K>) => series.reduce((sum, s) => sum + group.values[s.key], 0);
  const max = percent ? 100 : niceMax(Math.max(0, ...groups.map(total)));
  const tick = (value: number) => (percent ? `${value}%` : formatCount(value, language));
  const ticks = [0, 0.5, 1].map((f) => max * f);
  const layout = chartGeometry({ width, bars: groups.length, tickLabels: ticks.map(tick), barLabels: groups.map((g) => g.label) });
  const y = (value: number) => PLOT_TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;

  return (
    <figure className="chart" data-testid={testId} ref={figure}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      {groups.length === 0 ? (
        <p className="muted">{t('dashboard.charts.noData')}</p>
      ) : (
        <>
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            style={{ fontSize: CHART_FONT_PX }}
          >
            <desc id={`${id}-desc`}>{summary}</desc>
            {ticks.map((value) => (
              <g key={value} className="grid">
                <line x1={layout.plotLeft} x2={layout.plotRight} y1={y(value)} y2={y(value)} />
                <text className="y-label" x={layout.plotLeft - 6} y={y(value)} dominantBaseline="middle" textAnchor="end">
                  {tick(value)}
                </text>
              </g>
            ))}
            {groups.map((group, i) => {
              let base = 0;
              const centre = layout.plotLeft + (i + 0.5) * layout.slot;
              return (
                <g key={group.key}>
                  {series.map((s) => {
                    const value = group.values[s.key];
                    if (!value) return null;
                    const top = y(base + value);
                    const height = (value / max) * PLOT_HEIGHT;
                    base += value;
                    return (
                      <rect key={s.key} data-series={s.key} fill={s.colour} x={centre - layout.bar / 2} y={top} width={layout.bar} height={Math.max(height, 0.5)}>
                        <title>{`${group.label} · ${s.label}: ${percent ? `${value.toFixed(1)}%` : formatCount(value, language)}`}</title>
                      </rect>
                    );
                  })}
                  {i % layout.labelEvery === 0 && (
                    <text className="x-label" x={centre} y={PLOT_TOP + PLOT_HEIGHT + 6} dominantBaseline="hanging" textAnchor="middle">
                      {group.label}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {series.length > 1 && (
            <ul className="legend">
              {series.map((s) => (
                <li key={s.key} data-series={s.key}>
                  <span className="swatch" style={{ backgroundColor: s.colour }} aria-hidden="true" /> {s.label}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{t('dashboard.charts.numbers')}</summary>
            <table className="chart-data">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.charts.period')}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <tr key={group.key}>
                    <th scope="row">{group.label}</th>
                    {series.map((s) => (
                      <td key={s.key}>{percent ? `${group.values[s.key].toFixed(1)}%` : formatCount(group.values[s.key], language)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
