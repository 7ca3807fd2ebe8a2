import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { openWay } from '@/lib/fill/engine/open-way';
import type { MessageKey } from '@/lib/i18n';
import { checkPage, type SiteProfile } from '@/lib/sites';
import { fieldGuide } from '@/lib/sites/picker-guide';
import { profileWithProposal } from '@/lib/sites/profile-edit';
import { savable, specOf, tryFieldSpec } from '@/lib/sites/propose-locators';
import { errorText } from '../../error-text';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { useSiteProfile } from '../SiteProfileContext';
import type { PickOwner } from './pick-session';
import { beginPicking, closePicker } from './picker-actions';
import { pageCheckStore, pickerStore, undoStore, type PickerState } from './picker-store';
import { actionStepWords, controlWords, locatorWords, proposalWords, verdictWords, widgetWords } from './picker-words';

/** What counts as Pandu's own UI for the pick: our shadow root (or, outside one, the picker's box). */
function ownerOf(el: HTMLElement): PickOwner {
  const root = el.getRootNode();
  if (root instanceof ShadowRoot) return { root, host: root.host };
  return { root: el.ownerDocument.body, host: el.closest('.pandu-panel') ?? el };
}

/** Puts the keyboard on the given element when the picker's phase changes (never an autofocus attribute). */
function useFocusOnPhase(phase: string) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), [phase]);
  return ref;
}

/**
 * The field picker in the panel's page check: it guides the lead to the NOSSA state the field
 * needs, captures their click on the field, shows what Pandu would find with each proposal, and
 * saves the chosen one into the site profile with one click (undo and back to default below).
 */
