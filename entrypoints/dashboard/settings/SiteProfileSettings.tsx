import { useEffect, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { downloadText } from '../export/download';
import { useI18n } from '@/components/I18n';
import { PageCheckReport } from '@/components/PageCheckReport';
import { useSettings } from '@/components/SettingsProvider';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { nossaProfile } from '@/lib/sites';
import { PolicyNote, useSetByPolicy } from './PolicyNote';
import { draftOf, pretty, toDraft, type ProfileDraft } from './profile/draft';
import { JsonProblems } from './profile/JsonProblems';
import { ModeTabs, type EditorMode } from './profile/ModeTabs';
import { ProfileForm } from './profile/ProfileForm';
import { useLiveCheck } from './profile/useLiveCheck';
import { useProfileUndo } from './profile/useProfileUndo';
import { fromZodIssue, validateDraft, type ProfileProblem } from './profile/validate';
import { problemSentence } from './profile/words';
import './profile/profile-editor.css';

/** The JSON text as a value, or the problem that it is not JSON. */
function parseJson(text: string): { value: unknown } | { problem: ProfileProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = (error as Error).message;
    return { problem: { path: [], code: 'not-json', detail, message: detail } };
  }
}

/**
 * The site profile: a form per field (its kind, its ordered ways to be found, the actions that
 * bring it up, its live status on the open NOSSA tab) beside the raw JSON, both editing one draft;
 * import, export, back to the shipped default, and undo of the last change. Every save is
 * validated whole and each problem is said in words at its field; nothing invalid is stored.
 */
