import { useEffect, useRef, useState } from 'react';
import type { LogQuery } from '@/lib/team';
import type { TeamClient } from '@/lib/team/client';
import { useTeam } from './TeamContext';

export interface TeamRead<T> {
  /** The last answer; kept while the same question is asked again, so a refresh does not blank the view. */
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * One of the server's reads, for the lead's filter: asked again when the filter changes (the old
 * answer is dropped) and when the server changed (the old answer stays until the new one is in).
 */
export function useTeamRead<T>(read: (client: TeamClient, query: LogQuery, signal: AbortSignal) => Promise<T>, usesFilter = true): TeamRead<T> {
  const team = useTeam();
  const [state, setState] = useState<TeamRead<T>>({ data: null, error: null, loading: true });
  const key = team ? `${team.connection.url}|${usesFilter ? JSON.stringify(team.query) : ''}` : null;
  const lastKey = useRef<string | null>(null);
  const reader = useRef(read);
  reader.current = read;

  useEffect(() => {
    if (!team || key === null) return;
    const controller = new AbortController();
    const sameQuestion = lastKey.current === key;
    lastKey.current = key;
    setState((s) => ({ data: sameQuestion ? s.data : null, error: null, loading: true }));
    reader.current(team.client, team.query, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked again for a new question (key) or a server change (tick), not for a new context object
  }, [key, team?.tick]);

  return state;
}

export const useTeamCharts = () => useTeamRead((client, query, signal) => client.charts(query, signal));
export const useFillHealth = () => useTeamRead((client, query, signal) => client.fillHealth(query, signal));
export const usePractice = () => useTeamRead((client, query, signal) => client.practice(query, signal));
