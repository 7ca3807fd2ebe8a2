import { useState } from 'react';
import { buildFillSteps, findField, readField, runSteps, verifySteps, type UpdatePlan } from '@/lib/fill';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { FieldResult, FillResult, PanduEvent } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { useSiteProfile } from '../SiteProfileContext';
import { useFlowSnapshot, useFlowStore } from './useFlow';

const fieldLabel = (t: ReturnType<typeof useI18n>['t'], field: string) => t(`field.${field}` as MessageKey) ?? field;

/** The last stored run of a kind, so a reload shows where the update stands. */
function lastRun(events: PanduEvent[], type: 'fill.result' | 'fill.verify'): FillResult | null {
  const found = [...events].reverse().find((e) => e.type === type);
  return found ? (found.payload as unknown as FillResult) : null;
}

/**
 * Fills NOSSA for the chosen outcome when the agent clicks, shows every field's result, and after
 * the agent saved in NOSSA (or Pandu did, with "fill and save") reads the ticket back before the
 * flow can finish as "filled". Every run is recorded in the audit trail.
 */
export function FillSection({ plan, workLog }: { plan: UpdatePlan; workLog: string }) {
  const { t } = useI18n();
  const profile = useSiteProfile();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const { settings } = useSettings();
  const [running, setRunning] = useState<'fill' | 'verify' | null>(null);
  const [progress, setProgress] = useState<FieldResult[]>([]);
  const sessionId = view!.session.id;
  const autoSave = settings?.fill.autoSave ?? false;
  const steps = buildFillSteps({ ...plan, values: plan.values.map((v) => (v.field === 'workLog' ? { ...v, value: workLog } : v)) }, profile, { commit: autoSave });
  const fill = lastRun(view!.events, 'fill.result');
  const verify = lastRun(view!.events, 'fill.verify');
  const filledAfterVerify = fill && verify && fill.startedAt > verify.startedAt;

  const record = (result: FillResult) => sendMessage('recordFill', { sessionId, result });

  const doVerify = async () => {
    setRunning('verify');
    const result = await runSteps(document, profile, verifySteps(plan, profile), { kind: 'verify' });
    await record(result);
    setRunning(null);
    if (result.ok) await store.send({ type: 'markApplied', workLog, by: 'fill' });
  };

  const doFill = async () => {
    setRunning('fill');
    setProgress([]);
    const result = await runSteps(document, profile, steps, { kind: 'fill', onProgress: setProgress });
    await record(result);
    setRunning(null);
    if (result.ok && result.committed) await doVerify();
  };

  const shown = running === 'fill' ? progress : fill?.fields ?? [];
  const nowOnPage = (field: string) => {
    const el = findField(document, profile, field);
    return el ? (readField(el) ?? '') : null;
  };

  return (
    <section className="fill" aria-labelledby="pandu-fill-title" data-testid="fill-section">
      <h3 id="pandu-fill-title">{t('fill.result.title')}</h3>
      {!fill && (
        <table className="plan" data-testid="fill-preview">
          <thead>
            <tr>
              <th scope="col">{t('fill.preview.field')}</th>
              <th scope="col">{t('fill.preview.now')}</th>
              <th scope="col">{t('fill.preview.write')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.flatMap((s) => (s.kind === 'set' ? [s] : [])).map((s) => {
              const now = nowOnPage(s.field);
              return (
                <tr key={s.field} data-field={s.field}>
                  <th scope="row">{fieldLabel(t, s.field)}</th>
                  <td className={now == null ? 'missing' : ''}>{now ?? t('fill.preview.notShown')}</td>
                  <td className="write">{s.value}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {running && <p className="hint strong" role="status">{t('fill.running')}</p>}
      {shown.length > 0 && (
        <ul className="fill-results" data-testid="fill-results">
          {shown.map((f) => (
            <li key={f.field} className={f.status} data-field={f.field} data-status={f.status} data-reason={f.reason ?? ''}>
              <strong>{fieldLabel(t, f.field)}</strong>: {f.status === 'done' ? t('fill.status.done') : t(`fill.reason.${f.reason ?? 'mismatch'}`, { message: f.message ?? '', actual: f.actual ?? '—' })}
            </li>
          ))}
        </ul>
      )}
      {fill && !running && (
        <p className={fill.ok ? 'hint' : 'alert'} role={fill.ok ? 'status' : 'alert'} data-testid="fill-summary">
          {fill.ok ? t('fill.result.ok', { seconds: (fill.totalMs / 1000).toFixed(1) }) : t('fill.result.failed')}
        </p>
      )}
      {fill?.ok && !fill.committed && !running && <p className="next" data-testid="fill-next">{t(plan.pended ? 'fill.next.pended' : 'fill.next.declined')}</p>}
      {verify && !verify.ok && !filledAfterVerify && !running && (
        <div className="alert" role="alert" data-testid="verify-failed">
          <p>{t('fill.verifyFailed')}</p>
          <ul>
            {verify.fields.filter((f) => f.status === 'failed').map((f) => (
              <li key={f.field}>{fieldLabel(t, f.field)}: {t(`fill.reason.${f.reason ?? 'mismatch'}`, { message: f.message ?? '', actual: f.actual ?? '—' })}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" className={fill?.ok ? '' : 'primary'} disabled={busy || running != null} onClick={() => void doFill()} data-testid="fill-run">
          {fill ? t('fill.retry') : t('fill.button')}
        </button>
        {fill?.ok && (
          <button type="button" className="primary" disabled={busy || running != null} onClick={() => void doVerify()} data-testid="fill-verify">
            {t('fill.verify')}
          </button>
        )}
      </div>
    </section>
  );
}
