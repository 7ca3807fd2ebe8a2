import type { MessageKey } from '@/lib/i18n';
import type { FieldResult } from '@/lib/schema';
import { useI18n } from '../../I18n';

type T = ReturnType<typeof useI18n>['t'];
export const fieldLabel = (t: T, field: string) => t(`field.${field}` as MessageKey) ?? field;

/** One field's outcome in words the agent can act on; a check also says what NOSSA held. */
export function fieldText(t: T, f: FieldResult, kind: 'fill' | 'verify'): string {
  if (f.status === 'done' && f.already) return t(f.field.startsWith('commit:') ? 'fill.status.alreadyCommitted' : 'fill.status.already');
  if (f.status === 'done' && f.field.startsWith('commit:')) return t('fill.status.pressed');
  if (f.status === 'done') return kind === 'verify' ? t('fill.status.saved', { actual: f.actual ?? '—' }) : t('fill.status.done');
  const reason = t(`fill.reason.${f.reason ?? 'mismatch'}`, { message: f.message ?? '', actual: f.actual ?? '—' });
  return kind === 'verify' && f.reason !== 'unsaved' ? `${reason} ${t('fill.expectedHeld', { expected: f.expected, actual: f.actual ?? '—' })}` : reason;
}

/** Per-field results of a fill or a check, kept visible after the session ends (item 8). */
export function FillFieldList({ fields, kind, testId }: { fields: readonly FieldResult[]; kind: 'fill' | 'verify'; testId: string }) {
  const { t } = useI18n();
  if (fields.length === 0) return null;
  return (
    <ul className="fill-results" data-testid={testId}>
      {fields.map((f) => (
        <li key={f.field} className={f.status} data-field={f.field} data-status={f.status} data-reason={f.reason ?? ''}>
          <strong>{fieldLabel(t, f.field)}</strong>: {fieldText(t, f, kind)}
        </li>
      ))}
    </ul>
  );
}
