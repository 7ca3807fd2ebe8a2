import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../../I18n';
import { Field } from './Field';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

const COMMON: MessageKey[] = ['flow.cancelReason.closed', 'flow.cancelReason.withdrawn', 'flow.cancelReason.wrongTicket'];

/**
 * Abandon the flow at any step, with a reason (not in the instruction; real work needs it).
 * Focus goes with the agent: opening puts it in the reason (a common reason's button fills it and
 * goes back there, so Enter confirms), "Jangan batalkan" returns it to "Batalkan alur".
 */
export function CancelFlow() {
  const { t } = useI18n();
  const store = useFlowStore();
  const { busy } = useFlowSnapshot();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useDraftField('cancel.reason', '');
  const reasonInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Set by the agent's own press (open or keep), so focus moves only then, not on a re-render.
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? reasonInput : opener).current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) await store.send({ type: 'cancel', reason });
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className="link danger" onClick={() => toggle(true)} data-testid="cancel-open">
        {t('flow.cancel')}
      </button>
    );
  }
  return (
    <form className="cancel" onSubmit={submit} data-testid="cancel-form">
      <div className="chips" role="group" aria-label={t('flow.cancelReason')}>
        {COMMON.map((key) => (
          <button
            key={key}
            type="button"
            onClick={() => {
              setReason(t(key));
              reasonInput.current?.focus();
            }}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <Field label={t('flow.cancelReason')} error={reason.trim() ? null : t('validation.required')}>
        {(id, d) => <input ref={reasonInput} id={id} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="cancel-reason" />}
      </Field>
      <div className="actions">
        <button type="submit" className="danger" disabled={busy || !reason.trim()} data-testid="cancel-confirm">
          {t('flow.cancelConfirm')}
        </button>
        <button type="button" onClick={() => toggle(false)} data-testid="cancel-keep">
          {t('flow.cancelKeep')}
        </button>
      </div>
    </form>
  );
}
