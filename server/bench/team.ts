import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { AREAS } from '../../lib/schema';
import { EMPTY_FILTER, DEFAULT_SORT, type LogFilter } from '../../lib/logs';
import { LIVE_POLL_MS, TEAM_API_PREFIX, type IngestItem } from '../../lib/team';
import { hashSecret, newToken } from '../auth';
import { freePort, startCluster } from '../db/cluster';
import { migrate } from '../db/migrate';
import { spawnServer } from '../spawn';
import { agentIdOf, copyInto, generate, type Generated } from './records';

/**
 * `npm run bench -- team`: the team server at the size of a year of a 200-agent contact center.
 * A throwaway cluster gets ~5 million audit events (COPY), then the real service (its own
 * process, as in production) is measured: ingest through HTTP against COPY into the same
 * tables, an agent's step to the lead's screen through the live poll, the dashboard's reads,
 * a streamed 100,000-row CSV export, and the service's memory. Prints JSON rows
 * { figure, value, target } for scripts/bench.mjs.
 */
const SESSIONS = Number(process.env.PANDU_BENCH_TEAM_SESSIONS ?? 625_000);
const AGENTS = 200;
const DAYS = 365;
const RUNS = Number(process.env.PANDU_BENCH_RUNS ?? 5);
const TEAM = 'bench';
const END_MS = Date.parse('2026-12-01T00:00:00.000Z');
const DAY = 86_400_000;

