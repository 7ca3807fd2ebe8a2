// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { OUTCOME_SERIES, READINESS_SERIES } from '@/entrypoints/dashboard/charts/aggregate';
import { CHART_FONT_PX } from '@/entrypoints/dashboard/charts/chart-geometry';
import { handlingSeries, outcomeSeries, readinessSeries, unreachableSeries } from '@/entrypoints/dashboard/charts/chart-series';
import { NEUTRAL_COLOUR, OUTCOME_COLOURS, READINESS_COLOURS } from '@/entrypoints/dashboard/charts/palette';
import { StackedBars, type BarGroup, type Series } from '@/entrypoints/dashboard/charts/StackedBars';
import { OutcomeBadge } from '@/entrypoints/dashboard/logs/OutcomeBadge';
import { allCatalogues, translator } from '@/lib/i18n/catalogues';
import type { Language } from '@/lib/schema';

/** The charts' colours: one per outcome and readiness state, the same on a bar, its legend swatch and the table's badge. */
afterEach(cleanup);

const inLanguage = (ui: ReactNode, language: Language = 'id') =>
  render(
    <I18nProvider language={language} catalogues={allCatalogues}>
      {ui}
    </I18nProvider>,
  );

/** "#2e7d32" or "rgb(46, 125, 50)" as [46, 125, 50]: the DOM may hand a colour back in either form. */
function rgb(colour: string): number[] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return hex.slice(1).map((part) => parseInt(part, 16));
  const functional = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  if (functional) return functional.slice(1, 4).map(Number);
  throw new Error(`not a colour: ${colour}`);
}

/** WCAG 2 contrast ratio of a colour against white. */
function contrastWithWhite(colour: string): number {
  const [r, g, b] = rgb(colour)
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** Every series with a value in every group, so every series draws bars. */
function groupsFor<K extends string>(series: Series<K>[], count: number): BarGroup<K>[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `2026-11-${String(i + 1).padStart(2, '0')}`,
    label: `${String(i + 1).padStart(2, '0')}-11`,
    values: Object.fromEntries(series.map((s, j) => [s.key, 1 + ((i + j) % 4)])) as Record<K, number>,
  }));
}

/** Per series key: the fills of its bars, and its legend swatch's colour (none where the chart has no legend). */
function drawnColours(container: Element) {
  const bars = new Map<string, Set<string>>();
  for (const rect of container.querySelectorAll('rect[data-series]')) {
    const key = rect.getAttribute('data-series')!;
    bars.set(key, (bars.get(key) ?? new Set()).add(rgb(rect.getAttribute('fill')!).join()));
  }
  const swatches = new Map<string, string>();
  for (const item of container.querySelectorAll<HTMLElement>('.legend li[data-series]'))
    swatches.set(item.dataset.series!, rgb(item.querySelector<HTMLElement>('.swatch')!.style.backgroundColor).join());
  return { bars, swatches };
}

describe('legend colours equal their bars', () => {
  for (const language of ['id', 'en'] as const) {
    const t = translator(language);
    for (const [name, series] of [
      ['outcomes', outcomeSeries(t)],
      ['readiness', readinessSeries(t)],
    ] as const) {
      it(`${name} (${language}): every series' swatch is the colour of every one of its bars`, () => {
        const { container } = inLanguage(<StackedBars testId="chart" title="t" summary="s" series={series} groups={groupsFor(series as Series<string>[], 30)} />, language);
        const { bars, swatches } = drawnColours(container);
        expect([...swatches.keys()]).toEqual(series.map((s) => s.key));
        for (const s of series) {
          expect(bars.get(s.key), `${s.key} has bars`).toBeDefined();
          expect([...bars.get(s.key)!], `${s.key}'s bars all one colour`).toEqual([swatches.get(s.key)]);
          expect(swatches.get(s.key)).toBe(rgb(s.colour).join());
          expect(container.querySelector(`.legend li[data-series="${s.key}"]`)!.textContent.trim()).toBe(s.label);
        }
      });
    }
  }

  it('each outcome and each readiness state has its own colour, declared once (no two series of a chart look alike)', () => {
    expect(Object.keys(OUTCOME_COLOURS).sort()).toEqual([...OUTCOME_SERIES].sort());
    expect(Object.keys(READINESS_COLOURS).sort()).toEqual([...READINESS_SERIES].sort());
    expect(new Set(Object.values(OUTCOME_COLOURS)).size).toBe(OUTCOME_SERIES.length);
    expect(new Set(Object.values(READINESS_COLOURS)).size).toBe(READINESS_SERIES.length);
    const t = translator('id');
    expect(outcomeSeries(t).map((s) => s.colour)).toEqual(OUTCOME_SERIES.map((key) => OUTCOME_COLOURS[key]));
    expect(readinessSeries(t).map((s) => s.colour)).toEqual(READINESS_SERIES.map((key) => READINESS_COLOURS[key]));
    expect(unreachableSeries(t)[0]!.colour).toBe(OUTCOME_COLOURS.unreachable);
    expect(handlingSeries(t)[0]!.colour).toBe(NEUTRAL_COLOUR);
  });

  it('a single-series chart has no legend (its title names it) and draws in its colour', () => {
    const t = translator('id');
    const series = unreachableSeries(t);
    const { container } = inLanguage(<StackedBars testId="chart" title="t" summary="s" percent series={series} groups={groupsFor(series, 10)} />);
    const { bars, swatches } = drawnColours(container);
    expect(swatches.size).toBe(0);
    expect([...bars.get('share')!]).toEqual([rgb(OUTCOME_COLOURS.unreachable).join()]);
  });
});

describe("the table's outcome badge", () => {
  for (const key of OUTCOME_SERIES) {
    it(`${key}: the chart's colour, white text readable on it (contrast >= 4.5), the full name on hover when short`, () => {
      const outcome = key === 'open' ? null : key;
      const { container } = inLanguage(
        <>
          <OutcomeBadge outcome={outcome} short />
          <OutcomeBadge outcome={outcome} />
        </>,
      );
      const [short, full] = [...container.querySelectorAll<HTMLElement>('.badge')] as [HTMLElement, HTMLElement];
      expect(rgb(short.style.backgroundColor)).toEqual(rgb(OUTCOME_COLOURS[key]));
      expect(rgb(full.style.backgroundColor)).toEqual(rgb(OUTCOME_COLOURS[key]));
      expect(contrastWithWhite(OUTCOME_COLOURS[key])).toBeGreaterThanOrEqual(4.5);
      expect(full.textContent).toBe(allCatalogues.id[`dashboard.outcome.${key}`]);
      expect(full.title).toBe('');
      expect(short.textContent).toBe(allCatalogues.id[`dashboard.outcome.short.${key}`]);
      expect(short.title).toBe(full.textContent);
      // The short name is the full one without its IK section.
      expect(full.textContent.startsWith(short.textContent)).toBe(true);
    });
  }
});

describe('axis text at its real size', () => {
  it('the SVG is drawn one unit to a pixel (its viewBox is its size), with 12 px text', () => {
    const t = translator('id');
    const series = outcomeSeries(t);
    const { container } = inLanguage(<StackedBars testId="chart" title="t" summary="s" series={series} groups={groupsFor(series, 90)} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    expect(svg.style.fontSize).toBe(`${CHART_FONT_PX}px`);
    expect(CHART_FONT_PX).toBeGreaterThanOrEqual(12);
  });
});
