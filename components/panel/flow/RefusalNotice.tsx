import { errorText } from '../../error-text';
import type { FlowRefusal } from '@/lib/procedure';
import { useI18n } from '../../I18n';
import { useFlowSnapshot, useFlowStore } from './useFlow';

function refusalText(t: ReturnType<typeof useI18n>['t'], refusal: FlowRefusal): string {
  switch (refusal.code) {
    case 'invalid-event':
      return t('refusal.invalid-event', { detail: refusal.detail });
    case 'not-enough-attempts':
      return t('refusal.not-enough-attempts', { needed: refusal.needed, have: refusal.have });
    case 'until-too-far':
      return t('refusal.until-too-far', { maxHours: refusal.maxHours });
    default:
      return t(`refusal.${refusal.code}`);
  }
}

/** Says plainly why the last action was not recorded. */
export function RefusalNotice() {
  const { t } = useI18n();
  const { refusal, error } = useFlowSnapshot();
  const store = useFlowStore();
  if (!refusal && error == null) return null;
  const text = refusal ? refusalText(t, refusal) : errorText(t, error, () => t('panel.backgroundDown'));
  return (
    <p className="alert" role="alert" data-testid="flow-refusal">
      {text}{' '}
      <button type="button" className="link" onClick={store.dismissRefusal}>
        ✕
      </button>
    </p>
  );
}
