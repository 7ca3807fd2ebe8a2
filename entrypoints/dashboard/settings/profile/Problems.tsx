import { useI18n } from '@/components/I18n';
import type { ProfileProblem } from './validate';
import { problemSentence } from './words';

/** The id of the problem list at a path, for the controls' aria-describedby. */
export const problemsId = (path: readonly PropertyKey[]) => `pe-problems-${path.map(String).join('-')}`;

/** Problems said in words right where they are (a locator's row, the kind select, the field). */
export function Problems({ problems, path }: { problems: readonly ProfileProblem[]; path: readonly PropertyKey[] }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <ul className="field-problems" id={problemsId(path)} data-testid="field-problems">
      {problems.map((p, i) => (
        <li key={i}>{problemSentence(p, t)}</li>
      ))}
    </ul>
  );
}

/** aria attributes for a control with (or without) problems described at `listPath`. */
export const invalidProps = (invalid: boolean, listPath: readonly PropertyKey[]) => (invalid ? { 'aria-invalid': true as const, 'aria-describedby': problemsId(listPath) } : {});