interface Row {
  figure: string;
  value: string;
  target?: string;
}
const rows: Row[] = [];
const report = (figure: string, value: string, target?: string) => {
  rows.push({ figure, value, target });
  process.stderr.write(`${figure}: ${value}${target ? ` (target ${target})` : ''}\n`);
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const ms = (value: number) => `${Math.round(value)} ms`;
const count = (n: number) => n.toLocaleString('en-US');

async function seedAccounts(pool: pg.Pool): Promise<{ lead: string; agents: Map<string, string> }> {
  await pool.query(`insert into teams (id, name) values ($1, 'Bench contact center')`, [TEAM]);
  const lead = newToken();
  const leadId = randomUUID();
  await pool.query(`insert into accounts (id, role, name, team_id) values ($1, 'lead', 'Bench lead', $2)`, [leadId, TEAM]);
  await pool.query(`insert into tokens (id, account_id, token_hash, device) values ($1, $2, $3, 'bench')`, [randomUUID(), leadId, hashSecret(lead)]);
  const agents = new Map<string, string>();
  for (let i = 0; i < AGENTS; i++) {
    const id = randomUUID();
    const token = newToken();
    await pool.query(`insert into accounts (id, role, name, nossa_user_id, area, team_id) values ($1, 'agent', $2, $3, $4, $5)`, [
      id,
      `Agen ${i + 1}`,
      agentIdOf(i),
      AREAS[i % AREAS.length],
      TEAM,
    ]);
    await pool.query(`insert into tokens (id, account_id, token_hash, device) values ($1, $2, $3, 'bench')`, [randomUUID(), id, hashSecret(token)]);
    agents.set(agentIdOf(i), token);
  }
  return { lead, agents };
}

const areaOf = (agentId: string) => AREAS[(Number(agentId.slice(2)) - 1) % AREAS.length]!;

async function seedYear(pool: pg.Pool): Promise<{ events: number; sessions: number; seconds: number }> {
  const started = performance.now();
  const CHUNK = 25_000;
  let events = 0;
  for (let first = 0; first < SESSIONS; first += CHUNK) {
    const records = generate({ count: Math.min(CHUNK, SESSIONS - first), first, endMs: END_MS, days: DAYS, agents: AGENTS, shifts: first === 0 });
    events += records.events.length;
    await copyInto(pool, TEAM, areaOf, records);
    process.stderr.write(`\rseeded ${count(Math.min(SESSIONS, first + CHUNK))} sessions, ${count(events)} events`);
  }
  process.stderr.write('\n');
  await pool.query('analyze');
  return { events, sessions: SESSIONS, seconds: (performance.now() - started) / 1000 };
}

/** The service in its own process, as `npm run team-server` runs it (no rate limit: the bench is the only client). */
async function startService(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  return spawnServer({ databaseUrl, port: await freePort(), env: { RATE_PER_MINUTE: '1000000' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

const memoryOf = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
};

async function api<T>(base: string, token: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${TEAM_API_PREFIX}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await work(); // warm: the first run pays for plans and cold pages
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

const itemsOf = (records: Generated): Map<string, IngestItem[]> => {
  const byAgent = new Map<string, IngestItem[]>();
  const add = (agentId: string, item: IngestItem) => byAgent.set(agentId, [...(byAgent.get(agentId) ?? []), item]);
  for (const record of records.sessions) add(record.agentId, { kind: 'session', record });
  for (const record of records.events) add(record.agentId, { kind: 'event', record });
  return byAgent;
};

async function benchIngest(pool: pg.Pool, base: string, tokens: Map<string, string>) {
  const COUNT = Number(process.env.PANDU_BENCH_TEAM_INGEST ?? 6_000);
  const viaService = generate({ count: COUNT, first: SESSIONS + 1_000_000, endMs: END_MS, days: 30, agents: AGENTS });
  const viaCopy = generate({ count: COUNT, first: SESSIONS + 2_000_000, endMs: END_MS, days: 30, agents: AGENTS });
  const records = viaService.sessions.length + viaService.events.length;
  // Agents post in parallel, each its own records in batches of 500, as the extension flushes.
  const queue = [...itemsOf(viaService)].flatMap(([agentId, items]) => {
    const batches: Array<{ token: string; items: IngestItem[] }> = [];
    for (let i = 0; i < items.length; i += 500) batches.push({ token: tokens.get(agentId)!, items: items.slice(i, i + 500) });
    return batches;
  });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const answer = await api<{ quarantined: unknown[] }>(base, batch.token, '/ingest', { records: batch.items });
        // Every generated record is valid: a quarantined one would mean the figure measured refusals.
        if (answer.quarantined.length) throw new Error(`ingest quarantined ${answer.quarantined.length} records: ${JSON.stringify(answer.quarantined[0])}`);
      }
    }),
  );
  const serviceSeconds = (performance.now() - started) / 1000;
  const copyStarted = performance.now();
  await copyInto(pool, TEAM, areaOf, viaCopy);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  const copyRecords = viaCopy.sessions.length + viaCopy.events.length;
  const service = records / serviceSeconds;
  const copy = copyRecords / copySeconds;
  report(
    'team ingest: through the service (8 agents in parallel, batches of 500)',
    `${count(Math.round(service))} records/s (${count(records)} in ${serviceSeconds.toFixed(1)} s)`,
    '>= 2,000 records/s',
  );
  report('team ingest: COPY into the same tables', `${count(Math.round(copy))} records/s (${count(copyRecords)} in ${copySeconds.toFixed(1)} s)`);
  report('team ingest: service / COPY', `${(service / copy).toFixed(3)}`, 'measured, no target');
}

async function benchLatency(base: string, lead: string, tokens: Map<string, string>) {
  const ROUNDS = Number(process.env.PANDU_BENCH_TEAM_ROUNDS ?? 15);
  const agentId = agentIdOf(3);
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const session = generate({ count: 1, first: SESSIONS + 3_000_000 + round, endMs: Date.now() + DAY, days: 1, agents: AGENTS }).sessions[0]!;
    session.agentId = agentId;
    session.startedAt = new Date().toISOString();
    // The lead's dashboard: polls /changes every LIVE_POLL_MS and reads the first page when it moved.
    let seen = (await api<{ seq: string }>(base, lead, '/changes')).seq;
    const phase = Math.random() * LIVE_POLL_MS;
    const sentAt = performance.now() + phase;
    setTimeout(() => void api(base, tokens.get(agentId)!, '/ingest', { records: [{ kind: 'session', record: session }] }), phase);
    for (;;) {
      await new Promise((r) => setTimeout(r, LIVE_POLL_MS));
      const { seq } = await api<{ seq: string }>(base, lead, '/changes');
      if (seq === seen) continue;
      seen = seq;
      const page = await api<{ rows: Array<{ id: string }> }>(base, lead, '/logs/page', {
        filter: EMPTY_FILTER,
        zone: 'Asia/Jakarta',
        sort: DEFAULT_SORT,
        limit: 100,
        cursor: null,
      });
      if (page.rows.some((row) => row.id === session.id)) break;
    }
    latencies.push(performance.now() - sentAt);
  }
  report(
    `team live: agent's record stored -> on the lead's first page (poll every ${LIVE_POLL_MS / 1000} s; ${ROUNDS} rounds)`,
    `median ${ms(median(latencies))}, p95 ${ms(quantile(latencies, 0.95))}`,
    'p95 <= 5 s',
  );
}

