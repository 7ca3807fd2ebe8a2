import type { UpdatePlan } from '@/lib/fill';
import { useI18n } from '../../I18n';

/** The NOSSA update as a table: field and the value Pandu will write (or the agent will type). */
export function PlanTable({ plan }: { plan: UpdatePlan }) {
  const { t } = useI18n();
  return (
    <table className="plan" data-testid="plan">
      <caption>{t('outcome.plan')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outcome.field')}</th>
          <th scope="col">{t('outcome.value')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.values
          .filter((v) => v.field !== 'workLog')
          .map((v) => (
            <tr key={v.field} data-field={v.field}>
              <th scope="row">{t(`plan.${v.field}`)}</th>
              <td>{v.display ?? v.value}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
