import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { useLiveQuery } from '@/components/useLiveQuery';
import { agentWork } from '@/lib/db';
import { STEP_NUMBER, type Step } from '@/lib/procedure';
import { activeProfile } from '@/lib/sites/active-profile';
import type { Session } from '@/lib/schema';
import { formatLocal, localDayStart } from './time';
import { db } from './database';
import { openTicket } from './openTicket';

const stepOf = (session: Session) => session.step as Step;

/** Every open flow (with a link that opens its ticket in NOSSA) and what was done today. */
export function OpenWork({ agentId, since }: { agentId: string; since: string }) {
  const { t } = useI18n();
  const profile = activeProfile(useSettings().settings);
  const work = useLiveQuery(() => agentWork(db, agentId, since), [agentId, since]);
  const today = localDayStart();
  const when = (iso: string) => formatLocal(iso, undefined, iso >= today ? 'HH:mm' : 'dd-MM HH:mm');
  return (
    <section className="card" aria-labelledby="work-title" data-testid="open-work">
      <h2 id="work-title">
        {t('popup.openWork')} {work && work.open.length > 0 && <span className="count">{work.open.length}</span>}
      </h2>
      {work && work.open.length === 0 && <p className="muted">{t('popup.noOpenWork')}</p>}
      {work && work.open.length > 0 && (
        <ul className="items">
          {work.open.map((session) => (
            <li key={session.id} data-testid="open-session" data-ticket={session.ticketId}>
              <div className="line">
                <strong className="ticket">{session.ticketId}</strong>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openTicket(profile, session.ticketId)}
                  aria-label={t('popup.work.openTicket', { ticketId: session.ticketId })}
                  data-testid="open-session-link"
                >
                  {t('popup.work.open')} ↗
                </button>
              </div>
              <div className="muted small">
                {STEP_NUMBER[stepOf(session)]} {t(`flow.step.${stepOf(session)}`)} · {t('popup.work.since', { time: when(session.startedAt) })}
              </div>
            </li>
          ))}
        </ul>
      )}
      {work && (
        <details className="today" data-testid="today">
          <summary>{t('popup.work.today', { count: work.recent.length })}</summary>
          {work.recent.length === 0 ? (
            <p className="muted small">{t('popup.work.todayEmpty')}</p>
          ) : (
            <ul className="rows">
              {work.recent.map((session) => (
                <li key={session.id} data-testid="today-session" data-ticket={session.ticketId} data-status={session.status}>
                  <time dateTime={session.updatedAt}>{when(session.updatedAt)}</time> <span className="ticket">{session.ticketId}</span>{' '}
                  <span className={`outcome ${session.outcome ?? 'open'}`}>{t(`popup.outcome.${session.outcome ?? 'open'}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </section>
  );
}