async function benchReads(base: string, lead: string) {
  const query = (filter: Partial<LogFilter> = {}, sort = DEFAULT_SORT) => ({ filter: { ...EMPTY_FILTER, ...filter }, zone: 'Asia/Jakarta', sort, limit: 100, cursor: null });
  const page = (filter?: Partial<LogFilter>, sort?: typeof DEFAULT_SORT) => api(base, lead, '/logs/page', query(filter, sort));
  report(`team reads: first page (100 rows of ${count(SESSIONS)} sessions, newest first)`, ms(await timed(RUNS, () => page())), '<= 500 ms');
  report('team reads: filter change (one agent, unreachable)', ms(await timed(RUNS, () => page({ agentId: agentIdOf(7), outcome: 'unreachable' }))), '<= 1 s');
  report('team reads: ticket search (part of an id)', ms(await timed(RUNS, () => page({ ticket: '12345' }))), '<= 1 s');
  report('team reads: sort by handling time', ms(await timed(RUNS, () => page({}, { key: 'handlingSeconds', dir: 'desc' }))), '<= 2 s');
  const month = { from: new Date(END_MS - 31 * DAY).toISOString().slice(0, 10), to: new Date(END_MS - DAY).toISOString().slice(0, 10) };
  report('team reads: charts, last month', ms(await timed(RUNS, () => api(base, lead, '/logs/charts', { filter: { ...EMPTY_FILTER, ...month }, zone: 'Asia/Jakarta' }))), '<= 1 s');
  report('team reads: charts, the whole year', ms(await timed(Math.min(RUNS, 3), () => api(base, lead, '/logs/charts', { filter: EMPTY_FILTER, zone: 'Asia/Jakarta' }))), '<= 5 s');
  report(
    'team reads: fill health, last month',
    ms(await timed(Math.min(RUNS, 3), () => api(base, lead, '/fill-health', { filter: { ...EMPTY_FILTER, ...month }, zone: 'Asia/Jakarta' }))),
    '<= 2 s',
  );
  report(
    'team reads: per-agent practice, last month',
    ms(await timed(Math.min(RUNS, 3), () => api(base, lead, '/practice', { filter: { ...EMPTY_FILTER, ...month }, zone: 'Asia/Jakarta' }))),
    '<= 2 s',
  );
}

async function benchExport(base: string, lead: string) {
  // About 100,000 sessions: the year holds SESSIONS, evenly spread.
  const days = Math.ceil((100_000 / SESSIONS) * DAYS);
  const filter = { ...EMPTY_FILTER, from: new Date(END_MS - days * DAY).toISOString().slice(0, 10), to: new Date(END_MS - DAY).toISOString().slice(0, 10) };
  const times: number[] = [];
  let lines = 0;
  let bytes = 0;
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const started = performance.now();
    const ticket = await api<{ url: string }>(base, lead, '/exports', {
      filter,
      zone: 'Asia/Jakarta',
      sort: DEFAULT_SORT,
      format: 'csv',
      language: 'id',
      delimiter: ';',
      maskPhones: true,
      reasonLabels: {},
    });
    const response = await fetch(new URL(ticket.url, base));
    if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
    lines = 0;
    bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    times.push(performance.now() - started);
  }
  report(`team export: streamed CSV, ${count(lines - 1)} rows (${(bytes / 1e6).toFixed(1)} MB), request to last byte`, ms(median(times)), '<= 30 s');
}

async function main() {
  const cluster = await startCluster();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  let service: { url: string; child: ChildProcess } | null = null;
  try {
    await migrate(pool);
    const { lead, agents } = await seedAccounts(pool);
    const seeded = await seedYear(pool);
    const { rows: sizes } = await pool.query<{ events: string; bytes: string }>(`select (select count(*) from events) as events, pg_database_size(current_database()) as bytes`);
    report(
      'team data: a year of a 200-agent center (COPY)',
      `${count(Number(sizes[0]!.events))} events, ${count(seeded.sessions)} sessions, ${(Number(sizes[0]!.bytes) / 1e9).toFixed(1)} GB, seeded in ${seeded.seconds.toFixed(0)} s`,
      '>= 5,000,000 events',
    );
    service = await startService(cluster.url);
    await benchReads(service.url, lead);
    await benchExport(service.url, lead);
    await benchLatency(service.url, lead, agents);
    await benchIngest(pool, service.url, agents);
    const memory = memoryOf(service.child.pid!);
    report('team server memory (RSS now / peak over the run)', `${memory.rssMb.toFixed(0)} MB / ${memory.peakMb.toFixed(0)} MB`, 'peak <= 300 MB');
  } finally {
    service?.child.kill('SIGTERM');
    await pool.end();
    await cluster.stop();
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

await main();
