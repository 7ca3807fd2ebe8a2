import type { Translate } from '@/lib/i18n/translate';
import { refusalCodeOf } from '@/lib/messaging/errors';
import { isTransient } from '@/lib/messaging/retry';
import { errorText } from '../../error-text';
import { useI18n } from '../../I18n';
import { flowSteps, useFlowSteps } from './load-steps';

/**
 * Why the steps did not load, in the agent's words only: a refusal as its own text, a background
 * that cannot be reached as the flow's "tidak dapat menghubungi" text, anything else (Chrome's
 * own English, such as an injection it refused) as "Coba lagi" alone; load-steps.ts logs the detail.
 */
export function stepsFailureText(t: Translate, error: unknown): string {
  const why = refusalCodeOf(error) || isTransient(error) ? errorText(t, error, () => t('flow.loadUnreachable')) : t('flow.stepsRetryHint');
  return `${t('flow.stepsFailed')} ${why}`;
}

/**
 * While the steps' script is on its way (tens of ms): says so. When it could not be loaded: an
 * alert that says why and "Coba lagi", the place keyboard focus goes (FlowPanel's focusPlace).
 * "Coba lagi" stays in place while it tries again (not clickable), so focus is not dropped to
 * NOSSA's page; the alert is shown anew for each failure, so a screen reader announces each.
 */
export function StepsLoading() {
  const { t } = useI18n();
  const steps = useFlowSteps();
  const failed = steps.status === 'failed';
  const retrying = steps.status === 'loading' && steps.retrying;
  return (
    <div className="step" data-testid="flow-steps-loading" data-state={failed ? 'failed' : 'loading'}>
      {steps.status === 'failed' ? (
        <p key="failed" className="alert" role="alert" data-testid="flow-steps-failed">
          {stepsFailureText(t, steps.error)}
        </p>
      ) : (
        <p key="loading" className="hint" role="status">
          {t('flow.stepsLoading')}
        </p>
      )}
      {(failed || retrying) && (
        <button type="button" aria-disabled={retrying} onClick={() => void flowSteps.load()} data-step-focus data-testid="flow-steps-retry">
          {t('flow.reload')}
        </button>
      )}
    </div>
  );
}
