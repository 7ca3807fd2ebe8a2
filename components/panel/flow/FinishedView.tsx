import { planUpdate } from '@/lib/fill';
import type { ProcedureConfig } from '@/lib/schema';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';
import { FillFieldList } from './FillFieldList';
import { finishedRows } from './fill-rows';
import { useFlowSnapshot } from './useFlow';

/**
 * A finished session: read-only, with what went into NOSSA in the past tense it earned: per field
 * "tersimpan di NOSSA" only where the read-back of the reloaded ticket proved it, the agent's own
 * statement for an update typed by hand, what NOSSA held for a field it did not save. It stays
 * visible after the end (issue 11, item 8); nothing here says what "will" be written.
 */
export function FinishedView({ config, onNewRequest }: { config: ProcedureConfig; onNewRequest: () => void }) {
  const { t, language } = useI18n();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  const plan = flow.workLog ? planUpdate(flow, flow.workLog, config, language) : null;
  const shown = finishedRows(flow.appliedBy, plan, view!.events);
  return (
    <div className="step finished" data-testid="step-finished">
      <h3 data-testid="finished-title">{flow.outcome === 'cancelled' ? t('outcome.cancelled') : t(`outcome.${flow.outcome ?? 'cancelled'}`)}</h3>
      {flow.cancel && <p>{t('done.cancelledBecause', { reason: flow.cancel.reason })}</p>}
      {flow.appliedAt && <p data-testid="finished-applied">{t(flow.appliedBy === 'fill' ? 'done.appliedAt' : 'done.markedAt', { time: formatLocal(flow.appliedAt) })}</p>}
      {shown && <FillFieldList rows={shown.rows} caption={shown.caption} testId="finished-fields" plan={plan} />}
      <p className="hint">{t('done.readOnly')}</p>
      <button type="button" onClick={onNewRequest} disabled={busy} data-testid="flow-new">
        {t('flow.newRequest')}
      </button>
    </div>
  );
}