export function SiteProfileSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const byPolicy = useSetByPolicy('siteProfile');
  const stored = settings ? settings.siteProfile : undefined;
  const undo = useProfileUndo(stored);
  const [mode, setMode] = useState<EditorMode>('form');
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [text, setText] = useState('');
  /** The stored profile the draft started from (JSON), to tell unsaved changes and changes made elsewhere. */
  const [base, setBase] = useState<string | null>(null);
  const [jsonProblems, setJsonProblems] = useState<{ intro: string; problems: ProfileProblem[] }>({ intro: '', problems: [] });
  const [message, setMessage] = useState<'saved' | 'undone' | null>(null);
  const [storedChanged, setStoredChanged] = useState(false);
  const [openFields, setOpenFields] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState(0);
  const formRef = useRef<HTMLDivElement>(null);
  const importRef = useRef<HTMLInputElement>(null);

  const load = (profile: SiteProfile) => {
    setDraft(draftOf(profile));
    setText(pretty(profile));
    setBase(JSON.stringify(profile));
    setJsonProblems({ intro: '', problems: [] });
    setStoredChanged(false);
  };

  // The content being edited, validated as it changes: the form shows problems at once, and the
  // live check runs only on a profile that could be saved.
  const validation = useMemo(() => {
    if (mode === 'form') return draft ? validateDraft(draft) : null;
    const parsed = parseJson(text);
    return 'value' in parsed ? validateDraft(parsed.value) : null;
  }, [mode, draft, text]);
  const problems = mode === 'form' ? (validation?.problems ?? []) : [];
  const live = useLiveCheck(validation?.profile ?? null);

  const current = mode === 'form' ? JSON.stringify(draft) : text;
  const dirty = base !== null && current !== (mode === 'form' ? base : pretty(JSON.parse(base)));

  // The stored profile changed (a save here, the panel's picker, an import elsewhere): an
  // untouched draft follows it; edits in progress are kept and the lead is told.
  useEffect(() => {
    if (stored === undefined) return;
    const profile = stored ?? nossaProfile;
    if (base === JSON.stringify(profile)) return;
    if (base === null || !dirty) load(profile);
    else setStoredChanged(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the stored profile only; `dirty` and `base` are read as they are then
  }, [stored]);

  // After a refused save: the first field with a problem is unfolded and its first marked control focused.
  useEffect(() => {
    if (reveal) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [reveal]);

  if (!settings || !draft || base === null) return null;

  const revealProblems = (list: readonly ProfileProblem[]) => {
    const keys = list.filter((p) => p.path[0] === 'fields').map((p) => String(p.path[1]));
    setOpenFields((open) => new Set([...open, ...keys.slice(0, 1)]));
    setReveal((n) => n + 1);
  };

  const store = async (profile: SiteProfile | null, done: 'saved' | 'undone') => {
    await update({ siteProfile: profile });
    load(profile ?? nossaProfile);
    setMessage(done);
  };

  const save = async () => {
    setMessage(null);
    let value: unknown = draft;
    if (mode === 'json') {
      const parsed = parseJson(text);
      if ('problem' in parsed) return setJsonProblems({ intro: t('settings.invalid'), problems: [parsed.problem] });
      value = parsed.value;
    }
    const result = validateDraft(value);
    if (!result.profile) {
      if (mode === 'json') setJsonProblems({ intro: t('settings.invalid'), problems: result.problems });
      else revealProblems(result.problems);
      return;
    }
    await store(result.profile, 'saved');
  };

  const undoLast = async () => {
    const target = undo.take();
    if (target !== undefined) await store(target, 'undone');
  };

  const choose = (next: EditorMode) => {
    if (next === mode) return;
    if (next === 'json') {
      setText(pretty(draft));
      setJsonProblems({ intro: '', problems: [] });
      return setMode('json');
    }
    const parsed = parseJson(text);
    if ('problem' in parsed) return setJsonProblems({ intro: t('profileEditor.mode.cannotShow'), problems: [parsed.problem] });
    const shaped = toDraft(parsed.value);
    if ('shapeIssues' in shaped) return setJsonProblems({ intro: t('profileEditor.mode.cannotShow'), problems: shaped.shapeIssues.map(fromZodIssue) });
    setDraft(shaped.draft);
    setJsonProblems({ intro: '', problems: [] });
    setMode('form');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const content = await file.text();
    setMessage(null);
    setText(content);
    const parsed = parseJson(content);
    const shaped = 'value' in parsed ? toDraft(parsed.value) : null;
    if (shaped && 'draft' in shaped) {
      setDraft(shaped.draft);
      setJsonProblems({ intro: '', problems: [] });
    } else {
      // Not a profile the form can show: the lead sees the file as it is, and why.
      setMode('json');
      const why = shaped && 'shapeIssues' in shaped ? shaped.shapeIssues.map(fromZodIssue) : 'problem' in parsed ? [parsed.problem] : [];
      setJsonProblems({ intro: t('profileEditor.mode.cannotShow'), problems: why });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Ctrl+S saves, as in every editor; the browser's "save page" would be no use here.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && !byPolicy) {
      e.preventDefault();
      void save();
    }
  };

  const report = live.answer?.report ?? null;
  const liveNote = (() => {
    if (!validation?.profile) return t('profileEditor.checkBlocked');
    if (live.check.state === 'none') return t('profileEditor.noTab');
    if (live.check.state === 'failed') return t('profileEditor.tabSilent', { detail: live.check.detail });
    if (live.check.state === 'checking') return t('profileEditor.status.checking');
    if (live.answer) return t('profileEditor.checkedOn', { title: live.answer.tabTitle, unsaved: dirty ? t('profileEditor.checkedUnsaved') : '' });
    return '';
  })();

  return (
    <section className="card profile-editor" data-testid="profile-settings" aria-labelledby="profile-title" onKeyDown={onKeyDown}>
      <h2 id="profile-title">{t('settings.profile.title')}</h2>
      <p className="muted">{t('settings.profile.intro')}</p>
      {byPolicy ? (
        <>
          <PolicyNote policyKey="siteProfile" />
          <p className="muted">{t('profileEditor.readOnly')}</p>
        </>
      ) : (
        <p>{settings.siteProfile ? t('settings.profile.usingCustom') : t('settings.profile.usingDefault')}</p>
      )}

      <div className="live-bar">
        <button type="button" onClick={() => void live.recheck()} disabled={!validation?.profile} data-testid="dashboard-page-check">
          {t('profileEditor.recheck')}
        </button>
        <span className="muted" role="status" data-testid="live-note">
          {liveNote}
        </span>
      </div>

      <ModeTabs mode={mode} onChoose={choose} />
      <div id="profile-editor-panel" role="tabpanel" aria-labelledby={`profile-mode-${mode}`} ref={formRef}>
        {storedChanged && (
          <p className="alert" role="alert" data-testid="profile-stored-changed">
            {t('profileEditor.storedChanged')}{' '}
            <button type="button" className="link" onClick={() => load(stored ?? nossaProfile)}>
              {t('profileEditor.loadStored')}
            </button>
          </p>
        )}
        {mode === 'form' ? (
          <>
            {problems.length > 0 && (
              <div className="alert" data-testid="profile-problems">
                <p>{t('profileEditor.problems', { count: problems.length })}</p>
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>
                      <button type="button" className="link" onClick={() => revealProblems([p])}>
                        {problemSentence(p, t)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <fieldset className="plain" disabled={byPolicy}>
              <ProfileForm
                draft={draft}
                problems={problems}
                report={report}
                stale={report !== null && !live.current}
                openFields={openFields}
                onToggleField={(key, open) =>
                  setOpenFields((set) => {
                    if (set.has(key) === open) return set;
                    const next = new Set(set);
                    if (open) next.add(key);
                    else next.delete(key);
                    return next;
                  })
                }
                onChange={(next) => {
                  setDraft(next);
                  setMessage(null);
                }}
              />
            </fieldset>
          </>
        ) : (
          <>
            <textarea
              className="code"
              rows={22}
              spellCheck={false}
              readOnly={byPolicy}
              value={text}
              onInput={(e) => {
                setText(e.currentTarget.value);
                setMessage(null);
              }}
              aria-label={t('settings.profile.title')}
              data-testid="profile-json"
            />
          </>
        )}
        <JsonProblems problems={jsonProblems.problems} intro={jsonProblems.intro} />
      </div>

      <div className="actions profile-actions">
        <button type="button" className="primary" disabled={byPolicy} onClick={() => void save()} data-testid="profile-save" aria-keyshortcuts="Control+S">
          {t('settings.save')}
        </button>
        <button type="button" disabled={byPolicy || !undo.canUndo} onClick={() => void undoLast()} data-testid="profile-undo">
          {t('profileEditor.undo')}
        </button>
        <button type="button" disabled={byPolicy} onClick={() => void store(null, 'saved')} data-testid="profile-reset">
          {t('settings.profile.reset')}
        </button>
        <button type="button" onClick={() => downloadText(`pandu-site-profile-${draft.id ?? 'profil'}.json`, mode === 'json' ? text : pretty(draft))} data-testid="profile-export">
          {t('settings.profile.export')}
        </button>
        {!byPolicy && (
          <>
            {/* A real button (reachable by Tab, pressed with Enter) that opens the hidden file picker. */}
            <button type="button" onClick={() => importRef.current?.click()}>
              {t('settings.profile.import')}
            </button>
            <input ref={importRef} type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} hidden data-testid="profile-import" />
          </>
        )}
        <span role="status" data-testid="profile-message">
          {message === 'saved' ? t('settings.saved') : message === 'undone' ? t('profileEditor.undone') : dirty ? t('profileEditor.unsaved') : ''}
        </span>
      </div>

      {report && (
        <details className="full-report">
          <summary>{t('profileEditor.fullReport')}</summary>
          <p className="muted">{t('settings.profile.checkOf', { title: live.answer?.tabTitle ?? '' })}</p>
          <PageCheckReport report={report} />
        </details>
      )}
    </section>
  );
}
