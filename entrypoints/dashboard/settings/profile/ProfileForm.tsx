import { useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { PageCheck } from '@/lib/sites';
import { ActionForm } from './ActionForm';
import { newLocator, withAction, withField, withoutAction, type ProfileDraft } from './draft';
import { FieldForm } from './FieldForm';
import type { ProfileProblem } from './validate';
import { fieldLabel } from './words';

interface Props {
  draft: ProfileDraft;
  problems: readonly ProfileProblem[];
  /** The open NOSSA tab's report (null: none yet) and whether it is older than the content. */
  report: PageCheck | null;
  stale: boolean;
  /** Fields shown unfolded (the parent opens the one with the first problem on a refused save). */
  openFields: ReadonlySet<string>;
  onToggleField: (key: string, open: boolean) => void;
  onChange: (next: ProfileDraft) => void;
}

const ACTION_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** The profile as forms: every field, then every action (tab, button), each with its problems at hand. */
export function ProfileForm({ draft, problems, report, stale, openFields, onToggleField, onChange }: Props) {
  const { t } = useI18n();
  const [newName, setNewName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const actions = Object.keys(draft.actions);
  const statusOf = (field: string) => report?.fields.find((f) => f.field === field);
  const usedBy = (action: string) =>
    Object.entries(draft.fields)
      .filter(([, f]) => f.reach.includes(action) || f.renderedBy === action)
      .map(([key]) => fieldLabel(t, key));

  const addAction = () => {
    const name = newName.trim();
    if (!ACTION_NAME.test(name)) return setNameProblem(t('profileEditor.actionNameBad'));
    if (name in draft.actions) return setNameProblem(t('profileEditor.actionNameTaken', { name }));
    setNameProblem(null);
    setNewName('');
    onChange(withAction(draft, name, { locators: [newLocator('role')] }));
  };

  return (
    <div className="profile-form" data-testid="profile-form">
      <h3>{t('profileEditor.fields')}</h3>
      <p className="muted">{t('profileEditor.fieldsIntro')}</p>
      <div className="profile-items">
        {Object.entries(draft.fields).map(([key, field]) => (
          <FieldForm
            key={key}
            fieldKey={key}
            field={field}
            actions={actions}
            problems={problems}
            status={statusOf(key)}
            stale={stale}
            open={openFields.has(key)}
            onToggle={(open) => onToggleField(key, open)}
            onChange={(next) => onChange(withField(draft, key, next))}
          />
        ))}
      </div>
      <h3>{t('profileEditor.actions')}</h3>
      <p className="muted">{t('profileEditor.actionsIntro')}</p>
      <div className="profile-items">
        {Object.entries(draft.actions).map(([name, action]) => (
          <ActionForm
            key={name}
            name={name}
            action={action}
            problems={problems}
            found={report?.actions.find((a) => a.action === name)?.found}
            usedBy={usedBy(name)}
            onChange={(next) => onChange(withAction(draft, name, next))}
            onRemove={() => onChange(withoutAction(draft, name))}
          />
        ))}
      </div>
      <div className="actions add-action">
        <label className="inline">
          <span>{t('profileEditor.newActionName')}</span>
          <input
            type="text"
            spellCheck={false}
            value={newName}
            onInput={(e) => setNewName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addAction();
              }
            }}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? 'pe-new-action-problem' : undefined}
            data-testid="new-action-name"
          />
        </label>
        <button type="button" onClick={addAction} data-testid="add-action">
          {t('profileEditor.addAction')}
        </button>
        {nameProblem && (
          <span className="field-problems" id="pe-new-action-problem" role="alert">
            {nameProblem}
          </span>
        )}
      </div>
    </div>
  );
}
