import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '@/lib/schema';
import { EXPORT_VERSION, ExportFileWriter, buildExportFile, exportFileSchema, type ExportFile } from '@/lib/export';
import { checkImportData, checkImportSize, checkImportText, planMerge, type ImportProblem } from '@/lib/import';
import { AGENTS, agentFile, directory, makeSession, makeShift, trailOf } from './factory';

const text = (file: unknown) => JSON.stringify(file);
const problemOf = (input: string, limits?: Parameters<typeof checkImportText>[1]): ImportProblem => {
  const result = checkImportText(input, limits);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
};

describe('the JSON export file', () => {
  it('is versioned, complete, and validates against its own schema', () => {
    const file = agentFile(AGENTS.dewi!, 1, 3);
    expect(file).toMatchObject({ format: 'pandu-export', version: EXPORT_VERSION, masked: false, exportedBy: { nossaUserId: '930101', area: 'BDG' } });
    expect(file.sessions).toHaveLength(3);
    expect(file.events).toHaveLength(15);
    expect(file.shifts).toHaveLength(1);
    const check = checkImportText(text(file));
    expect(check.ok).toBe(true);
    expect(exportFileSchema.parse(JSON.parse(text(file)))).toEqual(check.ok && check.file);
  });

  it('names every agent whose records it holds, with area, so each session can be attributed', () => {
    const sessions = [makeSession(1, { agentId: '930101' }), makeSession(2, { agentId: '940202' }), makeSession(3, { agentId: '777777' })];
    const file = buildExportFile({
      sessions,
      events: [],
      shifts: [],
      agents: directory(AGENTS.dewi!, AGENTS.putu!),
      exportedBy: null,
      exportedAt: '2026-11-27T03:00:00.000Z',
      appVersion: '0.1.0',
      mask: false,
    });
    expect(file.agents).toEqual([{ nossaUserId: '777777', name: '', area: null, teamLead: '' }, { ...AGENTS.dewi }, { ...AGENTS.putu }]);
    expect(checkImportText(text(file)).ok).toBe(true);
  });

  it('masks phone numbers in answers and payloads when asked, and says so', () => {
    const file = agentFile(AGENTS.dewi!, 1, 1, { mask: true });
    const json = text(file);
    expect(file.masked).toBe(true);
    expect(json).not.toContain('081234567890');
    expect(json).not.toContain('6281234567890');
    expect(json).toContain('0812*****890');
    expect(checkImportText(json).ok).toBe(true);
  });
});

describe('the JSON writer, section by section', () => {
  const sessions = [1, 2, 3, 4, 5].map((n) => makeSession(n, { agentId: n % 2 ? '930101' : '940202' }));
  const header = { agents: directory(AGENTS.dewi!, AGENTS.putu!), exportedBy: null, exportedAt: '2026-11-27T03:00:00.000Z', appVersion: '0.1.0', mask: true };

  it('writes in chunks exactly what the one-shot build writes', () => {
    const writer = new ExportFileWriter(header);
    writer.sessions(sessions.slice(0, 2));
    writer.sessions([]);
    writer.sessions(sessions.slice(2));
    writer.events(sessions.slice(0, 3).flatMap(trailOf));
    writer.events(sessions.slice(3).flatMap(trailOf));
    const chunked = JSON.parse(writer.finish().join(''));
    expect(chunked).toEqual(buildExportFile({ ...header, sessions, events: sessions.flatMap(trailOf), shifts: [] }));
    expect(chunked.shifts).toEqual([]);
    expect(chunked.agents.map((a: { nossaUserId: string }) => a.nossaUserId)).toEqual(['930101', '940202']);
    expect(checkImportData(chunked).ok).toBe(true);
  });

  it('writes an empty export as a valid file, and refuses sections out of order', () => {
    const empty = JSON.parse(new ExportFileWriter(header).finish().join(''));
    expect(empty).toMatchObject({ sessions: [], events: [], shifts: [], agents: [] });
    expect(checkImportData(empty).ok).toBe(true);
    const writer = new ExportFileWriter(header);
    writer.events([]);
    expect(() => writer.sessions(sessions)).toThrow(/out of order/);
  });
});

