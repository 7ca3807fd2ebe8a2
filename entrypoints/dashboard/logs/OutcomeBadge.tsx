import { useI18n } from '@/components/I18n';
import type { Outcome } from '@/lib/schema';

/** The outcome as a coloured word (colour is never the only signal: the word is always there). */
export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  const { t } = useI18n();
  return <span className={`badge outcome-${outcome ?? 'open'}`}>{outcome ? t(`dashboard.outcome.${outcome}`) : t('dashboard.outcome.open')}</span>;
}
