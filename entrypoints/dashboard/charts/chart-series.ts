import type { Translate } from '@/lib/i18n';
import { OUTCOME_SERIES, READINESS_SERIES, type OutcomeSeries, type ReadinessSeries } from './aggregate';
import { NEUTRAL_COLOUR, OUTCOME_COLOURS, READINESS_COLOURS } from './palette';
import type { Series } from './StackedBars';

/** Each chart's series: its name in the lead's language and its one colour from the palette (bars and legend both take it from here). */
export const outcomeSeries = (t: Translate): Series<OutcomeSeries>[] => OUTCOME_SERIES.map((key) => ({ key, label: t(`dashboard.outcome.${key}`), colour: OUTCOME_COLOURS[key] }));

export const readinessSeries = (t: Translate): Series<ReadinessSeries>[] =>
  READINESS_SERIES.map((key) => ({ key, label: t(`dashboard.readiness.${key}`), colour: READINESS_COLOURS[key] }));

/** The handling-time histogram: one series of counts, in the neutral colour. */
export const handlingSeries = (t: Translate): Series<'count'>[] => [{ key: 'count', label: t('dashboard.charts.sessions'), colour: NEUTRAL_COLOUR }];

/** The share of customers not reached: the colour of the outcome it counts. */
export const unreachableSeries = (t: Translate): Series<'share'>[] => [{ key: 'share', label: t('dashboard.charts.unreachableShare'), colour: OUTCOME_COLOURS.unreachable }];
