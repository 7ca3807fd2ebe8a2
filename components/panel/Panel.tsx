import { useState, useSyncExternalStore } from 'react';
import { checkPage, type PageCheck } from '@/lib/sites';
import { PageCheckReport } from '../PageCheckReport';
import { useSiteProfile } from './SiteProfileContext';
import type { PageState, PageWatcher } from '@/lib/sites';
import { refusalCodeOf } from '@/lib/messaging';
import { useI18n } from '../I18n';
import { useSettings } from '../SettingsProvider';
import { FlowPanel } from './flow/FlowPanel';
import { TicketFacts } from './TicketFacts';
import { usePlacement } from './usePlacement';

export function Panel({ watcher }: { watcher: PageWatcher }) {
  const page: PageState = useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
  const { settings, error, update } = useSettings();
  const { t } = useI18n();
  const profile = useSiteProfile();

  const [check, setCheck] = useState<PageCheck | null>(null);
  const { placement, setCollapsed, grip } = usePlacement(settings?.panel, (panel) => void update({ panel }).catch(() => {}));

  // When NOSSA's session expires mid-flow the page becomes the login form: keep showing the
  // flow (and a fill's outcome) for the ticket the agent was on, with a plain warning.
  const expired = page.kind === 'login' && page.expiredTicket != null;
  if ((page.kind === 'login' && !expired) || page.kind === 'other') return null;
  const ticket = page.ticket ?? (expired ? page.expiredTicket! : null);
  const ticketId = ticket?.ticketId;
  const style = { right: placement.right, bottom: placement.bottom };

  if (placement.collapsed) {
    return (
      <button type="button" className="pandu-chip" style={style} onClick={() => setCollapsed(false)} aria-label={t('panel.expand')} data-testid="pandu-expand">
        {t('app.name')}
        {ticketId ? ` · ${ticketId}` : ''}
      </button>
    );
  }

  return (
    <section className="pandu-panel" style={style} role="region" aria-label={t('panel.region')} data-testid="pandu-panel">
      <header className="pandu-header">
        <span className="grip" role="button" tabIndex={0} title={t('panel.move')} aria-label={t('panel.move')} data-testid="pandu-grip" {...grip}>
          ⠿
        </span>
        <h1>
          {t('app.name')} <small>{t('app.tagline')}</small>
        </h1>
        <button type="button" className="icon" onClick={() => setCollapsed(true)} aria-label={t('panel.collapse')} title={t('panel.collapse')} data-testid="pandu-collapse">
          ▁
        </button>
      </header>
      <div className="pandu-body">
        {error != null && (
          <p className="alert" role="alert">
            {refusalCodeOf(error) ? t(`error.${refusalCodeOf(error)!}`, { detail: '' }) : t('panel.backgroundDown')}
          </p>
        )}
        {expired && (
          <p className="alert" role="alert" data-testid="session-expired">
            {t('panel.sessionExpired')}
          </p>
        )}
        {ticketId ? (
          <>
            <p className="ticket-id">
              {t('panel.ticket')} <strong data-testid="pandu-ticket-id">{ticketId}</strong>
            </p>
            <details className="facts-box">
              <summary>{t('panel.details')}</summary>
              <TicketFacts ticket={ticket!} />
            </details>
            <FlowPanel ticket={ticket!} signedInUser={page.user} />
          </>
        ) : (
          <p className="hint">{t('panel.noTicket')}</p>
        )}
      </div>
      {check && (
        <div className="pandu-body check-box">
          <PageCheckReport report={check} />
          <button type="button" onClick={() => setCheck(null)}>{t('check.close')}</button>
        </div>
      )}
      <footer className="pandu-footer">
        <span>{t('app.procedure')}</span>
        <button type="button" className="link" onClick={() => setCheck(checkPage(document, profile))} data-testid="page-check-run">
          {t('check.button')}
        </button>
      </footer>
    </section>
  );
}
