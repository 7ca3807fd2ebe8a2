import { useI18n } from '@/components/I18n';
import { CONTROL_STRATEGIES, withOptional, type ActionDraft } from './draft';
import { LocatorList } from './LocatorList';
import { invalidProps, Problems } from './Problems';
import { problemsUnder, type ProfileProblem } from './validate';
import { actionLabel } from './words';

interface Props {
  name: string;
  action: ActionDraft;
  problems: readonly ProfileProblem[];
  /** Whether the open NOSSA page shows the control now; undefined: not checked. */
  found: boolean | undefined;
  /** The fields that name this action (it cannot be removed while they do). */
  usedBy: string[];
  onChange: (next: ActionDraft) => void;
  onRemove: () => void;
}

/** One tab or button Pandu presses: where to look for it and the ways to find it, compact. */
export function ActionForm({ name, action, problems, found, usedBy, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const label = actionLabel(t, name);
  const path = ['actions', name] as const;
  const mine = problemsUnder(problems, path);
  const scopeProblems = problemsUnder(mine, [...path, 'scope']);
  const unplaced = mine.filter((p) => p.path[2] !== 'scope' && p.path[2] !== 'locators');
  return (
    <details className={`profile-item action${mine.length ? ' has-problems' : ''}`} open={mine.length > 0 || undefined} data-testid="profile-action" data-action={name}>
      <summary>
        <span className="item-name">{label}</span>
        <code className="item-key">{name}</code>
        {found !== undefined && (
          <span className={`field-status status-${found ? 'found' : 'missing-soft'}`} data-status={found ? 'found' : 'absent'}>
            {t(found ? 'profileEditor.actionStatus.found' : 'profileEditor.actionStatus.missing')}
          </span>
        )}
        {mine.length > 0 && <span className="problem-count">⚠ {mine.length}</span>}
      </summary>
      <div className="item-body">
        <Problems problems={unplaced} path={path} />
        <label className="inline">
          <span>{t('profileEditor.scope')}</span>
          <input
            type="text"
            spellCheck={false}
            value={action.scope ?? ''}
            onInput={(e) => onChange(withOptional(action, 'scope', e.currentTarget.value))}
            aria-label={`${label}: ${t('profileEditor.scope')}`}
            {...invalidProps(scopeProblems.length > 0, [...path, 'scope'])}
          />
        </label>
        <Problems problems={scopeProblems} path={[...path, 'scope']} />
        <LocatorList
          owner={label}
          locators={action.locators}
          strategies={CONTROL_STRATEGIES}
          path={[...path, 'locators']}
          problems={problemsUnder(mine, [...path, 'locators'])}
          onChange={(locators) => onChange({ ...action, locators })}
        />
        {usedBy.length ? (
          <p className="muted">{t('profileEditor.actionInUse', { name: label, fields: usedBy.join(', ') })}</p>
        ) : (
          <button type="button" onClick={onRemove} data-testid="remove-action">
            {t('profileEditor.removeAction', { name: label })}
          </button>
        )}
      </div>
    </details>
  );
}
