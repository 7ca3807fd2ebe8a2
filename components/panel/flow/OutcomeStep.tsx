import { planUpdate } from '@/lib/fill';
import type { Agent, ProcedureConfig, TicketSnapshot } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { Field } from './Field';
import { FillSection } from './FillSection';
import { outcomeWorkLog } from './outcome-facts';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

/**
 * The outcome (1.2.4 / 1.2.5 / 1.2.6) and exactly what goes into NOSSA. The agent may edit the
 * work log; applying the update is recorded with the text that was applied.
 */
export function OutcomeStep({ ticket, config, agent }: { ticket: TicketSnapshot; config: ProcedureConfig; agent: Agent }) {
  const { t, language } = useI18n();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  // Built from the facts frozen at the outcome: the same text on every tab (Log tab included).
  const [workLog, setWorkLog] = useDraftField('outcome.workLog', outcomeWorkLog({ flow, pageTicket: ticket, agent, config }));
  const plan = planUpdate(flow, workLog, config, language);
  if (!plan) return null;

  return (
    <div className="step" data-testid="step-outcome">
      <h3 data-testid="outcome-title">{t(`outcome.${plan.outcome}`)}</h3>
      {/* The action first, then one row per field; the work log is edited in its (folded) row. */}
      <FillSection plan={plan} workLog={workLog} pageTicketId={ticket.ticketId}>
        <Field label={t('outcome.workLog')} error={workLog.trim() ? null : t('validation.required')}>
          {(id, d) => <textarea id={id} aria-describedby={d} rows={6} value={workLog} onChange={(e) => setWorkLog(e.target.value)} data-testid="outcome-worklog" />}
        </Field>
      </FillSection>
      <p className="hint">
        {t('fill.manualInstead')} {t('outcome.manualHint')}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={busy || !workLog.trim()}
          onClick={() => void store.send({ type: 'markApplied', workLog: workLog.trim(), by: 'manual' })}
          data-testid="applied-manually"
        >
          {t('outcome.appliedManually')}
        </button>
      </div>
    </div>
  );
}
