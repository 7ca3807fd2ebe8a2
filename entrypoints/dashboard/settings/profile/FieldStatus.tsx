import { useI18n } from '@/components/I18n';
import type { FieldCheck } from '@/lib/sites';
import { actionLabel } from './words';

/**
 * One field's place on the open NOSSA page, in words: found, behind a tab or dialog (with the
 * actions in between), on another tab, missing, or not checked. `stale`: the content changed
 * since this answer.
 */
export function FieldStatus({ status, stale }: { status: FieldCheck | undefined; stale: boolean }) {
  const { t } = useI18n();
  const via = (status?.via ?? []).map((a) => actionLabel(t, a)).join(' → ');
  // The panel's deep check reports 'not-checked' for what it could not open: behind, in words.
  const raw: string = status?.status ?? 'unchecked';
  const kind = raw === 'not-checked' ? 'behind' : raw;
  const text = (() => {
    switch (kind) {
      case 'found':
        return t('profileEditor.status.found');
      case 'behind':
        return t('profileEditor.status.behind', { via });
      case 'other-tab':
        return t('profileEditor.status.otherTab', { via });
      case 'missing':
        return t('profileEditor.status.missing');
      case 'error':
        return t('profileEditor.status.error', { message: status?.message ?? '' });
      default:
        return t('profileEditor.status.unchecked');
    }
  })();
  return (
    <span className={`field-status status-${kind}${stale ? ' stale' : ''}`} data-testid="field-status" data-status={kind}>
      {text}
      {stale && status ? ` (${t('profileEditor.status.stale')})` : ''}
    </span>
  );
}
