import type { FormEvent } from 'react';
import { RECHECK_POINTS, type RecheckPoint } from '@/lib/procedure';
import type { TicketSnapshot } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { ReadAt } from '../TicketFacts';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

/** Statuses in which a fault ticket is no longer being worked. */
const CLOSED = ['RESOLVED', 'CLOSED', 'CANCELLED', 'CANCELED', 'FINALCHECK', 'HISTEDIT'];
const PENDED = ['PENDING', 'SLAHOLD'];

/** What the page suggests for each point; the agent still confirms every one. */
export function suggestedChecks(ticket: TicketSnapshot): Record<RecheckPoint, boolean> {
  const status = ticket.status?.toUpperCase();
  return {
    ticketOpen: !!status && !CLOSED.includes(status),
    notPending: !!status && !PENDED.includes(status),
    contactPresent: /^(\+?62|0)\d{7,}$/.test((ticket.contactPhone ?? '').replace(/[\s-]/g, '')),
    requestMatches: false,
  };
}

/**
 * 1.2.2 (first half): re-check the ticket in NOSSA before calling. Space ticks a point, Enter on
 * any point submits once all are confirmed (flow-keys.ts).
 */
export function RecheckStep({ ticket }: { ticket: TicketSnapshot }) {
  const { t } = useI18n();
  const store = useFlowStore();
  const { busy } = useFlowSnapshot();
  const suggested = suggestedChecks(ticket);
  const onPage: Record<RecheckPoint, string | undefined> = {
    ticketOpen: ticket.status,
    notPending: ticket.status,
    contactPresent: ticket.contactPhone,
    requestMatches: ticket.summary,
  };
  // One hook call per point, written out: hooks are never called in a loop.
  const fields: Record<RecheckPoint, [boolean, (v: boolean) => void]> = {
    ticketOpen: useDraftField('recheck.ticketOpen', suggested.ticketOpen),
    notPending: useDraftField('recheck.notPending', suggested.notPending),
    contactPresent: useDraftField('recheck.contactPresent', suggested.contactPresent),
    requestMatches: useDraftField('recheck.requestMatches', suggested.requestMatches),
  };
  const checks = Object.fromEntries(RECHECK_POINTS.map((point) => [point, fields[point][0]])) as Record<RecheckPoint, boolean>;
  const allConfirmed = RECHECK_POINTS.every((point) => checks[point]);
  // Where the agent continues (FlowPanel focuses it): the first point still to confirm, else the submit.
  const firstOpen = RECHECK_POINTS.find((point) => !checks[point]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await store.send({ type: 'confirmRecheck', checks });
  };

  return (
    <form className="step" onSubmit={submit} data-testid="step-recheck">
      <p>{t('recheck.intro')}</p>
      <ul className="checks">
        {RECHECK_POINTS.map((point) => (
          <li key={point}>
            <label>
              <input
                type="checkbox"
                checked={checks[point]}
                onChange={(e) => fields[point][1](e.target.checked)}
                data-step-focus={point === firstOpen ? '' : undefined}
                data-testid={`recheck-${point}`}
              />
              {t(`recheck.${point}`)}
            </label>
            {onPage[point] && <small className="hint">{t('recheck.onPage', { value: onPage[point] })}</small>}
          </li>
        ))}
      </ul>
      <ReadAt ticket={ticket} />
      {!allConfirmed && <p className="hint">{t('recheck.suggestCancel')}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !allConfirmed} data-step-focus={firstOpen ? undefined : ''} data-testid="recheck-submit">
          {t('recheck.submit')}
        </button>
      </div>
    </form>
  );
}
