import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n';
import { RowButtons } from './RowButtons';
import { moved, newLocator, partsOf, removed, replaced, withStrategy, type LocatorDraft } from './draft';
import { invalidProps, Problems } from './Problems';
import { useMoveFocus } from './useMoveFocus';
import { problemsUnder, type ProfileProblem } from './validate';

interface Props {
  /** The field's or action's name in words, for every control's accessible name. */
  owner: string;
  locators: LocatorDraft[];
  strategies: readonly string[];
  /** The list's path in the profile (fields.x.locators), to place problems. */
  path: readonly PropertyKey[];
  problems: readonly ProfileProblem[];
  onChange: (next: LocatorDraft[]) => void;
}

/**
 * A field's (or a control's) locators as an ordered list: tried from the top, so order matters
 * and each row can move. Each row: the strategy, then what it needs (texts, a selector, a name,
 * a role). Problems show in the row, in words.
 */
export function LocatorList({ owner, locators, strategies, path, problems, onChange }: Props) {
  const { t } = useI18n();
  const byText = (by: string) => (strategies.includes(by) ? t(`profileEditor.by.${by}` as MessageKey) : t('profileEditor.by.unknown', { by }));
  const listProblems = problems.filter((p) => p.path.length === path.length);
  const { list, movedTo } = useMoveFocus<HTMLOListElement>();
  const move = (i: number, step: -1 | 1) => {
    onChange(moved(locators, i, step));
    movedTo(i + step, step);
  };
  return (
    <div className="locator-list" data-testid="locator-list">
      <p className="list-title">{t('profileEditor.locators')}</p>
      <Problems problems={listProblems} path={path} />
      <ol ref={list}>
        {locators.map((locator, i) => {
          const rowPath = [...path, i];
          const rowProblems = problemsUnder(problems, rowPath);
          const n = i + 1;
          const change = (next: LocatorDraft) => onChange(replaced(locators, i, next));
          const invalidAt = (...sub: PropertyKey[]) => invalidProps(problemsUnder(rowProblems, [...rowPath, ...sub]).length > 0, rowPath);
          const choices = strategies.includes(locator.by) ? strategies : [locator.by, ...strategies];
          return (
            <li key={i} className="locator-row" data-testid="locator-row" data-by={locator.by}>
              <div className="row-head">
                <label>
                  <span className="row-title">{t('profileEditor.locatorN', { n })}</span>
                  <select
                    value={locator.by}
                    onChange={(e) => change(withStrategy(locator, e.currentTarget.value))}
                    aria-label={`${owner}, ${t('profileEditor.strategy', { n })}`}
                    data-testid="locator-strategy"
                    {...invalidProps(
                      rowProblems.some((p) => p.path.length === rowPath.length),
                      rowPath,
                    )}
                  >
                    {choices.map((by) => (
                      <option key={by} value={by}>
                        {byText(by)}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="row-buttons">
                  <RowButtons
                    index={i}
                    count={locators.length}
                    onMove={move}
                    onRemove={() => onChange(removed(locators, i))}
                    labels={{ up: t('profileEditor.moveUp', { n }), down: t('profileEditor.moveDown', { n }), remove: t('profileEditor.removeLocator', { n }) }}
                  />
                </span>
              </div>
              <div className="row-parts">
                {partsOf(locator.by)
                  .filter((part) => part !== 'text')
                  .map((part) => (
                    <label key={part} className="part">
                      <span>{t(`profileEditor.part.${part}`)}</span>
                      <input
                        type="text"
                        spellCheck={false}
                        value={locator[part] ?? ''}
                        onInput={(e) => change({ ...locator, [part]: e.currentTarget.value })}
                        aria-label={t('profileEditor.partLabel', { owner, n, part: t(`profileEditor.part.${part}`) })}
                        data-testid={`locator-${part}`}
                        {...invalidAt(part)}
                      />
                    </label>
                  ))}
                {partsOf(locator.by).includes('text') && (
                  <fieldset className="variants">
                    <legend>{t('profileEditor.part.text')}</legend>
                    {(locator.text ?? []).map((text, j) => (
                      <span key={j} className="variant">
                        <input
                          type="text"
                          spellCheck={false}
                          value={text}
                          onInput={(e) => change({ ...locator, text: replaced(locator.text ?? [], j, e.currentTarget.value) })}
                          aria-label={t('profileEditor.variantLabel', { owner, n, m: j + 1 })}
                          title={t('profileEditor.variantHint')}
                          data-testid="locator-text"
                          {...invalidAt('text', j)}
                        />
                        <button
                          type="button"
                          className="icon"
                          onClick={() => change({ ...locator, text: removed(locator.text ?? [], j) })}
                          aria-label={t('profileEditor.removeVariant', { n, m: j + 1 })}
                          title={t('profileEditor.removeVariant', { n, m: j + 1 })}
                        >
                          ✕
                        </button>
                      </span>
                    ))}
                    <button type="button" className="link" onClick={() => change({ ...locator, text: [...(locator.text ?? []), ''] })} data-testid="add-variant">
                      {t('profileEditor.addVariant')}
                    </button>
                  </fieldset>
                )}
              </div>
              <Problems problems={rowProblems} path={rowPath} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...locators, newLocator(strategies[0]!)])} data-testid="add-locator">
        {t('profileEditor.addLocator')}
      </button>
    </div>
  );
}