export function FieldPicker() {
  const state = useSyncExternalStore(pickerStore.subscribe, pickerStore.get);
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const focus = useFocusOnPhase(state.phase);
  if (state.phase === 'idle') return null;
  const field = t(`field.${state.field}` as MessageKey);
  return (
    <div className="picker" ref={box} data-phase={state.phase} data-testid="picker" role="group" aria-label={t('picker.title', { field })}>
      <p className="strong">{t('picker.title', { field })}</p>
      {state.phase === 'guide' && <Guide state={state} focus={focus} owner={() => ownerOf(box.current!)} />}
      {state.phase === 'picking' && (
        <>
          <p className="picker-now" role="status" data-testid="picker-picking">
            {t('picker.picking', { field })}
          </p>
          <div className="actions">
            <button type="button" ref={focus} onClick={closePicker} data-testid="picker-cancel">
              {t('picker.cancel')}
            </button>
          </div>
        </>
      )}
      {state.phase === 'proposals' && <Proposals state={state} focus={focus} owner={() => ownerOf(box.current!)} />}
      {state.phase === 'saved' && (
        <>
          <p role="status" data-testid="picker-saved">
            {t('picker.saved', { field, locator: state.locators })} {state.found ? t('picker.savedFound', { field }) : t('picker.savedNotFound', { field })}
          </p>
          <div className="actions">
            <button type="button" ref={focus} onClick={closePicker} data-testid="picker-done">
              {t('picker.done')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

type Focus = RefObject<HTMLButtonElement | null>;

function Guide({ state, focus, owner }: { state: Extract<PickerState, { phase: 'guide' }>; focus: Focus; owner: () => PickOwner }) {
  const { t } = useI18n();
  const profile = useSiteProfile();
  const [opening, setOpening] = useState<'idle' | 'running' | 'done'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const guide = fieldGuide(document, profile, state.field);
  const open = async () => {
    setOpening('running');
    setProblem(null);
    const result = await openWay(
      document,
      profile,
      guide.remaining.map((a) => a.action),
    );
    if (result.ok) return setOpening('done');
    setOpening('idle');
    const action = guide.remaining.find((a) => a.action === result.action) ?? guide.remaining[0]!;
    setProblem(
      result.failure === 'not-there' ? t('picker.way.blocked', { name: action.name }) : t('picker.way.failed', { name: action.name, reason: result.message ?? result.failure }),
    );
  };
  const todo = opening !== 'done' && guide.remaining.length > 0;
  return (
    <>
      {todo ? (
        <div data-testid="picker-way">
          <p>{t('picker.way.todo')}</p>
          <ol className="picker-way">
            {guide.remaining.map((action) => (
              <li key={action.action} data-action={action.action}>
                {actionStepWords(t, action)}
              </li>
            ))}
          </ol>
          {guide.blocked ? (
            <p className="alert">{t('picker.way.blocked', { name: guide.blocked.name })}</p>
          ) : (
            <p className="hint">
              <button type="button" disabled={opening === 'running'} onClick={() => void open()} data-testid="picker-open-way">
                {opening === 'running' ? t('picker.way.opening') : t('picker.way.open')}
              </button>{' '}
              {t('picker.way.selfHint')}
            </p>
          )}
        </div>
      ) : (
        <p data-testid="picker-way-ready">{opening === 'done' ? t('picker.way.opened') : t('picker.way.ready')}</p>
      )}
      {guide.renderedBy && <p className="hint">{t('picker.way.rendered', { name: guide.renderedBy.name })}</p>}
      {problem && (
        <p className="alert" role="alert" data-testid="picker-problem">
          {problem}
        </p>
      )}
      <p className="hint">{t('picker.cover')}</p>
      <div className="actions">
        <button type="button" className="primary" ref={focus} onClick={() => beginPicking(document, owner(), profile, state.field)} data-testid="picker-start">
          {t('picker.start')}
        </button>
        <button type="button" onClick={closePicker} data-testid="picker-cancel">
          {t('picker.cancel')}
        </button>
      </div>
    </>
  );
}

function Proposals({ state, focus, owner }: { state: Extract<PickerState, { phase: 'proposals' }>; focus: Focus; owner: () => PickOwner }) {
  const { t } = useI18n();
  const profile = useSiteProfile();
  const { settings, update } = useSettings();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { result } = state;
  const byPolicy = settings?.policy.includes('siteProfile') ?? false;
  const chosen = result.proposals.find((p) => p.id === state.selected && savable(p)) ?? null;
  const field = t(`field.${state.field}` as MessageKey);

  const save = async () => {
    if (!chosen || !settings) return;
    const built = profileWithProposal(profile, state.field, chosen);
    if (!built.ok) return setProblem(t('picker.invalid', { detail: built.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }));
    setSaving(true);
    setProblem(null);
    const before: SiteProfile | null = settings.siteProfile;
    try {
      await update({ siteProfile: built.profile });
    } catch (error) {
      setSaving(false);
      return setProblem(t('picker.saveFailed', { detail: errorText(t, error, (detail) => detail) }));
    }
    undoStore.set([...undoStore.get(), before]);
    const report = checkPage(document, built.profile);
    pageCheckStore.set(report);
    // Found by the page check, or (a New Row field the lead opened by hand) Pandu takes the clicked control.
    const found =
      report.fields.find((f) => f.field === state.field)?.status === 'found' ||
      (state.element.isConnected && tryFieldSpec(document, built.profile, state.field, specOf(built.profile.fields[state.field]!, chosen), state.element).taken === state.element);
    pickerStore.set({ phase: 'saved', field: state.field, locators: locatorWords(t, chosen.locators), found });
  };

  return (
    <>
      <p data-testid="picker-picked">{t('picker.picked', { control: controlWords(t, result.picked) })}</p>
      {result.kindChanged && <p className="hint">{t('picker.kindChanged', { kind: widgetWords(t, result.widget) })}</p>}
      {result.areaChanged && <p className="hint">{t('picker.areaChanged')}</p>}
      <fieldset className="picker-proposals" data-testid="picker-proposals">
        <legend>{t('picker.proposals')}</legend>
        {result.proposals.map((p) => (
          <label key={p.id} className={`picker-proposal ${p.verdict}`} data-proposal={p.id} data-verdict={p.verdict} data-matches={p.matches}>
            <input
              type="radio"
              name="picker-proposal"
              value={p.id}
              checked={state.selected === p.id}
              disabled={!savable(p)}
              onChange={() => pickerStore.set({ ...state, selected: p.id })}
            />
            <span>
              <strong>{proposalWords(t, p)}</strong>
              <br />
              <small>{verdictWords(t, p)}</small>
              {p.others.length > 0 && p.verdict !== 'other' && (
                <small className="picker-others">
                  {' '}
                  {t('picker.alsoMatches')} {p.others.map((o) => controlWords(t, o)).join('; ')}
                </small>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {!result.preselected && <p className="alert">{t('picker.noneSavable')}</p>}
      {byPolicy && (
        <p className="alert" data-testid="picker-policy">
          {t('picker.policy')}
        </p>
      )}
      {problem && (
        <p className="alert" role="alert" data-testid="picker-problem">
          {problem}
        </p>
      )}
      <div className="actions">
        {!byPolicy && (
          <button
            type="button"
            className="primary"
            ref={focus}
            disabled={!chosen || saving}
            onClick={() => void save()}
            data-testid="picker-save"
            aria-label={`${t('picker.save')}: ${field}`}
          >
            {saving ? t('picker.saving') : t('picker.save')}
          </button>
        )}
        <button type="button" ref={byPolicy ? focus : undefined} onClick={() => beginPicking(document, owner(), profile, state.field)} data-testid="picker-again">
          {t('picker.again')}
        </button>
        <button type="button" onClick={closePicker} data-testid="picker-cancel">
          {t('picker.cancel')}
        </button>
      </div>
    </>
  );
}
