import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { errorText } from '@/components/error-text';
import { useLiveQuery } from '@/components/useLiveQuery';
import { outboxSize, readSyncState, readTeamConnection } from '@/lib/db';
import type { Translate } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import type { SyncState } from '@/lib/team/connection';
import { formatLocal } from '@/lib/time';
import { db } from './database';

const RETRIED = new Set(['network', 'server.unavailable', 'rate.limited', 'server.error']);

/** The sync state in one plain line: "Tersinkron 10:42", "12 catatan menunggu server", "Token dicabut: daftar ulang". */
export function syncLine(t: Translate, state: SyncState | null, waiting: number): { text: string; problem: boolean } {
  const error = state?.lastError;
  const time = (iso: string) => formatLocal(iso, undefined, 'HH:mm');
  if (error?.code === 'auth.revoked' || error?.code === 'auth.invalid') return { text: t('team.sync.revoked'), problem: true };
  if (error?.code === 'permission') return { text: t('team.sync.permission'), problem: true };
  if (error && state?.nextAttemptAt) {
    const when = time(state.nextAttemptAt);
    return { text: RETRIED.has(error.code) ? t('team.sync.retry', { time: when }) : t('team.sync.rejected', { code: error.code, time: when }), problem: true };
  }
  if (waiting > 0) return { text: t('team.sync.waiting', { count: waiting }), problem: false };
  if (state?.lastSyncAt) return { text: t('team.sync.synced', { time: time(state.lastSyncAt) }), problem: false };
  return { text: t('team.sync.nothing'), problem: false };
}

/**
 * What reached the team server, live from the database (the background writes the state row and
 * the outbox). Nothing at all when this browser sends nothing (no server, or a lead's browser).
 */
export function TeamSyncLine() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const live = useLiveQuery(async () => {
    const connection = await readTeamConnection(db);
    if (connection?.account.role !== 'agent') return null;
    return { origin: new URL(connection.url).origin, state: await readSyncState(db), waiting: await outboxSize(db) };
  }, []);
  if (!live) return null;
  const { text, problem } = syncLine(t, live.state, live.waiting);
  const extra = problem && live.waiting > 0 ? ` · ${t('team.sync.waiting', { count: live.waiting })}` : '';

  const sendNow = () => {
    // In the click, before any await: a permission the browser dropped can be given back here.
    const permission = browser.permissions.request({ origins: [`${live.origin}/*`] });
    setBusy(true);
    void permission
      .then(() => sendMessage('teamSyncNow', undefined))
      .then(() => setFailed(null))
      .catch((error: unknown) => setFailed(errorText(t, error, (detail) => t('popup.backgroundDown', { detail }))))
      .finally(() => setBusy(false));
  };

  return (
    <section className={`card sync${problem ? ' attention' : ''}`} aria-live="polite" data-testid="team-sync">
      <p className="line">
        <span data-testid="team-sync-line">
          {text}
          {extra}
        </span>
        {(live.waiting > 0 || problem) && (
          <button type="button" onClick={sendNow} disabled={busy} data-testid="team-sync-now">
            {busy ? t('team.sync.sending') : t('team.sync.now')}
          </button>
        )}
      </p>
      {live.state && live.state.quarantined > 0 && <p className="muted small">{t('team.sync.quarantined', { count: live.state.quarantined })}</p>}
      {failed && (
        <p className="alert" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
