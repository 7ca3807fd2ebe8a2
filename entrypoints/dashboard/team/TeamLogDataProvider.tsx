import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSettings } from '@/components/SettingsProvider';
import type { AgentInfo, LogFilter, LogSort } from '@/lib/logs';
import type { TeamConnection } from '@/lib/team';
import { createTeamClient, TeamRequestError, type TeamClient } from '@/lib/team/client';
import { localClock } from '@/lib/time';
import { LogViewContext, type DetailView, type LogView } from '../data/log-view';
import { useSavedView } from '../data/saved-view';
import { createChangeWatcher } from './change-watcher';
import { createTeamPager } from './team-pager';
import { TeamContext, type TeamLink } from './TeamContext';

/** Rows per request: a screen is about 20, so a page covers several screens of scrolling. */
const PAGE_SIZE = 200;

interface Props {
  connection: TeamConnection;
  children: ReactNode;
  /** The tests' client (a fake fetch); one for the connection otherwise. */
  client?: TeamClient;
  /** How often the server's change counter is asked (ms). */
  intervalMs?: number;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The whole team's log from the team server, behind the same interface as this browser's
 * (LogViewContext): the table reads pages as the lead scrolls, the charts, fill health and
 * practice views ask the server for their figures, and everything shown is read again within
 * seconds of an agent's step (the server's change counter, asked every 2 s while the tab is visible).
 */
export function TeamLogDataProvider({ connection, children, client: given, intervalMs }: Props) {
  const { settings } = useSettings();
  const client = useMemo(() => given ?? createTeamClient({ url: connection.url, token: connection.token }), [given, connection.url, connection.token]);
  const pager = useMemo(() => createTeamPager((query, signal) => client.logPage(query, signal), PAGE_SIZE), [client]);
  const paged = useSyncExternalStore(pager.subscribe, pager.getState);
  const [tick, setTick] = useState(0);
  const watcher = useMemo(
    () =>
      createChangeWatcher({
        changes: (signal) => client.changes(signal),
        onChange: () => {
          pager.refresh();
          setTick((n) => n + 1);
        },
        intervalMs,
      }),
    [client, pager, intervalMs],
  );
  const live = useSyncExternalStore(watcher.subscribe, watcher.getState);
  const [view, setView] = useSavedView();
  const zone = useMemo(() => browserZone(), []);
  const clock = useMemo(() => localClock(), []);

  useEffect(() => () => pager.stop(), [pager]);
  useEffect(() => pager.setQuery({ filter: view.filter, sort: view.sort, zone }), [pager, view, zone]);

  useEffect(() => {
    watcher.start();
    const wake = () => watcher.wake();
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    return () => {
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
      watcher.stop();
    };
  }, [watcher]);

  // The team's agents (names and areas for the filter and the table's tooltips), read again as the team changes.
  const [agents, setAgents] = useState<Map<string, AgentInfo>>(new Map());
  useEffect(() => {
    const controller = new AbortController();
    client.agents(controller.signal).then(
      ({ accounts }) => {
        const directory = new Map<string, AgentInfo>();
        for (const account of accounts)
          if (account.nossaUserId) directory.set(account.nossaUserId, { nossaUserId: account.nossaUserId, name: account.name, area: account.area, teamLead: '' });
        setAgents(directory);
      },
      () => undefined, // the filter then offers the agents by id only; the live banner says when the server is away
    );
    return () => controller.abort();
  }, [client, tick]);

  const setFilter = useCallback((filter: LogFilter) => setView((v) => ({ ...v, filter })), [setView]);
  const setSort = useCallback((sort: LogSort) => setView((v) => ({ ...v, sort })), [setView]);
  const showRange = useCallback((_start: number, end: number) => pager.need(end), [pager]);
  const loadDetail = useCallback(
    (sessionId: string): Promise<DetailView | null> =>
      client.session(sessionId).then(
        ({ session, events }) => ({ session, events, source: 'team' as const }),
        (error: unknown) => {
          if (error instanceof TeamRequestError && error.code === 'not.found') return null;
          throw error;
        },
      ),
    [client],
  );
  const agentIds = useMemo(() => [...agents.keys()].sort(), [agents]);
  const reasons = useMemo(() => (settings?.procedure.reasons ?? []).map((reason) => reason.code), [settings]);

  const common: LogView = {
    source: 'team',
    filter: view.filter,
    setFilter,
    sort: view.sort,
    setSort,
    clock,
    count: paged.total,
    all: null,
    complete: paged.total !== null,
    progress: null,
    pending: paged.loading,
    error: paged.error,
    rowAt: pager.rowAt,
    indexOf: pager.indexOf,
    showRange,
    version: paged.version,
    agents,
    agentIds,
    reasons,
    loadDetail,
  };
  const link: TeamLink = useMemo(() => ({ connection, client, live, tick, query: { filter: view.filter, zone } }), [connection, client, live, tick, view.filter, zone]);
  return (
    <TeamContext.Provider value={link}>
      <LogViewContext.Provider value={common}>{children}</LogViewContext.Provider>
    </TeamContext.Provider>
  );
}
