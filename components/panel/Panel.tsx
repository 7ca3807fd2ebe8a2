import { useSyncExternalStore } from 'react';
import type { PageState, PageWatcher } from '@/lib/sites';
import { PageCheckBox, usePageCheck } from './PageCheckBox';
import { errorText } from '../error-text';
import { useI18n } from '../I18n';
import { useSettings } from '../SettingsProvider';
import { FlowPanel } from './flow/FlowPanel';
import { TicketFacts } from './TicketFacts';
import { usePlacement } from './usePlacement';

export function Panel({ watcher }: { watcher: PageWatcher }) {
  const page: PageState = useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
  const { settings, error, update } = useSettings();
  const { t } = useI18n();
  const pageCheck = usePageCheck(page.ticket?.ticketId ?? null);
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
            {errorText(t, error, () => t('panel.backgroundDown'))}
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
              <TicketFacts ticket={ticket} />
            </details>
            <FlowPanel ticket={ticket} signedInUser={page.user} />
          </>
        ) : (
          <p className="hint">{t('panel.noTicket')}</p>
        )}
      </div>
      {pageCheck.check && <PageCheckBox check={pageCheck.check} onClose={pageCheck.close} />}
      {pageCheck.deep === 'failed' && (
        <p className="alert" role="alert" data-testid="page-check-deep-failed">
          {t('check.deepFailed')}
        </p>
      )}
      <footer className="pandu-footer">
        <span>{t('app.procedure')}</span>
        <button type="button" className="link" onClick={pageCheck.runQuick} data-testid="page-check-run">
          {t('check.button')}
        </button>
        {page.ticket && (
          <button
            type="button"
            className="link"
            disabled={pageCheck.deep === 'running'}
            title={t('check.deepHint')}
            aria-describedby="pandu-deep-hint"
            onClick={() => void pageCheck.runDeep()}
            data-testid="page-check-deep"
          >
            {t('check.deepButton')}
          </button>
        )}
        {/* Read out with the button (and its tooltip); on screen the footer stays one line. */}
        <small id="pandu-deep-hint" className="visually-hidden" data-testid="page-check-deep-hint">
          {t('check.deepHint')}
        </small>
      </footer>
    </section>
  );
}
