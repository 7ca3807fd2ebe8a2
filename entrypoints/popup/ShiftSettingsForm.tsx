import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/I18n';
import { ClockInput } from '@/components/time-entry/ClockInput';
import { ZoneBadge } from '@/components/time-entry/ZoneBadge';
import { useSettings } from '@/components/SettingsProvider';
import type { MessageKey } from '@/lib/i18n';
import { shiftSettingsSchema, type ShiftDefinition, type ShiftSettings } from '@/lib/schema';

/** A new shift's id: stable when the shift is renamed later (records keep pointing at it). */
const newId = (taken: readonly ShiftDefinition[]) => {
  for (let n = taken.length + 1; ; n += 1) if (!taken.some((d) => d.id === `shift-${n}`)) return `shift-${n}`;
};

const ERRORS: Record<string, MessageKey> = {
  overlap: 'popup.settings.error.overlap',
  'duplicate-name': 'popup.settings.error.duplicate-name',
  'duplicate-id': 'popup.settings.error.duplicate-name',
};

/**
 * Shift times in local time, the grace period and when a checklist opens. Checked as a whole
 * before it is stored (no overlaps, distinct names); a refused form stores nothing.
 */
export function ShiftSettingsForm({ value }: { value: ShiftSettings }) {
  const { t } = useI18n();
  const { update } = useSettings();
  const [definitions, setDefinitions] = useState<ShiftDefinition[]>(value.definitions);
  const [grace, setGrace] = useState(String(value.graceMinutes));
  const [opens, setOpens] = useState(String(value.opensMinutesBefore));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // Follows what is stored (saved here, or changed in another window).
  const stored = JSON.stringify(value);
  useEffect(() => {
    setDefinitions(value.definitions);
    setGrace(String(value.graceMinutes));
    setOpens(String(value.opensMinutesBefore));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the stored value's content, not the object a push brings
  }, [stored]);

  const edit = (index: number, patch: Partial<ShiftDefinition>) => setDefinitions((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const reset = () => {
    const defaults = shiftSettingsSchema.parse({});
    setDefinitions(defaults.definitions);
    setGrace(String(defaults.graceMinutes));
    setOpens(String(defaults.opensMinutesBefore));
    setStatus(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);
    const parsed = shiftSettingsSchema.safeParse({ definitions, graceMinutes: number(grace), opensMinutesBefore: number(opens) });
    if (!parsed.success) {
      const known = parsed.error.issues.map((issue) => ERRORS[issue.message]).find(Boolean);
      return setStatus({ ok: false, text: t(known ?? 'popup.settings.error.invalid') });
    }
    try {
      await update({ shifts: parsed.data });
      setStatus({ ok: true, text: t('popup.settings.saved') });
    } catch (error) {
      setStatus({ ok: false, text: t('popup.backgroundDown', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <form className="shift-settings" onSubmit={submit} aria-labelledby="shift-settings-title" data-testid="shift-settings">
      <h3 id="shift-settings-title">
        {t('popup.settings.shifts')} <ZoneBadge at={new Date()} />
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('popup.settings.shiftName')}</th>
            <th scope="col">{t('popup.settings.start')}</th>
            <th scope="col">{t('popup.settings.end')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {definitions.map((d, i) => (
            <tr key={d.id} data-testid={`shift-row-${d.id}`}>
              <td>
                <input aria-label={`${t('popup.settings.shiftName')} ${i + 1}`} value={d.name} maxLength={24} onChange={(e) => edit(i, { name: e.target.value })} required />
              </td>
              <td>
                <ClockInput ariaLabel={`${t('popup.settings.start')} ${d.name}`} value={d.start} onChange={(start) => edit(i, { start })} />
              </td>
              <td>
                <ClockInput ariaLabel={`${t('popup.settings.end')} ${d.name}`} value={d.end} onChange={(end) => edit(i, { end })} />
              </td>
              <td>
                <button
                  type="button"
                  className="icon"
                  disabled={definitions.length === 1}
                  onClick={() => setDefinitions((list) => list.filter((_, j) => j !== i))}
                  aria-label={t('popup.settings.remove', { name: d.name })}
                  title={t('popup.settings.remove', { name: d.name })}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('popup.settings.overnight')}</p>
      {definitions.length < 6 && (
        <button type="button" onClick={() => setDefinitions((list) => [...list, { id: newId(list), name: '', start: '00:00', end: '00:00' }])}>
          + {t('popup.settings.add')}
        </button>
      )}
      <label className="inline">
        {t('popup.settings.grace')}
        <input type="number" min={0} max={240} value={grace} onChange={(e) => setGrace(e.target.value)} data-testid="grace-minutes" />
      </label>
      <label className="inline">
        {t('popup.settings.opens')}
        <input type="number" min={0} max={120} value={opens} onChange={(e) => setOpens(e.target.value)} data-testid="opens-minutes" />
      </label>
      <div className="actions">
        <button type="submit" className="primary" data-testid="shift-settings-save">
          {t('popup.settings.save')}
        </button>
        <button type="button" onClick={reset}>
          {t('popup.settings.reset')}
        </button>
      </div>
      {status && (
        <p className={status.ok ? 'status ok' : 'alert'} role={status.ok ? 'status' : 'alert'} data-testid="shift-settings-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
