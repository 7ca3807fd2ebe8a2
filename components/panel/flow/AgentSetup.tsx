import { useState, type FormEvent } from 'react';
import { AREAS, agentSchema, type Area } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { Field } from './Field';

/** First run inside the panel: who the agent is. Never a password (IK 1.1.5 is a tick only). */
export function AgentSetup({ signedInUser }: { signedInUser: string | null }) {
  const { t } = useI18n();
  const { update } = useSettings();
  const [name, setName] = useState('');
  const [nossaUserId, setUserId] = useState(signedInUser ?? '');
  const [area, setArea] = useState<Area>('BDG');
  const [teamLead, setTeamLead] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = agentSchema.safeParse({ name, nossaUserId, area, teamLead });
    if (!parsed.success) return setError(t('validation.required'));
    await update({ agent: parsed.data });
  };

  return (
    <form className="step" onSubmit={submit} aria-labelledby="pandu-agent-title" data-testid="agent-setup">
      <h2 id="pandu-agent-title">{t('agent.title')}</h2>
      <p className="hint">{t('agent.intro')}</p>
      <Field label={t('agent.name')} error={error && !name.trim() ? error : null}>
        {(id, d) => <input id={id} aria-describedby={d} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />}
      </Field>
      <Field label={t('agent.nossaUserId')} error={error && !nossaUserId.trim() ? error : null}>
        {(id, d) => <input id={id} aria-describedby={d} value={nossaUserId} onChange={(e) => setUserId(e.target.value)} required />}
      </Field>
      <Field label={t('agent.area')}>
        {(id) => (
          <select id={id} value={area} onChange={(e) => setArea(e.target.value as Area)}>
            {AREAS.map((code) => <option key={code} value={code}>{code}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('agent.teamLead')}>{(id) => <input id={id} value={teamLead} onChange={(e) => setTeamLead(e.target.value)} />}</Field>
      <button type="submit" className="primary">{t('agent.save')}</button>
    </form>
  );
}
