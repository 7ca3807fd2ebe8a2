import { useId } from 'react';
import { useI18n } from '@/components/I18n';
import { formatCount } from '../format';

export interface Series<K extends string> {
  key: K;
  label: string;
  className: string;
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

const HEIGHT = 180;
const TOP = 8;
const AXIS = 40;
const LABEL_SPACE = 22;

/** A round axis maximum: 1, 2, 5, 10, 20, 50 ... at or above the largest stack. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Stacked bars drawn as SVG: small, no chart library, readable at a glance. Each segment names
 * itself on hover, and the numbers behind the chart are one click away as a table.
 */
export function StackedBars<K extends string>({ title, summary, series, groups, percent, testId }: Props<K>) {
  const { t, language } = useI18n();
  const id = useId();
  const total = (group: BarGroup<K>) => series.reduce((sum, s) => sum + group.values[s.key], 0);
  const max = percent ? 100 : niceMax(Math.max(0, ...groups.map(total)));
  const slot = Math.max(8, Math.min(48, 720 / Math.max(1, groups.length)));
  const width = AXIS + slot * groups.length + 8;
  const labelEvery = Math.ceil(groups.length / 12);
  const y = (value: number) => TOP + HEIGHT - (value / max) * HEIGHT;
  const tick = (value: number) => (percent ? `${value}%` : formatCount(value, language));

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      {groups.length === 0 ? (
        <p className="muted">{t('dashboard.charts.noData')}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${TOP + HEIGHT + LABEL_SPACE + 4}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
            <desc id={`${id}-desc`}>{summary}</desc>
            {[0, 0.5, 1].map((f) => (
              <g key={f} className="grid">
                <line x1={AXIS} x2={width} y1={y(max * f)} y2={y(max * f)} />
                <text x={AXIS - 4} y={y(max * f) + 3} textAnchor="end">
                  {tick(max * f)}
                </text>
              </g>
            ))}
            {groups.map((group, i) => {
              let base = 0;
              const x = AXIS + i * slot + slot * 0.15;
              return (
                <g key={group.key}>
                  {series.map((s) => {
                    const value = group.values[s.key];
                    if (!value) return null;
                    const top = y(base + value);
                    const height = (value / max) * HEIGHT;
                    base += value;
                    return (
                      <rect key={s.key} className={s.className} x={x} y={top} width={slot * 0.7} height={Math.max(height, 0.5)}>
                        <title>{`${group.label} · ${s.label}: ${percent ? `${value.toFixed(1)}%` : formatCount(value, language)}`}</title>
                      </rect>
                    );
                  })}
                  {i % labelEvery === 0 && (
                    <text className="x-label" x={x + slot * 0.35} y={TOP + HEIGHT + LABEL_SPACE - 4} textAnchor="middle">
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
                <li key={s.key}>
                  <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
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
