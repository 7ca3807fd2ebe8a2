import { describe, expect, it } from 'vitest';
import { PLOT_HEIGHT, PLOT_TOP, chartGeometry, textWidth } from '@/entrypoints/dashboard/charts/chart-geometry';

/** Period labels as the charts make them: "27-11" per day, "mg 23-11" per week, "10–20" or "≥60" minutes. */
const days = (n: number) => Array.from({ length: n }, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}-11`);
const weeks = (n: number) => days(n).map((label) => `mg ${label}`);
const HANDLING = ['0–2', '2–5', '5–10', '10–20', '20–30', '30–60', '≥60'];

describe('chart geometry: drawn at the width shown, labels apart and inside', () => {
  const cases = [
    ...[1, 2, 7, 14, 31, 62].map((n) => ({ what: `${n} days`, labels: days(n), ticks: ['0', '25', '50'] })),
    ...[9, 13, 26, 53].map((n) => ({ what: `${n} weeks`, labels: weeks(n), ticks: ['0', '1.000', '2.000'] })),
    { what: 'handling', labels: HANDLING, ticks: ['0', '100', '200'] },
    { what: 'percent', labels: days(30), ticks: ['0%', '50%', '100%'] },
  ];
  for (const width of [320, 480, 540, 560, 800, 1200]) {
    for (const { what, labels, ticks } of cases) {
      it(`${what} in ${width} px`, () => {
        const g = chartGeometry({ width, bars: labels.length, tickLabels: ticks, barLabels: labels });
        expect(g.width).toBe(width);
        expect(g.height).toBe(PLOT_TOP + PLOT_HEIGHT + 24);
        // The value labels, right-aligned 6 px left of the plot, start inside the chart.
        for (const tick of ticks) expect(g.plotLeft - 6 - textWidth(tick)).toBeGreaterThanOrEqual(0);
        // Every bar inside the plot, no wider than its slot nor than 56 px.
        expect(g.plotLeft + labels.length * g.slot).toBeCloseTo(g.plotRight, 6);
        expect(g.plotRight).toBeLessThanOrEqual(width);
        expect(g.bar).toBeLessThanOrEqual(Math.min(56, g.slot));
        expect(g.bar).toBeGreaterThan(0);
        // The labels drawn, centred under their bars, neither overlap nor leave the chart.
        const drawn = labels.map((label, i) => ({ label, centre: g.plotLeft + (i + 0.5) * g.slot })).filter((_, i) => i % g.labelEvery === 0);
        expect(drawn.length).toBeGreaterThan(0);
        for (const { label, centre } of drawn) {
          expect(centre - textWidth(label) / 2).toBeGreaterThanOrEqual(0);
          expect(centre + textWidth(label) / 2).toBeLessThanOrEqual(width);
        }
        for (let i = 1; i < drawn.length; i++) {
          const gap = drawn[i]!.centre - textWidth(drawn[i]!.label) / 2 - (drawn[i - 1]!.centre + textWidth(drawn[i - 1]!.label) / 2);
          expect(gap).toBeGreaterThanOrEqual(10);
        }
      });
    }
  }

  it('labels every bar where there is room, and only every n-th where there is not', () => {
    expect(chartGeometry({ width: 540, bars: 7, tickLabels: ['0', '200'], barLabels: HANDLING }).labelEvery).toBe(1);
    expect(chartGeometry({ width: 540, bars: 30, tickLabels: ['0', '50'], barLabels: days(30) }).labelEvery).toBeGreaterThan(1);
    expect(chartGeometry({ width: 1200, bars: 30, tickLabels: ['0', '50'], barLabels: days(30) }).labelEvery).toBeLessThan(
      chartGeometry({ width: 540, bars: 30, tickLabels: ['0', '50'], barLabels: days(30) }).labelEvery,
    );
  });

  it('text widths err wide for the widest characters ("%", "m") and narrow ones count less', () => {
    expect(textWidth('100%')).toBeGreaterThan(textWidth('1000'));
    expect(textWidth('27-11')).toBeLessThan(textWidth('27111'));
    expect(textWidth('')).toBe(0);
  });
});
