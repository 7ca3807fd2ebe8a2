import { planUpdate } from '@/lib/fill';
import type { ProcedureConfig } from '@/lib/schema';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';
import { PlanTable } from './PlanTable';
import { useFlowSnapshot } from './useFlow';

/** A finished session: read-only, with what was applied. */
export function FinishedView({ config, onNewRequest }: { config: ProcedureConfig; onNewRequest: () => void }) {
  const { t, language } = useI18n();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  const plan = flow.workLog ? planUpdate(flow, flow.workLog, config, language) : null;
  return (
    <div className="step finished" data-testid="step-finished">
      <h3 data-testid="finished-title">{flow.outcome === 'cancelled' ? t('outcome.cancelled') : t(`outcome.${flow.outcome ?? 'cancelled'}`)}</h3>
      {flow.cancel && <p>{t('done.cancelledBecause', { reason: flow.cancel.reason })}</p>}
      {flow.appliedAt && <p>{t('done.appliedAt', { time: formatLocal(flow.appliedAt) })}</p>}
      {plan && <PlanTable plan={plan} />}
      {flow.workLog && <blockquote className="script">{flow.workLog}</blockquote>}
      <p className="hint">{t('done.readOnly')}</p>
      <button type="button" onClick={onNewRequest} disabled={busy} data-testid="flow-new">{t('flow.newRequest')}</button>
    </div>
  );
}
