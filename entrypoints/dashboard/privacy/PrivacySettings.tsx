import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { issueSentence } from '@/components/settings-issues';
import { issuesOf, retentionDays } from '@/lib/schema';
import { retentionAllowed } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { formatLocal } from '@/lib/time';
import { formatCount } from '../format';
import { useRetentionStatus } from './useRetentionStatus';

/**
 * Privacy and retention: masking phone numbers in exports by default, and how long the log is
 * kept. The daily clean-up deletes nothing until the lead has seen what it would delete and
 * agreed, once, for the period set (a shorter period asks again).
 */
export function PrivacySettings() {
  const { t, language } = useI18n();
  const { settings, update } = useSettings();
  const retention = settings?.retention;
  const { expired, lastRun, refresh } = useRetentionStatus(retention);
  const [days, setDays] = useState(String(retention?.days ?? 180));
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  /** The retention field's refusal, said at the field with its label (components/settings-issues.ts). */
  const [daysError, setDaysError] = useState<string | null>(null);
  const daysNote = useId();
  const n = (value: number) => formatCount(value, language);

  useEffect(() => setDays(String(retention?.days ?? 180)), [retention?.days]);
  if (!settings || !retention) return null;
  const allowed = retentionAllowed(retention);

  const saveDays = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = retentionDays().safeParse(/^\s*\d+\s*$/.test(days) ? Number(days) : Number.NaN);
    if (!parsed.success) {
      setDaysError(issueSentence(t, { ...issuesOf(parsed.error)[0]!, path: 'retention.days' }));
      setMessage('');
      return;
    }
    setDaysError(null);
    await update({ retention: { ...retention, days: parsed.data } });
    setMessage(t('dashboard.settings.saved'));
  };

  const confirmAndDelete = async () => {
    setBusy(true);
    try {
      // The background stores the go-ahead and deletes: pages only read the database.
      const counts = await sendMessage('confirmRetention', { days: retention.days });
      setMessage(t('dashboard.retention.deleted', { sessions: n(counts.sessions), events: n(counts.events), shifts: n(counts.shifts) }));
      setConfirming(false);
      refresh();
    } catch (error) {
      setMessage(t('error.generic', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card privacy-settings" aria-labelledby="privacy-title" data-testid="privacy-settings">
      <h2 id="privacy-title">{t('dashboard.privacy.title')}</h2>
      <label className="check">
        <input type="checkbox" checked={settings.privacy.maskPhones} onChange={(e) => void update({ privacy: { maskPhones: e.target.checked } })} data-testid="privacy-mask" />
        {t('dashboard.privacy.mask')}
      </label>

      {/* noValidate: our own words at the field, instead of the browser’s tooltip. */}
      <form className="retention-days" onSubmit={(e) => void saveDays(e)} noValidate>
        <label>
          {t('dashboard.retention.days')}
          <input
            type="number"
            min={7}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-invalid={daysError ? true : undefined}
            aria-describedby={daysError ? daysNote : undefined}
            data-testid="retention-days"
          />
        </label>
        <button type="submit">{t('dashboard.retention.saveDays')}</button>
        {daysError && (
          <small id={daysNote} className="field-error" role="alert" data-testid="retention-days-error">
            {daysError}
          </small>
        )}
      </form>

      <p data-testid="retention-state">
        {allowed
          ? t('dashboard.retention.active', { at: formatLocal(retention.confirmed!.at), days: retention.confirmed!.days })
          : retention.confirmed
            ? t('dashboard.retention.shortened', { days: retention.days, confirmed: retention.confirmed.days })
            : t('dashboard.retention.inactive')}
      </p>
      {expired && (
        <p className="muted" data-testid="retention-expired">
          {t('dashboard.retention.expired', { sessions: n(expired.sessions), events: n(expired.events), shifts: n(expired.shifts), days: retention.days })}
        </p>
      )}
      {lastRun && (
        <p className="muted" data-testid="retention-last-run">
          {t('dashboard.retention.lastRun', {
            at: formatLocal(lastRun.at),
            sessions: n(Number(lastRun.payload.sessions ?? 0)),
            events: n(Number(lastRun.payload.events ?? 0)),
            shifts: n(Number(lastRun.payload.shifts ?? 0)),
          })}
        </p>
      )}

      {!allowed && !confirming && (
        <button type="button" className="primary" onClick={() => setConfirming(true)} data-testid="retention-confirm">
          {t('dashboard.retention.confirm', { days: retention.days })}
        </button>
      )}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="retention-warning">
          <p id="retention-warning">
            <strong>{t('dashboard.retention.warning', { sessions: n(expired?.sessions ?? 0), days: retention.days })}</strong>
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => void confirmAndDelete()} data-testid="retention-confirm-yes">
            {t('dashboard.retention.confirmYes')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t('dashboard.retention.confirmNo')}
          </button>
        </div>
      )}
      {allowed && (
        <button type="button" onClick={() => void update({ retention: { days: retention.days, confirmed: null } })} data-testid="retention-stop">
          {t('dashboard.retention.stop')}
        </button>
      )}
      <p className="status" role="status">
        {message}
      </p>
    </section>
  );
}
