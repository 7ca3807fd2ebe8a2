import type { Issue } from '@/lib/schema';
import { useI18n } from './I18n';

/** Validation problems with their exact path, so an admin knows where to look. */
export function IssueList({ issues }: { issues: Issue[] }) {
  const { t } = useI18n();
  if (!issues.length) return null;
  return (
    <div className="alert" role="alert" data-testid="issues">
      <p>{t('settings.invalid')}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path || '(root)'}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
