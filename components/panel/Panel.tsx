import { useSyncExternalStore } from 'react';
import type { PageState, PageWatcher } from '@/lib/sites';
import { PageCheckTools, usePageCheck } from './page-check';
import { errorText } from '../error-text';
import { useI18n } from '../I18n';
import { useSettings } from '../SettingsProvider';
import { FlowPanel } from './flow/FlowPanel';
import { TicketFacts } from './TicketFacts';
import { FieldOutline } from './FieldOutline';
import { usePagePush } from './page-push';
import { pagePush, type Frame } from './placement-math';
import { useClearOfField } from './useClearOfField';
import { useFillTarget } from './useFillTarget';
import { useExpandOnFocusRequest } from './panel-focus';
import { usePlacement } from './usePlacement';
import './placement.css';
// The picker's styles ship here, with the panel's stylesheet in its shadow root: the picker itself
// comes with the panel tools (tools/), which bring no stylesheet of their own.
import './picker/picker.css';

/** A frame as the panel's inline style (position: fixed; numbers are CSS pixels). */
const styleOf = (frame: Frame) => ({ left: frame.left, width: frame.width, top: frame.top, bottom: frame.bottom, maxHeight: frame.maxHeight, height: frame.height });

export function Panel({ watcher }: { watcher: PageWatcher }) {
  const page: PageState = useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
  const { settings, error, update } = useSettings();
  const { t } = useI18n();
  const pageCheck = usePageCheck(page.ticket?.ticketId ?? null);
  const { placement, frame, viewport, element, setElement, setCollapsed, setCompact, setDocked, grip } = usePlacement(settings?.panel, (panel) => update({ panel }));
  const target = useFillTarget();
  // The panel shortcut (Alt+Shift+P, panel-focus.ts) opens a collapsed panel so the flow can take focus.
  useExpandOnFocusRequest(placement.collapsed, () => setCollapsed(false));

  // When NOSSA's session expires mid-flow the page becomes the login form: keep showing the
  // flow (and a fill's outcome) for the ticket the agent was on, with a plain warning.
  const expired = page.kind === 'login' && page.expiredTicket != null;
  const shown = !((page.kind === 'login' && !expired) || page.kind === 'other');
  const docked = placement.dock != null && !placement.collapsed;
  usePagePush(shown ? pagePush(placement, placement.collapsed, viewport) : null);
  // During a fill the panel keeps off the NOSSA field being written (moved or shrunk).
  const clearing = useClearOfField(frame, viewport, element, shown ? target : null, docked);
  if (!shown) return null;
  const ticket = page.ticket ?? (expired ? page.expiredTicket! : null);
  const ticketId = ticket?.ticketId;
  const style = styleOf(clearing ?? frame);

  if (placement.collapsed) {
    return (
      <>
        <button type="button" ref={setElement} className="pandu-chip" style={style} onClick={() => setCollapsed(false)} aria-label={t('panel.expand')} data-testid="pandu-expand">
          {t('app.name')}
          {ticketId ? ` · ${ticketId}` : ''}
        </button>
        <FieldOutline target={target} />
      </>
    );
  }

  const classes = ['pandu-panel', docked ? `docked dock-${placement.dock}` : 'floating', placement.compact ? 'compact' : '', clearing ? 'clearing' : ''].filter(Boolean).join(' ');
  const dockSide = placement.dock ?? 'right';
  return (
    <>
      <section ref={setElement} className={classes} style={style} role="region" aria-label={t('panel.region')} data-testid="pandu-panel" data-mode={docked ? 'docked' : 'floating'}>
        <header className="pandu-header">
          <span
            className="grip"
            role="button"
            tabIndex={0}
            title={t(docked ? 'placement.moveDocked' : 'panel.move')}
            aria-label={t(docked ? 'placement.moveDocked' : 'panel.move')}
            data-testid="pandu-grip"
            {...grip}
          >
            ⠿
          </span>
          <h1>
            {t('app.name')} <small>{t('app.tagline')}</small>
          </h1>
          <button
            type="button"
            className="icon"
            aria-pressed={placement.compact}
            onClick={() => setCompact(!placement.compact)}
            aria-label={t('placement.compact')}
            title={t('placement.compact')}
            data-testid="pandu-compact"
          >
            ☰
          </button>
          <button
            type="button"
            className="icon"
            aria-pressed={docked}
            onClick={() => setDocked(!docked)}
            aria-label={t(docked ? 'placement.float' : 'placement.dock')}
            title={t(docked ? 'placement.float' : 'placement.dock')}
            data-testid="pandu-dock"
          >
            {dockSide === 'left' ? '◧' : '◨'}
          </button>
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
        {pageCheck.tools && <PageCheckTools tools={pageCheck.tools} />}
        {pageCheck.unloaded != null && (
          <p className="alert" role="alert" data-testid="page-check-tools-failed">
            {t('check.toolsFailed', { detail: errorText(t, pageCheck.unloaded, (detail) => detail) })}
          </p>
        )}
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
      <FieldOutline target={target} />
    </>
  );
}
