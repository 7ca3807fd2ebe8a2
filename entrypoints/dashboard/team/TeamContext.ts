import { createContext, useContext } from 'react';
import type { LogQuery, TeamConnection } from '@/lib/team';
import type { TeamClient } from '@/lib/team/client';
import type { LiveState } from './change-watcher';

/** The lead's link to the team server while the dashboard shows the team. */
export interface TeamLink {
  connection: TeamConnection;
  client: TeamClient;
  live: LiveState;
  /** Moves each time the server changed (or came back): what is shown is read again. */
  tick: number;
  /** The lead's filter and zone, as the server's reads take them. */
  query: LogQuery;
}

export const TeamContext = createContext<TeamLink | null>(null);

/** The team link, or null in browser mode. */
export const useTeam = (): TeamLink | null => useContext(TeamContext);
