/**
 * Where a bar chart's pieces go, in CSS pixels (pure: tested without a DOM). The chart is drawn
 * at the width it is shown at (no viewBox scaling), so its text is the size set here whatever
 * the number of bars: scaled into a half-width card, 10 px text came out at 7 px.
 */

/** The axis text's size in pixels, set on the SVG (StackedBars) and used below to keep labels apart. */
export const CHART_FONT_PX = 12;
/** The plot's height, the space above it, and the band under it for the period labels. */
export const PLOT_HEIGHT = 180;
export const PLOT_TOP = 10;
export const LABEL_BAND = 24;
/** Bars never wider than this, however few: a 7-bar histogram must not turn into blocks. */
const MAX_BAR = 56;
/** Empty space kept between two period labels, and between the value labels and the plot. */
const LABEL_GAP = 10;

/**
 * How wide a label is drawn at the chart's font size, about, erring wide: measured in Debian's
 * DejaVu Sans (wider than Windows' Segoe UI) at 12 px, digits 7.6, "%" 11.4, "-" and ":" 4.3.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[-.,:;'’ ]/.test(char) ? 4.6 : /[%mwMW@]/.test(char) ? 11.6 : /[–—]/.test(char) ? 8 : 7.8;
  return Math.ceil(width);
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Where the plot starts (the value labels sit left of it, right-aligned) and ends. */
  plotLeft: number;
  plotRight: number;
  /** Horizontal room per bar, and the bar's width inside it (centred). */
  slot: number;
  bar: number;
  /** Every n-th bar gets its period label, so that labels never overlap. */
  labelEvery: number;
}

/**
 * The layout of `bars` bars in a chart `width` pixels wide. Half the widest period label is kept
 * free at either end, so the first and last labels, centred under their bars, are not cut off.
 */
export function chartGeometry({ width, bars, tickLabels, barLabels }: { width: number; bars: number; tickLabels: readonly string[]; barLabels: readonly string[] }): ChartGeometry {
  const widest = Math.max(0, ...barLabels.map(textWidth));
  const half = Math.ceil(widest / 2) + 2;
  const plotLeft = Math.max(LABEL_GAP + Math.max(0, ...tickLabels.map(textWidth)), half);
  const plotRight = Math.max(plotLeft, width - half);
  const slot = (plotRight - plotLeft) / Math.max(1, bars);
  const bar = Math.min(MAX_BAR, slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil((widest + LABEL_GAP) / Math.max(1, slot)));
  return { width, height: PLOT_TOP + PLOT_HEIGHT + LABEL_BAND, plotLeft, plotRight, slot, bar, labelEvery };
}
