import { useState, type ReactNode } from 'react';
import { useI18n } from '@/components/I18n';
import type { ExportRequest } from '@/lib/team';
import { teamErrorText } from '../team/error-text';
import { useTeam } from '../team/TeamContext';

export type TeamExportState = { status: 'idle' } | { status: 'asking' } | { status: 'started'; fileName: string; url: string } | { status: 'failed'; error: unknown };

/**
 * The team's export: the server writes the file (a year of the team never passes through this
 * page) and answers with a one-time address; the browser downloads from it straight to disk, as
 * a link with `download`, so the file is never held here.
 */
export function useTeamExport(): { state: TeamExportState; run: (order: ExportRequest) => void; status: ReactNode } {
  const { t } = useI18n();
  const team = useTeam();
  const [state, setState] = useState<TeamExportState>({ status: 'idle' });

  const run = (order: ExportRequest) => {
    if (!team) return;
    setState({ status: 'asking' });
    team.client.exportTicket(order).then(
      (ticket) => {
        const url = new URL(ticket.url, team.connection.url).href;
        const link = document.createElement('a');
        link.href = url;
        link.download = ticket.fileName;
        link.hidden = true;
        document.body.append(link);
        link.click();
        link.remove();
        setState({ status: 'started', fileName: ticket.fileName, url });
      },
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };

  const status = (
    <p className="status" role="status" data-testid="team-export-status" data-state={state.status}>
      {state.status === 'asking' && t('dashboard.team.export.asking')}
      {state.status === 'failed' && t('dashboard.export.failed', { detail: teamErrorText(t, state.error) })}
      {state.status === 'started' && t('dashboard.team.export.started', { file: state.fileName })}
    </p>
  );
  return { state, run, status };
}
