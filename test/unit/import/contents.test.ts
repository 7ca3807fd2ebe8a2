import { describe, expect, it } from 'vitest';
import { buildExportFile, exportContents, type ExportFileInput } from '@/lib/export';
import { translator } from '@/lib/i18n';
import { checkImportText, contentsOfAgents, contentsOfFile, describeContents, importRecordSchema, type ImportedContents } from '@/lib/import';
import { EMPTY_FILTER, type LogFilter } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { AGENTS, agentFile, directory, makeSession, trailOf } from '../export/factory';

const ZONE = 'Asia/Makassar';
const clock = localClock(ZONE);
const id = translator('id');
const en = translator('en');
const TEAM = [AGENTS.dewi!, AGENTS.putu!, { ...AGENTS.andi!, teamLead: 'Rina Marlina' }];

/** A team file as the export worker writes it: the records, then `contents` from what they held. */
function teamFile(filter: Partial<LogFilter> = {}, team: string | null = 'OCC Bandung'): ExportFileInput {
  const sessions = [makeSession(1, { agentId: '930101' }), makeSession(2, { agentId: '940202' }), makeSession(30, { agentId: '950303' })];
  return buildExportFile({
    sessions,
    events: sessions.flatMap(trailOf),
    shifts: [],
    agents: directory(...TEAM),
    exportedBy: { ...AGENTS.dewi!, teamLead: 'Rina Marlina' },
    exportedAt: '2026-12-01T03:00:00.000Z',
    appVersion: '0.1.0',
    mask: true,
    contents: (held) => exportContents({ filter: { ...EMPTY_FILTER, ...filter }, clock, zone: ZONE, team, held, t: id }),
  });
}

const imported = (file: unknown) => {
  const check = checkImportText(JSON.stringify(file));
  if (!check.ok) throw new Error(JSON.stringify(check.problem));
  return check.file;
};

describe('the JSON header says what the file holds, and survives the round trip', () => {
  it('writes `contents` after the records and reads it back exactly', () => {
    const file = teamFile({ from: '2026-11-20', to: '2026-11-30', area: 'BDG' });
    expect(file.contents).toEqual({
      scope: 'team',
      team: 'OCC Bandung',
      agentId: null,
      agents: 3,
      from: '2026-11-20',
      to: '2026-11-30',
      zone: ZONE,
      filter: { ...EMPTY_FILTER, from: '2026-11-20', to: '2026-11-30', area: 'BDG' },
      filterText: 'area BDG',
    });
    const back = imported(file);
    expect(back.contents).toEqual(file.contents);
    expect(contentsOfFile(back)).toEqual(file.contents);
  });

  it('counts the agents whose records it holds, not the exporter who holds none', () => {
    const sessions = [makeSession(1, { agentId: '940202' })];
    const file = buildExportFile({
      sessions,
      events: trailOf(sessions[0]!),
      shifts: [],
      agents: directory(...TEAM),
      exportedBy: AGENTS.dewi!,
      exportedAt: '2026-12-01T03:00:00.000Z',
      appVersion: '0.1.0',
      mask: false,
      contents: (held) => exportContents({ filter: EMPTY_FILTER, clock, zone: ZONE, team: null, held, t: id }),
    });
    expect(file.agents.map((a) => a.nossaUserId)).toEqual(['930101', '940202']);
    expect(file.contents).toMatchObject({ scope: 'agent', agentId: '940202', agents: 1, from: '2026-11-20', to: '2026-11-20' });
  });

  it('still imports a file written before the header had `contents`, and tells what it held from its records', () => {
    const old = agentFile(AGENTS.putu!, 1, 3);
    expect(old).not.toHaveProperty('contents');
    const back = imported(old);
    expect(back.contents).toBeUndefined();
    expect(contentsOfFile(back, ZONE)).toEqual({
      scope: 'agent',
      team: 'I Gusti Ngurah Rai',
      agentId: '940202',
      agents: 1,
      from: '2026-11-20',
      to: '2026-11-20',
      zone: ZONE,
      filter: null,
      filterText: '',
    });
    const { contents, ...oldTeam } = teamFile();
    expect(contents).toBeDefined();
    expect(contentsOfFile(imported(oldTeam), ZONE)).toMatchObject({ scope: 'team', team: null, agents: 3, from: '2026-11-20', to: '2026-11-21', filter: null });
  });

  it('refuses a header whose `contents` is malformed, like any other field', () => {
    const file = teamFile();
    const check = checkImportText(JSON.stringify({ ...file, contents: { ...file.contents, scope: 'everyone' } }));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toMatchObject({ code: 'invalid', issues: [{ path: 'contents.scope' }] });
  });

  it('is kept by the import record, and records stored before it still load', () => {
    const record = {
      v: 1,
      id: '00000004-0000-4000-8000-000000000001',
      fileName: 'pandu-tim.json',
      sha256: 'a'.repeat(64),
      bytes: 1,
      importedAt: '2026-12-01T03:00:00.000Z',
      exportedAt: '2026-12-01T03:00:00.000Z',
      exportedBy: null,
      agents: TEAM,
      masked: false,
      formatVersion: 1,
      counts: { sessions: { added: 1, updated: 0, unchanged: 0 }, events: { added: 0, unchanged: 0 }, shifts: { added: 0, updated: 0, unchanged: 0 } },
    } as const;
    expect(importRecordSchema.parse(record).contents).toBeUndefined();
    const contents = contentsOfFile(imported(teamFile()));
    expect(importRecordSchema.parse({ ...record, contents }).contents).toEqual(contents);
    const old = contentsOfFile(imported(agentFile(AGENTS.dewi!, 1, 1)));
    expect(importRecordSchema.parse({ ...record, contents: old }).contents).toEqual(old);
  });
});

