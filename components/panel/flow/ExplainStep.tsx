import { proposedPendingUntil } from '@/lib/fill';
import type { Agent, ProcedureConfig, TicketSnapshot } from '@/lib/schema';
import { entryFromInstant } from '@/lib/time';
import { useI18n } from '../../I18n';
import { Field } from './Field';
import { customerScript } from '@/lib/procedure/call-script';
import { UntilInput, useUntil } from './UntilInput';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

/**
 * 1.2.3: explain the pending to the customer, then record the answer (1.2.5 or 1.2.6). Focus
 * starts on "Pelanggan setuju" (the proposed time is filled in); Enter in the time presses it.
 */
export function ExplainStep({ ticket, config, agent }: { ticket: TicketSnapshot; config: ProcedureConfig; agent: Agent }) {
  const { t } = useI18n();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  const [until, setUntil] = useDraftField('explain.until', entryFromInstant(proposedPendingUntil(flow.request, config, new Date())));
  const [note, setNote] = useDraftField('explain.note', '');
  const { instant, error } = useUntil(until, config);

  return (
    <div className="step" data-testid="step-explain">
      <h3>{t('explain.script')}</h3>
      <blockquote className="script" data-testid="customer-script">
        {customerScript(flow, ticket, agent, config, instant)}
      </blockquote>
      <h3>{t('explain.answer')}</h3>
      <fieldset className="answer">
        <UntilInput label={t('explain.approveUntil')} value={until} onChange={setUntil} config={config} testId="approve-until" />
        <button
          type="button"
          className="primary"
          disabled={busy || !instant || !!error}
          data-step-focus
          onClick={() => instant && void store.send({ type: 'customerApproves', until: instant, ticket })}
          data-testid="approve"
        >
          {t('explain.approve')}
        </button>
      </fieldset>
      <fieldset className="answer">
        <Field label={t('explain.declineNote')}>{(id) => <textarea id={id} rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="decline-note" />}</Field>
        <button type="button" disabled={busy} onClick={() => void store.send({ type: 'customerDeclines', note, ticket })} data-testid="decline">
          {t('explain.decline')}
        </button>
      </fieldset>
    </div>
  );
}
