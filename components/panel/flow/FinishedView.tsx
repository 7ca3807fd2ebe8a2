import { planUpdate } from '@/lib/fill';
import type { ProcedureConfig } from '@/lib/schema';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';
import { FillFieldList } from './FillFieldList';
import { latestFill } from './fill-state';
import { PlanTable } from './PlanTable';
import { useFlowSnapshot } from './useFlow';

/**
 * A finished session: read-only, with what was applied and, for a fill, every field's result and
 * what NOSSA held when it was read back (issue 11, item 8: they stay visible after the end).
 */
export function FinishedView({ config, onNewRequest }: { config: ProcedureConfig; onNewRequest: () => void }) {
  const { t, language } = useI18n();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  const plan = flow.workLog ? planUpdate(flow, flow.workLog, config, language) : null;
  const fill = latestFill(view!.events);
  const verify = fill?.verifies.at(-1) ?? null;
  return (
    <div className="step finished" data-testid="step-finished">
      <h3 data-testid="finished-title">{flow.outcome === 'cancelled' ? t('outcome.cancelled') : t(`outcome.${flow.outcome ?? 'cancelled'}`)}</h3>
      {flow.cancel && <p>{t('done.cancelledBecause', { reason: flow.cancel.reason })}</p>}
      {flow.appliedAt && <p data-testid="finished-applied">{t(flow.appliedBy === 'fill' ? 'done.appliedAt' : 'done.markedAt', { time: formatLocal(flow.appliedAt) })}</p>}
      {plan && <PlanTable plan={plan} />}
      {flow.workLog && <blockquote className="script">{flow.workLog}</blockquote>}
      {fill?.result && (
        <details className="fill" open data-testid="finished-fill">
          <summary>{t('done.fillResults')}</summary>
          <FillFieldList fields={fill.result.fields} kind="fill" testId="finished-fill-results" />
          {verify && (
            <>
              <p className="hint">{t(verify.phase === 'readBack' ? 'done.readBackResults' : 'done.verifyResults')}</p>
              <FillFieldList fields={verify.fields} kind="verify" testId="finished-verify-results" />
            </>
          )}
        </details>
      )}
      <p className="hint">{t('done.readOnly')}</p>
      <button type="button" onClick={onNewRequest} disabled={busy} data-testid="flow-new">
        {t('flow.newRequest')}
      </button>
    </div>
  );
}