describe('the import history’s line', () => {
  const line = (contents: ImportedContents, t = id) => describeContents(contents, TEAM, t, (code) => (code === 'PLG-RESCHEDULE' ? 'Pelanggan minta jadwal ulang' : ''));
  const contents = (filter: Partial<LogFilter>, team: string | null = 'OCC Bandung') => contentsOfFile(imported(teamFile(filter, team)));

  it('names the team, how many agents, the days and the filter, not who exported it', () => {
    expect(line(contents({ from: '2026-11-01', to: '2026-11-30', area: 'DPS', outcome: 'unreachable' }))).toBe(
      'Tim OCC Bandung, 3 agen, 01-11-2026–30-11-2026, filter: area DPS, hasil Tidak terhubung (1.2.4)',
    );
    expect(line(contents({ from: '2026-11-01', to: '2026-11-30', reasonCode: 'PLG-RESCHEDULE' }), en)).toBe(
      'Team OCC Bandung, 3 agents, 01-11-2026–30-11-2026, filter: reason Pelanggan minta jadwal ulang (PLG-RESCHEDULE)',
    );
    expect(line(contents({}, null))).toBe('3 agen, 20-11-2026–21-11-2026, tanpa filter');
  });

  it('names the agent of an agent file, with id and area', () => {
    expect(line(contents({ agentId: '940202', from: '2026-11-02', to: '2026-11-02' }))).toBe('Ni Luh Putu Ayu Setyaningsih (940202, DPS), 02-11-2026, tanpa filter');
    expect(line(contentsOfFile(imported(agentFile(AGENTS.dewi!, 1, 2)), ZONE))).toBe('Dewi Lestari (930101, BDG), 20-11-2026, filter tidak tercatat (berkas Pandu lama)');
  });

  it('says a file held no session, and what an import stored before `contents` can still say', () => {
    expect(line({ ...contents({}), agents: 0, from: null, to: null })).toBe('Tim OCC Bandung, 0 agen, tanpa sesi, tanpa filter');
    expect(line(contentsOfAgents(TEAM))).toBe('3 agen, filter tidak tercatat (berkas Pandu lama)');
    expect(line(contentsOfAgents([AGENTS.putu!]), en)).toBe('Ni Luh Putu Ayu Setyaningsih (940202, DPS), filter not recorded (older Pandu file)');
  });
});
