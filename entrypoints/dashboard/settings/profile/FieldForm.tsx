import { useI18n } from '@/components/I18n';
import type { FieldCheck } from '@/lib/sites';
import { FIELD_KINDS, FIELD_STRATEGIES, withOptional, type FieldDraft } from './draft';
import { FieldStatus } from './FieldStatus';
import { LocatorList } from './LocatorList';
import { invalidProps, Problems } from './Problems';
import { ReachList } from './ReachList';
import { problemsAt, problemsUnder, type ProfileProblem } from './validate';
import { actionLabel, fieldLabel } from './words';

interface Props {
  fieldKey: string;
  field: FieldDraft;
  actions: string[];
  /** Every problem of the profile; the form shows the ones under this field, each at its control. */
  problems: readonly ProfileProblem[];
  status: FieldCheck | undefined;
  stale: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (next: FieldDraft) => void;
}

/**
 * One NOSSA field: its label as NOSSA shows it, its live status on the open tab, its kind, the
 * ordered ways to find it, the actions that bring it up, and (folded) where to look.
 */
export function FieldForm({ fieldKey, field, actions, problems, status, stale, open, onToggle, onChange }: Props) {
  const { t } = useI18n();
  const label = fieldLabel(t, fieldKey);
  const path = ['fields', fieldKey] as const;
  const mine = problemsUnder(problems, path);
  const at = (...sub: PropertyKey[]) => problemsUnder(mine, [...path, ...sub]);
  const placed = (p: ProfileProblem) => ['kind', 'locators', 'reach', 'scope', 'exclude', 'renderedBy'].includes(String(p.path[2]));
  const unplaced = mine.filter((p) => !placed(p));
  const advancedProblems = [...at('scope'), ...at('exclude'), ...at('renderedBy')];
  const kinds: readonly string[] = FIELD_KINDS.includes(field.kind as never) ? FIELD_KINDS : [field.kind, ...FIELD_KINDS];

  return (
    <details
      className={`profile-item${mine.length ? ' has-problems' : ''}`}
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
      data-testid="profile-field"
      data-field={fieldKey}
    >
      <summary>
        <span className="item-name">{label}</span>
        <code className="item-key">{fieldKey}</code>
        <FieldStatus status={status} stale={stale} />
        {mine.length > 0 && <span className="problem-count">⚠ {mine.length}</span>}
      </summary>
      <div className="item-body">
        <Problems problems={unplaced} path={path} />
        <label className="inline">
          <span>{t('profileEditor.kind')}</span>
          <select
            value={field.kind}
            onChange={(e) => onChange({ ...field, kind: e.currentTarget.value })}
            data-testid="field-kind"
            aria-label={`${label}: ${t('profileEditor.kind')}`}
            {...invalidProps(at('kind').length > 0, [...path, 'kind'])}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {FIELD_KINDS.includes(kind as never) ? t(`profileEditor.kind.${kind as (typeof FIELD_KINDS)[number]}`) : kind}
              </option>
            ))}
          </select>
        </label>
        <Problems problems={problemsAt(mine, [...path, 'kind'])} path={[...path, 'kind']} />
        <LocatorList
          owner={label}
          locators={field.locators}
          strategies={FIELD_STRATEGIES}
          path={[...path, 'locators']}
          problems={at('locators')}
          onChange={(locators) => onChange({ ...field, locators })}
        />
        <ReachList owner={label} reach={field.reach} actions={actions} path={[...path, 'reach']} problems={at('reach')} onChange={(reach) => onChange({ ...field, reach })} />
        <details className="advanced" open={advancedProblems.length > 0 || undefined}>
          <summary>{t('profileEditor.advanced')}</summary>
          {(['scope', 'exclude'] as const).map((key) => (
            <label key={key} className="inline">
              <span>{t(`profileEditor.${key}`)}</span>
              <input
                type="text"
                spellCheck={false}
                value={field[key] ?? ''}
                onInput={(e) => onChange(withOptional(field, key, e.currentTarget.value))}
                aria-label={`${label}: ${t(`profileEditor.${key}`)}`}
                data-testid={`field-${key}`}
                {...invalidProps(at(key).length > 0, [...path, 'advanced'])}
              />
            </label>
          ))}
          <label className="inline">
            <span>{t('profileEditor.renderedBy')}</span>
            <select
              value={field.renderedBy ?? ''}
              onChange={(e) => onChange(withOptional(field, 'renderedBy', e.currentTarget.value))}
              aria-label={`${label}: ${t('profileEditor.renderedBy')}`}
              data-testid="field-renderedBy"
              {...invalidProps(at('renderedBy').length > 0, [...path, 'advanced'])}
            >
              <option value="">{t('profileEditor.none')}</option>
              {(field.renderedBy && !actions.includes(field.renderedBy) ? [field.renderedBy, ...actions] : actions).map((a) => (
                <option key={a} value={a}>
                  {actionLabel(t, a)}
                </option>
              ))}
            </select>
          </label>
          <Problems problems={advancedProblems} path={[...path, 'advanced']} />
        </details>
      </div>
    </details>
  );
}
