import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import type { PolicyKey } from '@/lib/schema';

/** Whether an enterprise policy sets this part of the settings now (then it is read-only here). */
export function useSetByPolicy(key: PolicyKey): boolean {
  return useSettings().settings?.policy.includes(key) ?? false;
}

/** Says, where a setting is shown, that a policy sets it: the lead must not edit in vain. */
export function PolicyNote({ policyKey }: { policyKey: PolicyKey }) {
  const { t } = useI18n();
  if (!useSetByPolicy(policyKey)) return null;
  return (
    <p className="policy-note" role="note" data-testid={`policy-note-${policyKey}`}>
      {t('settings.policy.set')}
    </p>
  );
}
