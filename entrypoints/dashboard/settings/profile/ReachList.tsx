import { useI18n } from '@/components/I18n';
import { moved, removed, replaced } from './draft';
import { RowButtons } from './RowButtons';
import { invalidProps, Problems } from './Problems';
import { useMoveFocus } from './useMoveFocus';
import { problemsUnder, type ProfileProblem } from './validate';
import { actionLabel } from './words';

interface Props {
  owner: string;
  reach: string[];
  /** The profile's actions, by name. */
  actions: string[];
  path: readonly PropertyKey[];
  problems: readonly ProfileProblem[];
  onChange: (next: string[]) => void;
}

/** The actions that bring a field onto the page (open a tab, a dialog, a new row), tried in order. */
export function ReachList({ owner, reach, actions, path, problems, onChange }: Props) {
  const { t } = useI18n();
  const { list, movedTo } = useMoveFocus<HTMLOListElement>();
  const move = (i: number, step: -1 | 1) => {
    onChange(moved(reach, i, step));
    movedTo(i + step, step);
  };
  const unused = actions.find((a) => !reach.includes(a));
  return (
    <div className="reach-list">
      <p className="list-title">{t('profileEditor.reach')}</p>
      {!reach.length && <p className="muted">{t('profileEditor.reachNone')}</p>}
      <ol ref={list}>
        {reach.map((name, i) => {
          const n = i + 1;
          const itemPath = [...path, i];
          const itemProblems = problemsUnder(problems, itemPath);
          const choices = actions.includes(name) ? actions : [name, ...actions];
          return (
            <li key={i} className="reach-row">
              <select
                value={name}
                onChange={(e) => onChange(replaced(reach, i, e.currentTarget.value))}
                aria-label={t('profileEditor.reachN', { owner, n })}
                data-testid="reach-action"
                {...invalidProps(itemProblems.length > 0, itemPath)}
              >
                {choices.map((a) => (
                  <option key={a} value={a}>
                    {actionLabel(t, a)}
                  </option>
                ))}
              </select>
              <RowButtons
                index={i}
                count={reach.length}
                onMove={move}
                onRemove={() => onChange(removed(reach, i))}
                labels={{ up: t('profileEditor.moveReachUp', { n }), down: t('profileEditor.moveReachDown', { n }), remove: t('profileEditor.removeReach', { n }) }}
              />
              <Problems problems={itemProblems} path={itemPath} />
            </li>
          );
        })}
      </ol>
      {unused && (
        <button type="button" onClick={() => onChange([...reach, unused])} data-testid="add-reach">
          {t('profileEditor.addReach')}
        </button>
      )}
    </div>
  );
}
