import { useI18n } from '@/components/I18n';
import type { Outcome } from '@/lib/schema';
import { OUTCOME_COLOURS } from '../charts/palette';

/**
 * The outcome as a coloured word, in the charts' colour for it (colour is never the only signal:
 * the word is always there). `short` leaves the IK section out, for the table's narrow column;
 * the full name is then on hover.
 */
export function OutcomeBadge({ outcome, short = false }: { outcome: Outcome | null; short?: boolean }) {
  const { t } = useI18n();
  const key = outcome ?? 'open';
  const full = t(`dashboard.outcome.${key}`);
  return (
    <span className={`badge outcome-${key}`} style={{ backgroundColor: OUTCOME_COLOURS[key] }} title={short ? full : undefined}>
      {short ? t(`dashboard.outcome.short.${key}`) : full}
    </span>
  );
}
