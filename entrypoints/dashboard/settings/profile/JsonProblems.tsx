import { useI18n } from '@/components/I18n';
import { formatPath } from '@/lib/schema/issues';
import type { ProfileProblem } from './validate';
import { problemSentence } from './words';

/**
 * The JSON view's problems: each said in words with the field's label, and its exact path for
 * the lead who edits the text by hand.
 */
export function JsonProblems({ problems, intro }: { problems: readonly ProfileProblem[]; intro: string }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <div className="alert" role="alert" data-testid="issues">
      <p>{intro}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {problemSentence(p, t)} {p.path.length > 0 && <code>{formatPath(p.path)}</code>}
          </li>
        ))}
      </ul>
    </div>
  );
}