describe('import validation: a file is taken whole or refused whole, with the reason', () => {
  const good = agentFile(AGENTS.dewi!, 1, 3);

  it('refuses what is not JSON, or not a Pandu file', () => {
    expect(problemOf(text(good).slice(0, 500))).toMatchObject({ code: 'not-json' });
    expect(problemOf('')).toEqual({ code: 'empty' });
    expect(problemOf('[]')).toEqual({ code: 'not-pandu' });
    expect(problemOf(text({ ...good, format: 'excel' }))).toEqual({ code: 'not-pandu' });
    expect(problemOf('"pandu-export"')).toEqual({ code: 'not-pandu' });
  });

  it('tells a file from a newer Pandu apart from an unknown version', () => {
    expect(problemOf(text({ ...good, version: 2 }))).toEqual({ code: 'version-newer', version: 2 });
    expect(problemOf(text({ ...good, version: 0 }))).toEqual({ code: 'version-unknown', version: '0' });
    expect(problemOf(text({ ...good, version: '1' }))).toEqual({ code: 'version-unknown', version: '1' });
    const { version: _version, ...noVersion } = good;
    expect(problemOf(text(noVersion))).toEqual({ code: 'version-unknown', version: 'undefined' });
  });

  it('refuses an oversized file from its size alone, and one with too many records', () => {
    // 1 GiB: the lead's own complete export of 100,000 sessions (362 MB) goes back in.
    expect(checkImportSize(1025 * 1024 * 1024)).toMatchObject({ code: 'too-large', maxBytes: 1024 * 1024 * 1024 });
    expect(checkImportSize(362 * 1000 * 1000)).toBeNull();
    expect(checkImportSize(0)).toEqual({ code: 'empty' });
    expect(checkImportSize(10_000)).toBeNull();
    expect(problemOf(text(good), { maxBytes: 1000, maxRecords: 100, maxRecordChars: 1e6 })).toMatchObject({ code: 'too-large', maxBytes: 1000 });
    expect(problemOf(text(good), { maxBytes: 1e9, maxRecords: 10, maxRecordChars: 1e6 })).toEqual({ code: 'too-many-records', count: 19, max: 10 });
  });

  it('refuses a file mixing good and bad records, naming each bad one by its path', () => {
    const bad = structuredClone(good) as Record<string, any>;
    bad.sessions[1].ticketId = 'X123';
    bad.events[7].at = '27-11-2026 10:00';
    bad.sessions[2].answers.attempts[0].result = 'voicemail';
    const problem = problemOf(text(bad));
    expect(problem.code).toBe('invalid');
    if (problem.code !== 'invalid') return;
    expect(problem.total).toBe(3);
    expect(problem.issues.map((i) => i.path).sort()).toEqual(['events[7].at', 'sessions[1].ticketId', 'sessions[2].answers.attempts[0].result']);
  });

  it('refuses duplicate ids inside one file, unattributable records and events without their session', () => {
    const duplicate = structuredClone(good);
    duplicate.events[3]!.id = duplicate.events[2]!.id;
    expect(problemOf(text(duplicate))).toEqual({ code: 'duplicate-id', path: 'events[3].id', id: good.events[2]!.id });

    const stranger = structuredClone(good);
    stranger.sessions[1]!.agentId = '999999';
    expect(problemOf(text(stranger))).toEqual({ code: 'unknown-agent', path: 'sessions[1].agentId', agentId: '999999' });

    const orphan = structuredClone(good);
    orphan.sessions = orphan.sessions.slice(1);
    expect(problemOf(text(orphan))).toEqual({ code: 'orphan-event', path: 'events[0].sessionId', sessionId: good.sessions[0]!.id });

    const twoHeaders = structuredClone(good);
    twoHeaders.agents.push({ ...twoHeaders.agents[0]! });
    expect(problemOf(text(twoHeaders))).toEqual({ code: 'duplicate-id', path: 'agents[1].nossaUserId', id: '930101' });
  });

  it('never throws on damaged input: any mutation of a good file is taken or refused with a reason', () => {
    const json = text(good);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: json.length - 1 }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 8 }), (at, cut, insert) => {
        const damaged = json.slice(0, at) + insert + json.slice(at + cut);
        const result = checkImportText(damaged);
        expect(result.ok || typeof result.problem.code === 'string').toBe(true);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkImportData(value).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('formats zod paths the way the lead reads them', () => {
    expect(formatPath(['sessions', 3, 'answers', 'attempts', 0, 'result'])).toBe('sessions[3].answers.attempts[0].result');
    expect(formatPath([])).toBe('');
  });
});

