import { useEffect, useState } from 'react';
import { useI18n } from '@/components/I18n';
import { IssueList } from '@/components/IssueList';
import { useSettings } from '@/components/SettingsProvider';
import { PolicyNote, useSetByPolicy } from './PolicyNote';
import { fillSettingsSchema, issuesOf, procedureConfigSchema, type Issue, type PendingReason, type ProcedureConfig } from '@/lib/schema';

const PLACEHOLDERS =
  '{ticketId} {requesterName} {requesterGroup} {reasonCode} {reasonLabel} {attempts} {attemptList} {phone} {customerName} {until} {agentName} {agentId} {procedure} {note}';
const OUTCOMES = ['unreachable', 'approved', 'declined'] as const;

/**
 * What the instruction leaves open: the attempts rule, the longest pending, the reasons and the
 * work-log wording, plus "fill and save". Saved whole and validated; nothing half-written.
 */
export function ProcedureSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<ProcedureConfig | null>(null);
  const [autoSave, setAutoSave] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saved, setSaved] = useState(false);
  const reasonsByPolicy = useSetByPolicy('pendingReasons');

  useEffect(() => {
    if (settings && !draft) {
      setDraft(structuredClone(settings.procedure));
      setAutoSave(settings.fill.autoSave);
    }
  }, [settings, draft]);
  if (!draft) return null;

  const change = (next: Partial<ProcedureConfig>) => {
    setDraft({ ...draft, ...next });
    setSaved(false);
  };
  const changeReason = (index: number, next: Partial<PendingReason>) => change({ reasons: draft.reasons.map((r, i) => (i === index ? { ...r, ...next } : r)) });

  const save = async () => {
    const parsed = procedureConfigSchema.safeParse(draft);
    if (!parsed.success) return setIssues(issuesOf(parsed.error).map((i) => ({ ...i, path: `procedure.${i.path}` })));
    setIssues([]);
    await update({ procedure: parsed.data, fill: fillSettingsSchema.parse({ autoSave }) });
    setSaved(true);
  };

  return (
    <section className="card" data-testid="procedure-settings" aria-labelledby="procedure-title">
      <h2 id="procedure-title">{t('settings.procedure.title')}</h2>
      <p className="muted">{t('settings.procedure.intro')}</p>
      <div className="form-grid">
        <label>
          {t('settings.procedure.minFailedAttempts')}
          <input
            type="number"
            min={1}
            max={10}
            value={draft.minFailedAttempts}
            onChange={(e) => change({ minFailedAttempts: Number(e.target.value) })}
            data-testid="min-attempts"
          />
        </label>
        <label>
          {t('settings.procedure.maxPendingHours')}
          <input type="number" min={1} max={720} value={draft.maxPendingHours} onChange={(e) => change({ maxPendingHours: Number(e.target.value) })} data-testid="max-hours" />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={autoSave}
            onChange={(e) => {
              setAutoSave(e.target.checked);
              setSaved(false);
            }}
            data-testid="auto-save"
          />
          {t('settings.procedure.autoSave')}
        </label>
      </div>
      <h3>{t('settings.procedure.reasons')}</h3>
      <PolicyNote policyKey="pendingReasons" />
      {/* A policy's catalogue is shown, not edited: the background keeps it whatever is saved here. */}
      <fieldset className="plain" disabled={reasonsByPolicy}>
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('settings.procedure.reasonCode')}</th>
              <th>{t('settings.procedure.reasonLabelId')}</th>
              <th>{t('settings.procedure.reasonLabelEn')}</th>
              <th>{t('settings.procedure.reasonHours')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.reasons.map((reason, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={t('settings.procedure.reasonCode')} value={reason.code} onChange={(e) => changeReason(i, { code: e.target.value })} />
                </td>
                <td>
                  <input
                    aria-label={t('settings.procedure.reasonLabelId')}
                    value={reason.label.id}
                    onChange={(e) => changeReason(i, { label: { ...reason.label, id: e.target.value } })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('settings.procedure.reasonLabelEn')}
                    value={reason.label.en}
                    onChange={(e) => changeReason(i, { label: { ...reason.label, en: e.target.value } })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('settings.procedure.reasonHours')}
                    type="number"
                    min={1}
                    max={720}
                    value={reason.defaultPendingHours}
                    onChange={(e) => changeReason(i, { defaultPendingHours: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => change({ reasons: draft.reasons.filter((_, j) => j !== i) })}>
                    {t('settings.procedure.removeReason')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => change({ reasons: [...draft.reasons, { code: '', label: { id: '', en: '' }, defaultPendingHours: 24 }] })}>
          {t('settings.procedure.addReason')}
        </button>
      </fieldset>
      <h3>{t('settings.procedure.templates')}</h3>
      <p className="muted">{t('settings.procedure.placeholders', { list: PLACEHOLDERS })}</p>
      {OUTCOMES.map((outcome) => (
        <label key={outcome} className="block">
          {t(`settings.procedure.template.${outcome}`)}
          <textarea rows={3} value={draft.workLogTemplates[outcome]} onChange={(e) => change({ workLogTemplates: { ...draft.workLogTemplates, [outcome]: e.target.value } })} />
        </label>
      ))}
      <IssueList issues={issues} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} data-testid="procedure-save">
          {t('settings.save')}
        </button>
        <span role="status">{saved ? t('settings.saved') : ''}</span>
      </div>
    </section>
  );
}
