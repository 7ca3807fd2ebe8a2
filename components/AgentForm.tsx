import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { AREAS, agentSchema, type Agent, type Area } from '@/lib/schema';
import { useI18n } from './I18n';
import { Field } from './panel/flow/Field';

/** The areas' cities (PROCEDURE.md), so nobody has to remember what "BPN" stands for. */
const AREA_CITY: Record<Area, string> = {
  MDN: 'Medan',
  BDG: 'Bandung',
  SMG: 'Semarang',
  SBY: 'Surabaya',
  BPN: 'Balikpapan',
  JKT: 'Jakarta',
  DPS: 'Denpasar',
  MKS: 'Makassar',
};

/**
 * Who the agent is: name, NOSSA user id, area, team lead. Never a password (IK 1.1.5 is a tick
 * only). Shared by the panel's first run, the popup's first run and the popup's edit form.
 */
export function AgentForm({
  initial,
  saveLabel,
  onSave,
  children,
  testId,
  labelledBy,
  focusOnShow = false,
}: {
  initial?: Partial<Agent>;
  saveLabel: string;
  onSave: (agent: Agent) => Promise<unknown>;
  /** Heading and intro, shown above the fields. */
  children?: ReactNode;
  testId?: string;
  labelledBy?: string;
  /** Put the caret in the first field when the form appears (first run: there is nothing else to do). */
  focusOnShow?: boolean;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(initial?.name ?? '');
  const [nossaUserId, setUserId] = useState(initial?.nossaUserId ?? '');
  const [area, setArea] = useState<Area>(initial?.area ?? 'BDG');
  const [teamLead, setTeamLead] = useState(initial?.teamLead ?? '');
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // In code rather than the autofocus attribute: that one is ignored when the form appears after load.
  useEffect(() => {
    if (focusOnShow) nameInput.current?.focus();
  }, [focusOnShow]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = agentSchema.safeParse({ name, nossaUserId, area, teamLead });
    if (!parsed.success) return setError(t('validation.required'));
    setError(null);
    try {
      await onSave(parsed.data);
      setFailed(null);
    } catch (err) {
      setFailed(t('error.generic', { detail: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    // noValidate: our own messages, in the agent's language, instead of the browser's tooltips.
    <form className="step" onSubmit={submit} aria-labelledby={labelledBy} data-testid={testId} noValidate>
      {children}
      <Field label={t('agent.name')} error={error && !name.trim() ? error : null}>
        {(id, d) => <input ref={nameInput} id={id} aria-describedby={d} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />}
      </Field>
      <Field label={t('agent.nossaUserId')} error={error && !nossaUserId.trim() ? error : null}>
        {(id, d) => <input id={id} aria-describedby={d} value={nossaUserId} onChange={(e) => setUserId(e.target.value)} autoComplete="username" required />}
      </Field>
      <Field label={t('agent.area')}>
        {(id) => (
          <select id={id} value={area} onChange={(e) => setArea(e.target.value as Area)}>
            {AREAS.map((code) => (
              <option key={code} value={code}>
                {code} · {AREA_CITY[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('agent.teamLead')}>{(id) => <input id={id} value={teamLead} onChange={(e) => setTeamLead(e.target.value)} />}</Field>
      {failed && (
        <p className="alert" role="alert">
          {failed}
        </p>
      )}
      <button type="submit" className="primary">
        {saveLabel}
      </button>
    </form>
  );
}
