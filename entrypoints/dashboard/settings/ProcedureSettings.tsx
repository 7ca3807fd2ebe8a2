import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { issuesAt, sayIssues } from '@/components/settings-issues';
import { fillSettingsSchema, WORKLOG_PLACEHOLDERS, type Issue } from '@/lib/schema';
import { PolicyNote, useSetByPolicy } from './PolicyNote';
import { checkDraft, draftOf, OUTCOMES, type ProcedureDraft } from './procedure-draft';
import './procedure-settings.css';

type Outcome = (typeof OUTCOMES)[number];
type Reason = ProcedureDraft['reasons'][number];

/**
 * What the instruction leaves open: the attempts rule, the longest pending, the reasons, the
 * work-log wording and the groups a declined request goes back to, plus "fill and save". Saved
 * whole and validated by the one schema; a refusal is said at the field, with its label, in plain
 * words, and nothing half-written is stored.
 */
export function ProcedureSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<ProcedureDraft | null>(null);
  const [autoSave, setAutoSave] = useState(false);
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [saved, setSaved] = useState(false);
  const [target, setTarget] = useState<Outcome>('unreachable');
  const templates = useRef<Partial<Record<Outcome, HTMLTextAreaElement | null>>>({});
  const section = useRef<HTMLElement>(null);
  const focusFirst = useRef(false);
  const baseId = useId();
  const reasonsByPolicy = useSetByPolicy('pendingReasons');

  useEffect(() => {
    if (settings && !draft) {
      setDraft(draftOf(settings.procedure));
      setAutoSave(settings.fill.autoSave);
    }
  }, [settings, draft]);
  // After a refused save, the first field in error takes focus: the lead lands on what to fix.
  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    section.current?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus();
  }, [issues]);
  if (!draft) return null;

  const said = sayIssues(t, issues ?? []);
  /** Once a save was refused, every edit is checked again, so a fixed field's note goes at once. */
  const change = (next: Partial<ProcedureDraft>) => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    setSaved(false);
    if (issues) {
      const checked = checkDraft(updated);
      setIssues(checked.ok ? [] : checked.issues);
    }
  };
  const changeReason = (index: number, next: Partial<Reason>) => change({ reasons: draft.reasons.map((r, i) => (i === index ? { ...r, ...next } : r)) });

  const noteId = (anchor: string) => `${baseId}-${anchor.replace(/[^a-zA-Z0-9]/g, '-')}`;
  /** What makes a control say it is refused, and where its sentence is (aria-describedby). */
  const at = (anchor: string, hint?: string) => {
    const text = issuesAt(said, anchor);
    const describedBy = [text ? noteId(anchor) : null, hint].filter(Boolean).join(' ');
    return { 'aria-invalid': text ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
  };
  /** The sentence at a field, where its control's aria-describedby points. */
  const note = (anchor: string): ReactNode => {
    const text = issuesAt(said, anchor);
    return text ? (
      <small id={noteId(anchor)} className="field-error" data-testid={`issue-${anchor}`}>
        {text}
      </small>
    ) : null;
  };

  const save = async () => {
    const checked = checkDraft(draft);
    if (!checked.ok) {
      focusFirst.current = true;
      setSaved(false);
      return setIssues(checked.issues);
    }
    setIssues(null);
    await update({ procedure: checked.config, fill: fillSettingsSchema.parse({ autoSave }) });
    setDraft(draftOf(checked.config));
    setSaved(true);
  };

  const insertPlaceholder = (name: string) => {
    const box = templates.current[target];
    const text = draft.workLogTemplates[target];
    const token = `{${name}}`;
    const [start, end] = box ? [box.selectionStart, box.selectionEnd] : [text.length, text.length];
    change({ workLogTemplates: { ...draft.workLogTemplates, [target]: text.slice(0, start) + token + text.slice(end) } });
    // After the re-render: the caret right after what was inserted, so the lead types on.
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const hasIssues = said.length > 0;
  const targetLabel = t(`settings.procedure.template.${target}`);
  const groupsHint = `${baseId}-groups-hint`;

  return (
    <section className="card procedure-settings" data-testid="procedure-settings" aria-labelledby="procedure-title" ref={section}>
      <h2 id="procedure-title">{t('settings.procedure.title')}</h2>
      <p className="muted">{t('settings.procedure.intro')}</p>
      <div className="form-grid">
        <div className="field-row">
          <label htmlFor={`${baseId}-attempts`}>{t('settings.procedure.minFailedAttempts')}</label>
          <input
            id={`${baseId}-attempts`}
            type="number"
            min={1}
            max={10}
            value={draft.minFailedAttempts}
            onChange={(e) => change({ minFailedAttempts: e.target.value })}
            data-testid="min-attempts"
            {...at('minFailedAttempts')}
          />
          {note('minFailedAttempts')}
        </div>
        <div className="field-row">
          <label htmlFor={`${baseId}-hours`}>{t('settings.procedure.maxPendingHours')}</label>
          <input
            id={`${baseId}-hours`}
            type="number"
            min={1}
            max={720}
            value={draft.maxPendingHours}
            onChange={(e) => change({ maxPendingHours: e.target.value })}
            data-testid="max-hours"
            {...at('maxPendingHours')}
          />
          {note('maxPendingHours')}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={autoSave}
            onChange={(e) => {
              setAutoSave(e.target.checked);
              setSaved(false);
            }}
            data-testid="auto-save"
          />
          {t('settings.procedure.autoSave')}
        </label>
      </div>
      <h3 id={`${baseId}-reasons`}>{t('settings.procedure.reasons')}</h3>
      <PolicyNote policyKey="pendingReasons" />
      {/* A policy's catalogue is shown, not edited: the background keeps it whatever is saved here. */}
      <fieldset className="plain" disabled={reasonsByPolicy} aria-labelledby={`${baseId}-reasons`} {...at('reasons')}>
        {note('reasons')}
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('settings.procedure.reasonCode')}</th>
              <th>{t('settings.procedure.reasonLabelId')}</th>
              <th>{t('settings.procedure.reasonLabelEn')}</th>
              <th>{t('settings.procedure.reasonHours')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.reasons.map((reason, i) => (
              <ReasonRow
                key={i}
                index={i}
                reason={reason}
                change={(next) => changeReason(i, next)}
                at={at}
                note={note}
                remove={() => change({ reasons: draft.reasons.filter((_, j) => j !== i) })}
              />
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => change({ reasons: [...draft.reasons, { code: '', label: { id: '', en: '' }, defaultPendingHours: '24' }] })}>
          {t('settings.procedure.addReason')}
        </button>
      </fieldset>

      <h3>{t('settings.procedure.templates')}</h3>
      <div className="placeholder-list" role="group" aria-label={t('settings.procedure.placeholderList', { target: targetLabel })} data-testid="placeholder-list">
        <p className="muted">{t('settings.procedure.placeholderList', { target: targetLabel })}</p>
        {WORKLOG_PLACEHOLDERS.map((name) => (
          <button
            key={name}
            type="button"
            className="chip"
            onClick={() => insertPlaceholder(name)}
            aria-label={t('settings.procedure.placeholderInsert', { placeholder: `{${name}}`, target: targetLabel })}
            data-testid={`placeholder-${name}`}
          >
            {`{${name}}`}
          </button>
        ))}
      </div>
      {OUTCOMES.map((outcome) => {
        const anchor = `workLogTemplates.${outcome}`;
        return (
          <div key={outcome} className="block-field">
            <label htmlFor={`${baseId}-template-${outcome}`}>{t(`settings.procedure.template.${outcome}`)}</label>
            <textarea
              id={`${baseId}-template-${outcome}`}
              ref={(el) => {
                templates.current[outcome] = el;
              }}
              rows={3}
              value={draft.workLogTemplates[outcome]}
              onFocus={() => setTarget(outcome)}
              onChange={(e) => change({ workLogTemplates: { ...draft.workLogTemplates, [outcome]: e.target.value } })}
              data-testid={`template-${outcome}`}
              {...at(anchor)}
            />
            {note(anchor)}
          </div>
        );
      })}

      <h3>
        <label htmlFor={`${baseId}-groups`}>{t('settings.procedure.forwardGroups')}</label>
      </h3>
      <p className="muted" id={groupsHint}>
        {t('settings.procedure.forwardGroupsHint')}
      </p>
      <div className="block-field">
        <textarea
          id={`${baseId}-groups`}
          className="code"
          rows={5}
          value={draft.forwardGroups}
          onChange={(e) => change({ forwardGroups: e.target.value })}
          data-testid="forward-groups"
          spellCheck={false}
          {...at('forwardGroups', groupsHint)}
        />
        {note('forwardGroups')}
      </div>

      {hasIssues && (
        <div className="alert" role="alert" data-testid="issues">
          <p>{t('settings.check.summary', { count: said.length })}</p>
          <ul>
            {said.map((one, i) => (
              <li key={i}>{one.text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} data-testid="procedure-save">
          {t('settings.save')}
        </button>
        <span role="status">{saved ? t('settings.saved') : ''}</span>
      </div>
    </section>
  );
}

type At = (anchor: string) => { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined };

/** One pending reason's row: each cell labelled, each refusal at its cell. */
function ReasonRow({
  index,
  reason,
  change,
  at,
  note,
  remove,
}: {
  index: number;
  reason: Reason;
  change: (next: Partial<Reason>) => void;
  at: At;
  note: (anchor: string) => ReactNode;
  remove: () => void;
}) {
  const { t } = useI18n();
  const path = `reasons[${index}]`;
  const row = (key: Parameters<typeof t>[0]) => t('settings.check.row', { label: t(key), row: index + 1 });
  return (
    <tr>
      <td>
        <input aria-label={row('settings.procedure.reasonCode')} value={reason.code} onChange={(e) => change({ code: e.target.value })} {...at(`${path}.code`)} />
        {note(`${path}.code`)}
      </td>
      <td>
        <input
          aria-label={row('settings.procedure.reasonLabelId')}
          value={reason.label.id}
          onChange={(e) => change({ label: { ...reason.label, id: e.target.value } })}
          {...at(`${path}.label.id`)}
        />
        {note(`${path}.label.id`)}
      </td>
      <td>
        <input
          aria-label={row('settings.procedure.reasonLabelEn')}
          value={reason.label.en}
          onChange={(e) => change({ label: { ...reason.label, en: e.target.value } })}
          {...at(`${path}.label.en`)}
        />
        {note(`${path}.label.en`)}
      </td>
      <td>
        <input
          aria-label={row('settings.procedure.reasonHours')}
          type="number"
          min={1}
          max={720}
          value={reason.defaultPendingHours}
          onChange={(e) => change({ defaultPendingHours: e.target.value })}
          {...at(`${path}.defaultPendingHours`)}
        />
        {note(`${path}.defaultPendingHours`)}
      </td>
      <td>
        <button type="button" onClick={remove}>
          {t('settings.procedure.removeReason')}
        </button>
      </td>
    </tr>
  );
}
