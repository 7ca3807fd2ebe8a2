import { checkPendingUntil } from '@/lib/procedure';
import type { ProcedureConfig } from '@/lib/schema';
import { formatLocal, fromLocalInput } from '@/lib/time';
import { useI18n } from '../../I18n';
import { Field } from './Field';

/**
 * A pending-until entered in local time, validated as the agent types (in the future, within
 * the configured maximum) and echoed with its zone name (WIB / WITA / WIT).
 */
export function useUntil(value: string, config: ProcedureConfig) {
  const { t } = useI18n();
  const instant = value ? fromLocalInput(value) : null;
  let error: string | null = null;
  if (!instant) error = t('validation.dateTime');
  else {
    const refusal = checkPendingUntil(instant, { now: new Date().toISOString(), rules: config });
    if (refusal?.code === 'until-not-future') error = t('refusal.until-not-future');
    if (refusal?.code === 'until-too-far') error = t('refusal.until-too-far', { maxHours: refusal.maxHours });
  }
  return { instant, error };
}

export function UntilInput({ label, value, onChange, config, testId }: { label: string; value: string; onChange: (v: string) => void; config: ProcedureConfig; testId: string }) {
  const { instant, error } = useUntil(value, config);
  return (
    <Field label={label} error={error} hint={instant ? formatLocal(instant) : undefined}>
      {(id, d) => <input id={id} aria-describedby={d} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />}
    </Field>
  );
}
