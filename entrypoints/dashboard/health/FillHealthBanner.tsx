import { useI18n } from '@/components/I18n';
import type { FillHealth } from '@/lib/team';
import { formatLocal } from '@/lib/time';
import { fieldLabel } from './field-label';

/**
 * The alarm a lead must not miss: a NOSSA field that started failing for several agents at once
 * (3+ failures from 2+ agents within 8 hours, as the server counts), which is how a lead learns
 * that NOSSA changed. Said with the reasons in words and what to do.
 */
export function FillHealthBanner({ alerts }: { alerts: FillHealth['alerts'] }) {
  const { t } = useI18n();
  if (!alerts.length) return null;
  return (
    <div className="card health-alerts" role="alert" data-testid="fill-health-alerts">
      {alerts.map((alert) => (
        <p key={alert.field} data-testid="fill-health-alert" data-field={alert.field}>
          <strong>{t('dashboard.team.health.alert', { field: fieldLabel(t, alert.field), failures: alert.failures, agents: alert.agents })}</strong>{' '}
          {t('dashboard.team.health.alertReasons', {
            reasons: alert.reasons.map((reason) => t(`dashboard.team.health.reason.${reason}`)).join('; '),
            from: formatLocal(alert.firstAt, undefined, 'HH:mm'),
            to: formatLocal(alert.lastAt, undefined, 'HH:mm'),
          })}
        </p>
      ))}
    </div>
  );
}
