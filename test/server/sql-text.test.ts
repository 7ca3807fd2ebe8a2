import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { accountCreatedSchema, accountListSchema, enrolResponseSchema, ingestResponseSchema, recordSchemaOf, type IngestItem, type SyncedKind } from '../../lib/team';
import { FLOWS, shiftChecklist, workTicket } from '../../server/demo/work';
import { appFor } from './app';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, enrolled } from './fixtures';

/** Text that breaks naive SQL, JSON or terminals; no NUL (PostgreSQL cannot store it: that is quarantined, tested elsewhere). */
const HOSTILE = [
  `'); drop table events; --`,
  `Robert'); DROP TABLE sessions;--`,
  '\\',
  `"dua" 'satu' \`tiga\``,
  '$1 $$ %s %n {0} ${x}',
  `\\x00 \\u0000 E'\\''`,
  'Ñoño — 日本語 🙂 \u202Eterbalik',
  '<script>alert(1)</script>',
];
const NOSSA_ID = `9301'; --"\\`;

/**
 * Every string of a record that its schema would also accept as hostile text, replaced by it: so
 * "every text field" is decided by the schema, not by a list kept by hand.
 */
function hostile(kind: SyncedKind, record: unknown): unknown {
  const schema = recordSchemaOf[kind];
  let n = 0;
  const visit = (value: unknown, root: () => unknown, set: (v: unknown) => void, key: string): void => {
    if (typeof value === 'string') {
      const candidate = key === 'agentId' ? NOSSA_ID : HOSTILE[n++ % HOSTILE.length]!;
      set(candidate);
      if (!z.safeParse(schema, root()).success) set(value);
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, root, (v) => (value[i] = v), String(i)));
    else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) visit(item, root, (v) => ((value as Record<string, unknown>)[k] = v), k);
  };
  const copy = structuredClone(record);
  visit(
    copy,
    () => copy,
    () => undefined,
    '',
  );
  return z.parse(schema, copy);
}

describe('SQL metacharacters in every text field', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await freshDatabase();
    app = await appFor(db);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('are stored and read back verbatim, in accounts, teams, devices and records, with every table intact', async () => {
    const tablesNow = async () =>
      (await db.pool.query<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`)).rows.map((r) => r.t);
    const tablesBefore = await tablesNow();
    expect(tablesBefore).toEqual(expect.arrayContaining(['accounts', 'events', 'quarantine', 'sessions', 'shifts', 'teams', 'tokens']));
    await addTeam(db.pool, 'occ-bdg', HOSTILE[0]);
    const admin = await enrolled(db.pool, { role: 'admin', name: HOSTILE[1] });
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.auth,
      payload: { role: 'agent', name: HOSTILE[6], nossaUserId: NOSSA_ID, teamId: 'occ-bdg', area: 'BDG' },
    });
    const { account, enrolment } = accountCreatedSchema.parse(created.json());
    expect(account).toMatchObject({ name: HOSTILE[6], nossaUserId: NOSSA_ID, team: { name: HOSTILE[0] } });
    const enrol = enrolResponseSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: enrolment.code, device: HOSTILE[3] } })).json());
    const auth = { authorization: `Bearer ${enrol.token}` };

    const work = workTicket({ agentId: NOSSA_ID, ticketId: 'IN110088777', startedAt: '2026-11-20T01:00:00.000Z', steps: FLOWS.declined(), fill: { ok: true } });
    const shift = shiftChecklist({ id: crypto.randomUUID(), agentId: NOSSA_ID, shiftDate: '2026-11-20', startsAt: '2026-11-20T00:00:00.000Z', ticked: 3 });
    const items: IngestItem[] = [
      { kind: 'session', record: hostile('session', work.versions.at(-1)) },
      ...work.events.map((event) => ({ kind: 'event' as const, record: hostile('event', event) })),
      { kind: 'shift', record: hostile('shift', shift) },
    ];
    const serialized = JSON.stringify(items);
    for (const text of HOSTILE) expect(serialized).toContain(JSON.stringify(text).slice(1, -1));

    const answer = ingestResponseSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: auth, payload: { records: items } })).json());
    expect(answer.quarantined).toEqual([]);
    expect(answer.accepted).toHaveLength(items.length);

    const table = { session: 'sessions', event: 'events', shift: 'shifts' } as const;
    for (const item of items) {
      const { rows } = await db.pool.query(`select record, agent_id from ${table[item.kind]} where id = $1`, [(item.record as { id: string }).id]);
      expect(rows).toEqual([{ record: item.record, agent_id: NOSSA_ID }]);
    }
    const list = accountListSchema.parse((await app.inject({ url: '/api/v1/accounts', headers: admin.auth })).json());
    const stored = list.accounts.find((a) => a.id === account.id)!;
    expect(stored).toMatchObject({ name: HOSTILE[6], nossaUserId: NOSSA_ID, team: { id: 'occ-bdg', name: HOSTILE[0] } });
    expect(stored.tokens.map((t) => t.device)).toEqual([HOSTILE[3]]);

    expect(await tablesNow()).toEqual(tablesBefore);
    const counts = await db.pool.query(
      `select (select count(*) from events)::int as events, (select count(*) from sessions)::int as sessions, (select count(*) from accounts)::int as accounts`,
    );
    expect(counts.rows[0]).toEqual({ events: work.events.length, sessions: 1, accounts: 2 });
  });

  it('a NUL or a broken UTF-16 pair in a record is quarantined (PostgreSQL cannot store it), never failing the batch', async () => {
    const agent = await enrolled(db.pool, { role: 'agent', nossaUserId: '930177', teamId: 'occ-bdg' });
    const work = workTicket({ agentId: '930177', ticketId: 'IN110088778', startedAt: '2026-11-20T01:00:00.000Z', steps: FLOWS.declined() });
    const [started, request, ...rest] = work.events;
    const nul = structuredClone(request!) as { payload: { note: string } };
    nul.payload.note = 'sebelum\u0000sesudah';
    const surrogate = structuredClone(started!) as { id: string; payload: { ticket: { customerName: string } } };
    surrogate.id = crypto.randomUUID();
    surrogate.payload.ticket.customerName = 'Bu \uD800 Sari';
    const items: IngestItem[] = [
      { kind: 'event', record: nul },
      { kind: 'event', record: surrogate },
      ...[started!, ...rest].map((record) => ({ kind: 'event' as const, record })),
    ];
    const answer = ingestResponseSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: agent.auth, payload: { records: items } })).json());
    expect(answer.quarantined.map(({ index, path }) => [index, path])).toEqual([
      [0, 'record.payload.note'],
      [1, 'record.payload.ticket.customerName'],
    ]);
    expect(answer.accepted).toHaveLength(items.length - 2);
    const kept = await db.pool.query(`select raw #>> '{payload,note}' as note from quarantine where path = 'record.payload.note'`);
    expect(kept.rows).toEqual([{ note: 'sebelum\uFFFDsesudah' }]);
  });
});