describe('merging by id', () => {
  const file = (() => {
    const check = checkImportText(text(agentFile(AGENTS.dewi!, 1, 3)));
    if (!check.ok) throw new Error('fixture');
    return check.file;
  })();
  const none = { sessions: new Map(), events: new Map(), shifts: new Map() };

  it('adds what is new', () => {
    const result = planMerge(file, none);
    expect(result.ok && [result.plan.sessions.add.length, result.plan.events.add.length, result.plan.shifts.add.length]).toEqual([3, 15, 1]);
  });

  it('skips duplicates, takes newer session states and more complete checklists', () => {
    const [s1, s2] = file.sessions;
    const stored = {
      sessions: new Map([
        [s1!.id, { ticketId: s1!.ticketId, agentId: s1!.agentId, updatedAt: s1!.updatedAt }],
        [s2!.id, { ticketId: s2!.ticketId, agentId: s2!.agentId, updatedAt: '2026-01-01T00:00:00.000Z' }],
      ]),
      events: new Map(file.events.slice(0, 5).map((e) => [e.id, { agentId: e.agentId, sessionId: e.sessionId }])),
      shifts: new Map([[file.shifts[0]!.id, { agentId: file.shifts[0]!.agentId, completedAt: null, ticks: [] }]]),
    };
    const result = planMerge(file, stored);
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.sessions.add.map((s) => s.id)).toEqual([file.sessions[2]!.id]);
    expect(result.plan.sessions.update.map((s) => s.id)).toEqual([s2!.id]);
    expect(result.plan.sessions.unchanged).toBe(1);
    expect([result.plan.events.add.length, result.plan.events.unchanged]).toEqual([10, 5]);
    expect(result.plan.shifts.update).toHaveLength(1);
    const done = { ...stored, shifts: new Map([[file.shifts[0]!.id, { agentId: '930101', completedAt: '2026-11-20T00:05:00.000Z', ticks: file.shifts[0]!.ticks }]]) };
    const again = planMerge(file, done);
    expect(again.ok && again.plan.shifts.unchanged).toBe(1);
  });

  it('refuses the same id under another ticket or agent: a collision, not a duplicate', () => {
    const s1 = file.sessions[0]!;
    const clash = planMerge(file, { ...none, sessions: new Map([[s1.id, { ticketId: 'IN999999999', agentId: s1.agentId, updatedAt: s1.updatedAt }]]) });
    expect(clash).toEqual({ ok: false, problem: { code: 'id-conflict', path: 'sessions[0].id', id: s1.id } });
    const e = file.events[4]!;
    expect(planMerge(file, { ...none, events: new Map([[e.id, { agentId: '940202', sessionId: e.sessionId }]]) })).toMatchObject({ ok: false, problem: { path: 'events[4].id' } });
  });

  it("treats the file's shifts and events independently of its sessions", () => {
    const only: Pick<ExportFile, 'sessions' | 'events' | 'shifts'> = { sessions: [], events: [], shifts: [makeShift(9, '930101', '2026-11-21', null)] };
    const result = planMerge(only, none);
    expect(result.ok && result.plan.shifts.add).toHaveLength(1);
  });
});
