import { useI18n } from '@/components/I18n';
import { teamErrorText } from './error-text';

/** A failed team request, said plainly where its result would be. */
export function TeamErrorLine({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="team-error" data-testid="team-error">
      {teamErrorText(t, error)}
    </p>
  );
}
