import { useMemo } from 'react';
import { useLiveQuery } from '@/components/useLiveQuery';
import { readTeamConnection } from '@/lib/db';
import type { TeamConnection } from '@/lib/team';
import { createTeamClient, type TeamClient } from '@/lib/team/client';
import { db } from '../database';
import { useTeam } from '../team/TeamContext';

/** The team connection and a client for it, in either source mode (settings manage the team from both). */
export function useTeamClient(): { connection: TeamConnection | null | undefined; client: TeamClient | null } {
  const team = useTeam();
  const stored = useLiveQuery(() => readTeamConnection(db), []);
  const connection = team?.connection ?? stored;
  const client = useMemo(
    () => team?.client ?? (connection ? createTeamClient({ url: connection.url, token: connection.token }) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new client only for another server or token
    [team?.client, connection?.url, connection?.token],
  );
  return { connection, client };
}
