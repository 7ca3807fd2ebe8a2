import { useState } from 'react';
import { useI18n } from '@/components/I18n';
import { useLiveQuery } from '@/components/useLiveQuery';
import { isDue, openFollowUps } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { formatLocal } from '@/lib/time';
import { db } from './database';
import { relativeTime } from './relative';

/**
 * Approved pendings (1.2.5) whose agreed time has come or comes within 30 minutes: open the
 * ticket, or say it was followed up. Later ones are counted, so nothing is a surprise.
 */
export function FollowUps({ agentId, now }: { agentId: string; now: number }) {
  const { t, language } = useI18n();
  const all = useLiveQuery(() => openFollowUps(db, agentId), [agentId]);
  const [error, setError] = useState<string | null>(null);
  if (!all || all.length === 0) return null;
  const due = all.filter((f) => isDue(f, now));
  const later = all.filter((f) => !isDue(f, now));
  const act = (request: Promise<unknown>) =>
    request.then(() => setError(null)).catch((err: unknown) => setError(t('popup.backgroundDown', { detail: err instanceof Error ? err.message : String(err) })));

  return (
    <section className={`card${due.length ? ' attention' : ''}`} aria-labelledby="followups-title" data-testid="follow-ups">
      <h2 id="followups-title">
        {due.length > 0 ? t('popup.followUps') : t('popup.followUpsScheduled')} {due.length > 0 && <span className="count">{due.length}</span>}
      </h2>
      {due.length > 0 && (
        <ul className="items">
          {due.map((f) => (
            <li key={f.sessionId} data-testid="follow-up" data-ticket={f.ticketId} data-overdue={Date.parse(f.pendingUntil) <= now ? 'true' : 'false'}>
              <div className="line">
                <strong className="ticket">{f.ticketId}</strong>
                <span className={Date.parse(f.pendingUntil) <= now ? 'when overdue' : 'when'}>{relativeTime(f.pendingUntil, now, language)}</span>
              </div>
              <div className="muted small">
                {t('popup.followUp.agreed', { time: formatLocal(f.pendingUntil) })}
                {f.notifiedAt && ` · ${t('popup.followUp.notified', { time: formatLocal(f.notifiedAt, undefined, 'HH:mm') })}`}
              </div>
              <div className="actions">
                <button type="button" className="primary" onClick={() => act(sendMessage('openFollowUp', { sessionId: f.sessionId }))} data-testid="follow-up-open">
                  {t('popup.followUp.open')}
                </button>
                <button type="button" onClick={() => act(sendMessage('resolveFollowUp', { sessionId: f.sessionId }))} data-testid="follow-up-resolve">
                  {t('popup.followUp.resolve')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <p className="muted small" data-testid="follow-ups-later">
          {t('popup.followUp.later', { count: later.length, time: formatLocal(later[0]!.pendingUntil) })}
        </p>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
