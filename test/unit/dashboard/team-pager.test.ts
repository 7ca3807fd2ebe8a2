import { describe, expect, it } from 'vitest';
import { createTeamPager, type PagerQuery } from '@/entrypoints/dashboard/team/team-pager';
import { DEFAULT_SORT, EMPTY_FILTER, type LogRow } from '@/lib/logs';
import type { LogPage, LogPageQuery } from '@/lib/team';

/**
 * The team log's pager (entrypoints/dashboard/team/team-pager.ts) against a fake server that
 * pages a list with a keyset cursor the way the real one does: the rows after the cursor's row.
 */
const row = (n: number): LogRow => ({
  id: `s${n}`,
  ticketId: `IN${n}`,
  agentId: 'agent01',
  agentName: 'Budi',
  area: 'JKT',
  startedMs: n,
  endedMs: null,
  handlingSeconds: null,
  status: 'open',
  outcome: null,
  reasonCode: '',
  pendingUntilMs: null,
  attempts: 0,
  failedAttempts: 0,
  fill: 'none',
  revision: 'r1',
});

/** A server whose log the test changes; each request is recorded; answers wait for `release` when held. */
function fakeServer(count: number) {
  let rows = Array.from({ length: count }, (_, i) => row(count - i)); // newest first
  let seq = 1;
  const asked: LogPageQuery[] = [];
  let held: Array<() => void> | null = null;
  return {
    asked,
    /** An agent's new session: on top of the newest-first log. */
    add(n: number) {
      rows = [row(n), ...rows];
      seq++;
    },
    hold: () => void (held = []),
    release() {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((go) => go());
    },
    async fetchPage(query: LogPageQuery, signal: AbortSignal): Promise<LogPage> {
      asked.push(query);
      if (held) await new Promise<void>((go) => held!.push(go));
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      const matching = query.filter.ticket ? rows.filter((r) => r.ticketId.includes(query.filter.ticket)) : rows;
      const start = query.cursor === null || query.cursor === undefined ? 0 : matching.findIndex((r) => r.id === query.cursor) + 1;
      const limit = query.limit ?? 100;
      const page = matching.slice(start, start + limit);
      const more = start + limit < matching.length;
      return { rows: page, nextCursor: more ? page[page.length - 1]!.id : null, total: matching.length, seq: String(seq) };
    },
  };
}

const QUERY: PagerQuery = { filter: EMPTY_FILTER, sort: DEFAULT_SORT, zone: 'Asia/Jakarta' };
/** Resolves once the pager's state satisfies the check. */
function until(pager: ReturnType<typeof createTeamPager>, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const stop = pager.subscribe(() => {
      if (check()) {
        stop();
        resolve();
      }
    });
  });
}

describe('the team pager', () => {
  it('reads the first page, then the next pages in order (keyset cursor) as the table scrolls', async () => {
    const server = fakeServer(250);
    const pager = createTeamPager(server.fetchPage, 100);
    pager.setQuery(QUERY);
    expect(pager.getState()).toMatchObject({ loading: true, total: null });
    await until(pager, () => pager.getState().loaded === 100);
    expect(pager.getState()).toMatchObject({ total: 250, loaded: 100, loading: false, seq: '1' });
    expect(pager.rowAt(0)?.id).toBe('s250');
    expect(pager.rowAt(100)).toBeUndefined();

    pager.need(230); // the lead jumped near the end: pages 2 and 3, one after the other
    await until(pager, () => pager.getState().loaded === 250);
    expect(server.asked.map((q) => q.cursor)).toEqual([null, 's151', 's51']);
    expect(server.asked.every((q) => q.limit === 100)).toBe(true);
    expect(pager.rowAt(249)?.id).toBe('s1');
    pager.need(250);
    expect(server.asked).toHaveLength(3); // nothing more to read
  });

  it('on a server change, reads what is in view again and swaps it in at once: nothing blanks meanwhile', async () => {
    const server = fakeServer(150);
    const pager = createTeamPager(server.fetchPage, 100);
    pager.setQuery(QUERY);
    pager.need(120);
    await until(pager, () => pager.getState().loaded === 150);
    const before = pager.getState().version;

    server.add(151);
    server.hold();
    pager.refresh();
    await until(pager, () => server.asked.length === 3);
    // While the server answers, the old rows stay.
    expect(pager.rowAt(0)?.id).toBe('s150');
    expect(pager.getState().loaded).toBe(150);
    server.release();
    await until(pager, () => pager.getState().version > before);
    // Read from the top, as far as the table showed (two pages), with the new session first.
    expect(server.asked.slice(2).map((q) => q.cursor)).toEqual([null, 's52']);
    expect(pager.rowAt(0)?.id).toBe('s151');
    expect(pager.getState()).toMatchObject({ total: 151, loaded: 151, seq: '2' });
  });

  it('a refresh reads only as far as the table shows now, not every page ever read', async () => {
    const server = fakeServer(500);
    const pager = createTeamPager(server.fetchPage, 100);
    pager.setQuery(QUERY);
    pager.need(450);
    await until(pager, () => pager.getState().loaded === 500);
    pager.need(20); // scrolled back to the top
    server.add(501);
    const asked = server.asked.length;
    pager.refresh();
    await until(pager, () => pager.getState().total === 501);
    expect(server.asked.length - asked).toBe(1);
    expect(pager.getState().loaded).toBe(100);
  });

  it('a new filter starts from the first page and drops the answers still on their way for the old one', async () => {
    const server = fakeServer(300);
    const pager = createTeamPager(server.fetchPage, 100);
    server.hold();
    pager.setQuery(QUERY);
    pager.setQuery({ ...QUERY, filter: { ...EMPTY_FILTER, ticket: 'IN29' } });
    server.release();
    await until(pager, () => pager.getState().total !== null);
    // IN29, IN290..IN299: 11 sessions; the first (unfiltered) answer never shows.
    expect(pager.getState()).toMatchObject({ total: 11, loaded: 11 });
    expect(pager.rowAt(0)?.ticketId).toBe('IN299');
    expect(server.asked.at(-1)?.filter.ticket).toBe('IN29');
  });

  it('the same query again reads nothing; a failed read keeps the rows and says why, and a refresh retries', async () => {
    const server = fakeServer(50);
    let fail = false;
    const pager = createTeamPager((q, s) => (fail ? Promise.reject(new Error('down')) : server.fetchPage(q, s)), 100);
    pager.setQuery(QUERY);
    await until(pager, () => pager.getState().loaded === 50);
    pager.setQuery({ ...QUERY });
    expect(server.asked).toHaveLength(1);

    fail = true;
    pager.refresh();
    await until(pager, () => pager.getState().error !== null);
    expect(pager.getState().loaded).toBe(50);
    expect(pager.rowAt(0)?.id).toBe('s50');

    fail = false;
    server.add(51);
    pager.refresh();
    await until(pager, () => pager.getState().total === 51);
    expect(pager.getState().error).toBeNull();
  });

  it('finds a session among the rows read (the table keeps the lead’s row when rows arrive above it)', async () => {
    const server = fakeServer(10);
    const pager = createTeamPager(server.fetchPage, 100);
    pager.setQuery(QUERY);
    await until(pager, () => pager.getState().loaded === 10);
    expect(pager.indexOf('s7')).toBe(3);
    server.add(11);
    pager.refresh();
    await until(pager, () => pager.getState().total === 11);
    expect(pager.indexOf('s7')).toBe(4);
    expect(pager.indexOf('nope')).toBe(-1);
  });
});
