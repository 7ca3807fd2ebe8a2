import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/I18n';
import { AREAS, type Area } from '@/lib/schema';
import type { NewAccount, TeamConnection, TeamList } from '@/lib/team';
import type { TeamClient } from '@/lib/team/client';

type NewRole = 'agent' | 'lead';
interface Draft {
  role: NewRole;
  name: string;
  nossaUserId: string;
  area: Area | '';
  teamId: string;
}
const EMPTY: Draft = { role: 'agent', name: '', nossaUserId: '', area: '', teamId: '' };

/**
 * "Tambah agen": a lead adds an agent to its own team. An admin also chooses the role (agent or
 * team lead) and the team. Either way the server answers with a one-time enrolment code, which
 * the caller shows once.
 */
export function AddAccountForm({
  client,
  connection,
  busy,
  onAdd,
}: {
  client: TeamClient;
  connection: TeamConnection;
  busy: boolean;
  onAdd: (account: NewAccount, done: () => void) => void;
}) {
  const { t } = useI18n();
  const admin = connection.account.role === 'admin';
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [teams, setTeams] = useState<TeamList['teams']>([]);
  // Each field's own update: events that come faster than renders must not undo one another.
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    if (!admin) return;
    const abort = new AbortController();
    client.teams(abort.signal).then(
      (list) => setTeams(list.teams),
      () => setTeams([]), // the account list's own error says what is wrong with the server
    );
    return () => abort.abort();
  }, [admin, client]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const agent = draft.role === 'agent';
    onAdd(
      {
        role: draft.role,
        name: draft.name.trim(),
        nossaUserId: agent ? draft.nossaUserId.trim() : null,
        area: draft.area || null,
        teamId: admin ? draft.teamId || null : null,
      },
      () => setDraft(EMPTY),
    );
  };

  return (
    <form className="add-agent" onSubmit={submit} data-testid="add-agent">
      <h3>{t(admin ? 'dashboard.team.accounts.addAccount' : 'dashboard.team.accounts.add')}</h3>
      {admin && (
        <>
          <label>
            {t('dashboard.team.accounts.role')}
            <select value={draft.role} onChange={(e) => set('role', e.currentTarget.value as NewRole)} data-testid="add-agent-role">
              <option value="agent">{t('dashboard.team.role.agent')}</option>
              <option value="lead">{t('dashboard.team.role.lead')}</option>
            </select>
          </label>
          <label>
            {t('dashboard.team.accounts.team')}
            <select required value={draft.teamId} onChange={(e) => set('teamId', e.currentTarget.value)} data-testid="add-agent-team">
              <option value="">–</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name} ({team.id})
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {t('dashboard.team.accounts.name')}
        <input required maxLength={80} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} data-testid="add-agent-name" />
      </label>
      {draft.role === 'agent' && (
        <label>
          {t('dashboard.team.accounts.nossaUserId')}
          <input required maxLength={40} value={draft.nossaUserId} onChange={(e) => set('nossaUserId', e.currentTarget.value)} data-testid="add-agent-user" />
        </label>
      )}
      <label>
        {t('dashboard.team.accounts.area')}
        <select value={draft.area} onChange={(e) => set('area', e.currentTarget.value as Area | '')} data-testid="add-agent-area">
          <option value="">–</option>
          {AREAS.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy} data-testid="add-agent-submit">
        {t(admin ? 'dashboard.team.accounts.addAccountSubmit' : 'dashboard.team.accounts.addSubmit')}
      </button>
    </form>
  );
}
