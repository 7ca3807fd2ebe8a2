import { useState } from 'react';
import { proposedPendingUntil } from '@/lib/fill';
import { ATTEMPT_RESULTS, failedAttempts } from '@/lib/procedure';
import type { ProcedureConfig, TicketSnapshot } from '@/lib/schema';
import { entryFromInstant, formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';
import { ReadAt } from '../TicketFacts';
import { UntilInput, useUntil } from './UntilInput';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

/**
 * 1.2.2 (second half): call the customer, log every attempt; 1.2.4 once enough have failed.
 * Keyboard: focus starts on the call results (arrow keys move between them) and stays on the one
 * pressed while attempts are logged; once enough have failed, FlowPanel moves it to "Pending
 * tiket: pelanggan tidak terhubung" (the proposed time is already filled in).
 */
export function CallStep({ ticket, config }: { ticket: TicketSnapshot; config: ProcedureConfig }) {
  const { t } = useI18n();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const flow = view!.flow;
  const [copied, setCopied] = useState(false);
  const [until, setUntil] = useDraftField('call.until', entryFromInstant(proposedPendingUntil(flow.request, config, new Date())));
  const { instant, error } = useUntil(until, config);
  const failed = failedAttempts(flow);
  const enough = failed >= config.minFailedAttempts;
  const phone = ticket.contactPhone;

  const copy = async () => {
    if (!phone) return;
    await navigator.clipboard.writeText(phone).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <div className="step" data-testid="step-call">
      <div className="phone">
        <span>{t('call.number')}</span>
        {phone ? (
          <>
            <strong data-testid="call-phone">{phone}</strong>
            <ReadAt ticket={ticket} />
            <button type="button" onClick={copy} data-testid="call-copy">
              {copied ? t('call.copied') : t('call.copy')}
            </button>
          </>
        ) : (
          <em>{t('call.noNumber')}</em>
        )}
      </div>
      <p>{t('call.logAttempt')}</p>
      <div className="attempt-buttons" role="group" aria-label={t('call.logAttempt')}>
        {ATTEMPT_RESULTS.map((result, index) => (
          <button
            key={result}
            type="button"
            className={result === 'connected' ? 'primary' : ''}
            // Not `disabled` while an attempt is stored: Chrome would drop focus to NOSSA's page and
            // the agent would Tab back through it to log the next call. Pressing meanwhile does nothing.
            aria-disabled={busy}
            onClick={() => busy || void store.send({ type: 'logAttempt', result })}
            data-step-focus={index === 0 ? '3' : undefined}
            data-testid={`attempt-${result}`}
          >
            {t(`call.result.${result}`)}
          </button>
        ))}
      </div>
      <h3>{t('call.attempts')}</h3>
      {flow.attempts.length === 0 ? (
        <p className="hint">{t('call.noAttempts')}</p>
      ) : (
        <ol className="attempts" data-testid="attempt-list">
          {flow.attempts.map((attempt, i) => (
            <li key={i}>
              {formatLocal(attempt.at, undefined, 'HH:mm:ss')} · {t(`call.result.${attempt.result}`)}
            </li>
          ))}
        </ol>
      )}
      <p className={enough ? 'hint' : 'hint strong'} data-testid="failed-count">
        {t('call.failedCount', { have: failed, needed: config.minFailedAttempts })}
      </p>
      {enough && (
        <fieldset className="unreachable">
          <legend>{t('call.unreachable')}</legend>
          <UntilInput label={t('call.unreachableUntil')} value={until} onChange={setUntil} config={config} testId="unreachable-until" />
          <button
            type="button"
            className="primary"
            disabled={busy || !instant || !!error}
            onClick={() => instant && void store.send({ type: 'declareUnreachable', until: instant, ticket })}
            data-step-focus="1"
            data-testid="declare-unreachable"
          >
            {t('call.declareUnreachable')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
