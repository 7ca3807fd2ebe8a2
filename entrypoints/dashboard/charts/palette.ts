import type { OutcomeSeries, ReadinessSeries } from './aggregate';

/**
 * The dashboard's colours, each declared once: a chart's bars, its legend's swatches and the
 * table's outcome badges all read them from here, so a legend cannot drift from its bars (it
 * did when bars and swatches took different CSS properties). Colours that carry white text
 * (the outcome badges) keep a contrast of at least 4.5:1 against it; the word is always shown
 * beside the colour, so it is never the only signal.
 */
export const OUTCOME_COLOURS: Readonly<Record<OutcomeSeries, string>> = {
  approved: '#2e7d32',
  unreachable: '#b45309',
  declined: '#6a1b9a',
  cancelled: '#757575',
  open: '#1565c0',
};

/** Shift-start readiness (IK 1.1): on time, late, missing. Only drawn as bars and swatches (no text on them). */
export const READINESS_COLOURS: Readonly<Record<ReadinessSeries, string>> = {
  onTime: '#2e7d32',
  late: '#f9a825',
  missing: '#c62828',
};

/** A single-series chart where the colour means nothing in itself (a histogram of counts). */
export const NEUTRAL_COLOUR = '#455a64';
