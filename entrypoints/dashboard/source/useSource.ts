import { useCallback, useState } from 'react';
import { useLiveQuery } from '@/components/useLiveQuery';
import { readTeamConnection } from '@/lib/db';
import type { TeamConnection } from '@/lib/team';
import { db } from '../database';
import { LOG_SOURCES, type LogSource } from '../data/log-view';

const STORAGE_KEY = 'pandu.dashboard.source';

function restore(): LogSource {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return (LOG_SOURCES as readonly string[]).includes(saved ?? '') ? (saved as LogSource) : 'browser';
  } catch {
    return 'browser';
  }
}

/** A connection that may read the team: a lead's or an admin's (an agent's token only sends its own records). */
export const canReadTeam = (connection: TeamConnection | null | undefined): connection is TeamConnection =>
  Boolean(connection && (connection.account.role === 'lead' || connection.account.role === 'admin'));

export interface SourceChoice {
  /** Undefined while the database is read. */
  connection: TeamConnection | null | undefined;
  /** What the dashboard shows: the team only while a lead's or admin's connection exists. */
  source: LogSource;
  /** What the lead chose (kept in this browser across tabs and restarts). */
  chosen: LogSource;
  choose: (source: LogSource) => void;
}

/**
 * This browser or the team server. The choice is kept in the page's local storage (not in
 * settings: settings reach NOSSA tabs, and this is one lead's way of looking); the team is
 * shown only while this browser holds a connection that may read it.
 */
export function useSource(): SourceChoice {
  const connection = useLiveQuery(() => readTeamConnection(db), []);
  const [chosen, setChosen] = useState<LogSource>(restore);
  const choose = useCallback((next: LogSource) => {
    setChosen(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (a locked-down profile): the choice lasts for this page.
    }
  }, []);
  return { connection, source: chosen === 'team' && canReadTeam(connection) ? 'team' : 'browser', chosen, choose };
}
