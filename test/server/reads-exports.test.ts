import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvChunks, exportFileSchema, exportLabels, sessionColumns, type ExportLabels } from '../../lib/export';
import { EMPTY_FILTER, sortRows, toLogDetail, type LogSort } from '../../lib/logs';
import type { PanduEvent, Session } from '../../lib/schema';
import { exportTicketSchema, type ExportRequest } from '../../lib/team';
import { localClock } from '../../lib/time';
import { buildServer, type ServerOptions } from '../../server/app';
import { xlsxWorkbook } from '../../server/exports/write-xlsx';
import { exportRequestSchema } from '../../lib/team';
import { freshDatabase, type TestDatabase } from './database';
import { browserRows, createMember, createTeam, eventsOf, sessionsOf, shiftsOf, storeRecords, type Member } from './seed';
import { eventOf, fillResultEvent, sessionRecord, shiftRecord, uuid } from './seed-records';

const ZONE = 'Asia/Makassar';

describe('reads: exports by one-time ticket, streamed', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clockMs = Date.parse('2026-11-30T03:00:00.000Z');
  let agents: Member[];
  let lead: Member;
  let otherLead: Member;
  let sessions: Session[];
  let events: PanduEvent[];

  beforeAll(async () => {
    db = await freshDatabase();
    const options: ServerOptions & { now: () => number } = { pool: db.pool, publicUrl: 'https://pandu.example.co.id', now: () => clockMs };
    app = await buildServer(options);
    await createTeam(db.pool, 'bdg-1');
    await createTeam(db.pool, 'dps-1');
    agents = [
      await createMember(db.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-1', nossaUserId: '930101', area: 'BDG' }),
      await createMember(db.pool, { role: 'agent', name: 'Ni Luh Putu; "Ayu"', team: 'bdg-1', nossaUserId: '940202', area: 'DPS' }),
    ];
    lead = await createMember(db.pool, { role: 'lead', name: 'Rina', team: 'bdg-1' });
    otherLead = await createMember(db.pool, { role: 'lead', name: 'Gusti', team: 'dps-1' });
    const base = Date.parse('2026-11-20T01:00:00.000Z');
    sessions = Array.from({ length: 30 }, (_, i) =>
      sessionRecord({
        n: i + 1,
        agentId: i % 3 === 0 ? '940202' : '930101',
        startedAt: new Date(base + i * 5 * 3_600_000).toISOString(),
        ticketId: `IN${110088000 + i}`,
        outcome: (['approved', 'unreachable', 'declined', 'cancelled', null] as const)[i % 5]!,
        reasonCode: i % 4 === 0 ? '' : 'PLG-RESCHEDULE',
        attempts: i % 2 ? ['no-answer', 'connected'] : ['busy'],
        appliedBy: i % 3 === 0 ? 'fill' : 'manual',
        minutes: 3 + i,
        pendingMinutes: 24 * 60,
        requesterName: i === 5 ? '=1+1' : i === 6 ? '@SUM(A1)' : 'Asep Saepudin',
        workLog: `Pelanggan dikonfirmasi di 081234567890 (${i})`,
      }),
    );
    events = sessions.flatMap((session, i) => [
      eventOf(
        session,
        { type: 'session.started', payload: { ticket: { ticketId: session.ticketId, contactPhone: '6281234567890', customerName: 'Bapak Hendra' } } },
        session.startedAt,
        uuid(2, i * 10),
      ),
      ...(i % 2 ? [fillResultEvent(session, i % 4 === 1, session.updatedAt, uuid(2, i * 10 + 1))] : []),
    ]);
    const checklist = eventOf(
      null,
      { type: 'checklist.completed', payload: { shiftId: uuid(3, 1), shiftDate: '2026-11-21', shiftName: 'pagi', step: '1.1.6', detected: false } },
      '2026-11-21T00:05:00.000Z',
      uuid(2, 9_999),
      '930101',
    );
    const shift = shiftRecord({ id: uuid(3, 1), agentId: '930101', shiftDate: '2026-11-21', startsAt: '2026-11-21T00:00:00.000Z', completedAt: '2026-11-21T00:05:00.000Z' });
    for (const agent of agents) {
      const id = agent.caller.nossaUserId;
      await storeRecords(db.pool, agent, [
        ...sessionsOf(sessions.filter((s) => s.agentId === id)),
        ...eventsOf([...events, checklist].filter((e) => e.agentId === id)),
        ...shiftsOf(id === '930101' ? [shift] : []),
      ]);
    }
    events.push(checklist);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const order = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
    filter: EMPTY_FILTER,
    zone: ZONE,
    sort: { key: 'ticketId', dir: 'desc' },
    format: 'csv',
    language: 'id',
    delimiter: ';',
    maskPhones: true,
    reasonLabels: { 'PLG-RESCHEDULE': 'Pelanggan minta jadwal ulang' },
    ...overrides,
  });
  const ask = async (who: Member, body: ExportRequest, team?: string) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/exports${team ? `?team=${team}` : ''}`, headers: who.auth, payload: body });
    return { status: response.statusCode, body: response.json<unknown>() };
  };
  const download = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });

  const labelsFor = (request: ExportRequest): ExportLabels => {
    const labels = exportLabels(request.language, []);
    return { ...labels, reason: (code) => request.reasonLabels?.[code] ?? '' };
  };

  /** What the dashboard's export worker writes for the same rows (writeCsvBlob's text parts, joined). */
  function workerCsv(request: ExportRequest, sort: LogSort): string {
    const clock = localClock(request.zone);
    const rows = sortRows(browserRows(sessions, events, agents), sort);
    const details = new Map(sessions.map((s) => [s.id, toLogDetail(s)]));
    const items = rows.map((row) => ({ row, detail: details.get(row.id)! }));
    return [...csvChunks(sessionColumns(labelsFor(request), clock), items, { clock, delimiter: request.delimiter ?? ';', mask: request.maskPhones ?? true })].join('');
  }

  it('writes the CSV the dashboard writes: BOM, headers, cells, formulas neutralised, phones masked; the ticket works once', async () => {
    const request = order();
    const asked = await ask(lead, request);
    expect(asked.status).toBe(200);
    const ticket = exportTicketSchema.parse(asked.body);
    expect(ticket.url).toMatch(/^https:\/\/pandu\.example\.co\.id\/api\/v1\/exports\/pdx_/);
    // Named for the team and the days its sessions cover (in the lead's zone), as the dashboard names its own.
    expect(ticket.fileName).toBe('pandu-tim-bdg-1-2026-11-20_2026-11-26.csv');
    const response = await download(ticket.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('pandu-tim-bdg-1-2026-11-20_2026-11-26.csv');
    const text = response.body;
    expect(text).toBe(workerCsv(request, request.sort));
    expect(text.startsWith('\uFEFFTiket;ID agen;Nama agen;Area;')).toBe(true);
    expect(text).toContain(";'=1+1;");
    expect(text).toContain(";'@SUM(A1);");
    expect(text).toContain('0812*****890');
    expect(text).not.toContain('081234567890');
    expect(text).toContain('Pelanggan minta jadwal ulang');
    expect(text.split('\r\n').length - 2).toBe(sessions.length);

    const again = await download(ticket.url);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'not.found' } });
  });

  it('writes comma-separated, unmasked and filtered exports the same way', async () => {
    const request = order({ delimiter: ',', maskPhones: false, language: 'en', sort: { key: 'handlingSeconds', dir: 'asc' }, filter: { ...EMPTY_FILTER, agentId: '930101' } });
    const ticket = exportTicketSchema.parse((await ask(lead, request)).body);
    expect(ticket.fileName).toBe('pandu-agent-930101-2026-11-20_2026-11-26.csv');
    const text = (await download(ticket.url)).body;
    const rows = sortRows(
      browserRows(sessions, events, agents).filter((r) => r.agentId === '930101'),
      request.sort,
    );
    expect(text.split('\r\n').length - 2).toBe(rows.length);
    expect(text).toContain('081234567890');
    const clock = localClock(ZONE);
    const details = new Map(sessions.map((s) => [s.id, toLogDetail(s)]));
    const expected = [
      ...csvChunks(
        sessionColumns(labelsFor(request), clock),
        rows.map((row) => ({ row, detail: details.get(row.id)! })),
        { clock, delimiter: ',', mask: false },
      ),
    ].join('');
    expect(text).toBe(expected);
  });

  it('names a filtered export by the rule the dashboard follows: the team, the days kept, the rest of the filter', async () => {
    const filter = { ...EMPTY_FILTER, area: 'DPS' as const, outcome: 'unreachable' as const, reasonCode: 'PLG-RESCHEDULE' };
    const named = async (overrides: Partial<ExportRequest>) => exportTicketSchema.parse((await ask(lead, order({ filter, ...overrides }))).body).fileName;
    // Only 940202 works in DPS: the file holds one agent's sessions (the 21st and the 24th), so it is that agent's file.
    expect(await named({})).toBe('pandu-agen-940202-2026-11-21_2026-11-24-dps-tidak-terhubung-plg-reschedule.csv');
    expect(await named({ format: 'xlsx', language: 'en', filter: { ...filter, from: '2026-11-01', to: '2026-11-30' } })).toBe(
      'pandu-agent-940202-2026-11-01_2026-11-30-dps-unreachable-plg-reschedule.xlsx',
    );
    expect(await named({ filter: { ...filter, area: null } })).toBe('pandu-tim-bdg-1-2026-11-20_2026-11-25-tidak-terhubung-plg-reschedule.csv');
    // Nothing kept, no days chosen: the export's day.
    expect(await named({ filter: { ...EMPTY_FILTER, ticket: 'NONE' } })).toBe('pandu-tim-bdg-1-2026-11-30-tiket-none.csv');
  });

  it('a ticket expires after two minutes', async () => {
    const ticket = exportTicketSchema.parse((await ask(lead, order())).body);
    clockMs += 2 * 60_000 + 1;
    try {
      expect((await download(ticket.url)).statusCode).toBe(404);
    } finally {
      clockMs -= 2 * 60_000 + 1;
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/exports/pdx_forged' })).statusCode).toBe(404);
  });

  it('writes a pandu-export JSON file the dashboard can import', async () => {
    const request = order({ format: 'json', filter: { ...EMPTY_FILTER, from: '2026-11-20', to: '2026-11-24' } });
    const ticket = exportTicketSchema.parse((await ask(lead, request)).body);
    expect(ticket.fileName).toBe('pandu-tim-bdg-1-2026-11-20_2026-11-24.json');
    const response = await download(ticket.url);
    expect(response.statusCode).toBe(200);
    const file = exportFileSchema.parse(JSON.parse(response.body));
    const clock = localClock(ZONE);
    const kept = sessions.filter((s) => Date.parse(s.startedAt) >= clock.dayStart('2026-11-20') && Date.parse(s.startedAt) < clock.dayStart('2026-11-25'));
    expect(file.sessions.map((s) => s.id)).toEqual(sortRows(browserRows(kept, events, agents), request.sort).map((r) => r.id));
    expect(file.masked).toBe(true);
    expect(file.contents).toEqual({
      scope: 'team',
      team: 'Tim bdg-1',
      agentId: null,
      agents: 2,
      from: '2026-11-20',
      to: '2026-11-24',
      zone: ZONE,
      filter: request.filter,
      filterText: '',
    });
    expect(JSON.stringify(file.sessions)).not.toContain('081234567890');
    const keptIds = new Set(kept.map((s) => s.id));
    expect(file.events.filter((e) => e.sessionId !== null).length).toBe(events.filter((e) => e.sessionId !== null && keptIds.has(e.sessionId)).length);
    expect(file.events.some((e) => e.type === 'checklist.completed')).toBe(true);
    expect(file.shifts.map((s) => s.id)).toEqual([uuid(3, 1)]);
    expect(file.agents.map((a) => [a.nossaUserId, a.name, a.area, a.teamLead])).toEqual([
      ['930101', 'Dewi Lestari', 'BDG', 'Rina'],
      ['940202', 'Ni Luh Putu; "Ayu"', 'DPS', 'Rina'],
    ]);
  });

  it('writes an XLSX workbook, capped at one sheet of rows', async () => {
    const ticket = exportTicketSchema.parse((await ask(lead, order({ format: 'xlsx' }))).body);
    const response = await download(ticket.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(response.headers['x-pandu-rows-capped']).toBeUndefined();
    const capped = await xlsxWorkbook(db.pool, exportRequestSchema.parse(order({ format: 'xlsx' })), 'bdg-1', 7);
    expect(capped).toMatchObject({ rows: 7, capped: true });
  });

  it("refuses another team's export to a lead, and an export to an agent", async () => {
    const refused = await ask(lead, order(), 'dps-1');
    expect(refused.status).toBe(403);
    expect((await ask(agents[0]!, order())).status).toBe(403);
    const theirs = exportTicketSchema.parse((await ask(otherLead, order())).body);
    const text = (await download(theirs.url)).body;
    expect(text.split('\r\n').length - 2).toBe(0);
  });
});
