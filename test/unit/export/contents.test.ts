import { describe, expect, it } from 'vitest';
import { describeFilter, exportContents, exportFileName, fileSlug, heldOfRows, teamOfAgents, type ExportContents, type HeldRecords } from '@/lib/export';
import { translator } from '@/lib/i18n';
import { EMPTY_FILTER, type LogFilter } from '@/lib/logs';
import { localClock } from '@/lib/time';

const ZONE = 'Asia/Jakarta';
const clock = localClock(ZONE);
const id = translator('id');
const en = translator('en');
const at = (wib: string) => Date.parse(`${wib}+07:00`);
const held = (rows: Array<[agentId: string, wib: string]>): HeldRecords => heldOfRows(rows.map(([agentId, wib]) => ({ agentId, startedMs: at(wib) })));
const TEAM_ROWS = held([
  ['930101', '2026-11-03T08:00:00'],
  ['940202', '2026-11-29T23:30:00'],
  ['950303', '2026-11-10T10:00:00'],
]);
const contentsOf = (filter: Partial<LogFilter>, records: HeldRecords = TEAM_ROWS, team: string | null = 'OCC Bandung', t = id): ExportContents =>
  exportContents({
    filter: { ...EMPTY_FILTER, ...filter },
    clock,
    zone: ZONE,
    team,
    held: records,
    t,
    reasonLabel: (code) => (code === 'PLG-RESCHEDULE' ? 'Pelanggan minta jadwal ulang' : ''),
  });
const name = (contents: ExportContents, format: 'csv' | 'xlsx' | 'json' = 'json', t = id) => exportFileName(contents, format, t, '2026-12-06');

describe('what an export holds', () => {
  it('is a team file when several agents are held, with the days the sessions started in the lead’s zone', () => {
    // 23:30 WIB on the 29th is the 29th in the file, though it is 16:30 UTC.
    expect(contentsOf({})).toEqual({
      scope: 'team',
      team: 'OCC Bandung',
      agentId: null,
      agents: 3,
      from: '2026-11-03',
      to: '2026-11-29',
      zone: ZONE,
      filter: EMPTY_FILTER,
      filterText: '',
    });
  });

  it('keeps the days the lead chose, closing only an open side with the sessions held', () => {
    expect(contentsOf({ from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(contentsOf({ from: '2026-11-01' })).toMatchObject({ from: '2026-11-01', to: '2026-11-29' });
    expect(contentsOf({ to: '2026-11-30' })).toMatchObject({ from: '2026-11-03', to: '2026-11-30' });
    expect(contentsOf({}, heldOfRows([]))).toMatchObject({ from: null, to: null, agents: 0, scope: 'team' });
  });

  it('is an agent file when the filter names the agent, or when only one agent’s records are held', () => {
    expect(contentsOf({ agentId: '940202' })).toMatchObject({ scope: 'agent', agentId: '940202' });
    const one = held([['930101', '2026-11-05T09:00:00']]);
    expect(contentsOf({}, one, null)).toMatchObject({ scope: 'agent', agentId: '930101', agents: 1, from: '2026-11-05', to: '2026-11-05' });
  });

  it('says the filter in words in the exporter’s language, with the reason’s label', () => {
    const filter = { area: 'DPS', outcome: 'unreachable', reasonCode: 'PLG-RESCHEDULE', ticket: ' 88251 ' } as const;
    expect(contentsOf(filter).filterText).toBe('area DPS, hasil Tidak terhubung (1.2.4), reason Pelanggan minta jadwal ulang (PLG-RESCHEDULE), tiket berisi “88251”');
    expect(contentsOf(filter, TEAM_ROWS, null, en).filterText).toBe(
      'area DPS, outcome Unreachable (1.2.4), reason Pelanggan minta jadwal ulang (PLG-RESCHEDULE), ticket containing “88251”',
    );
    expect(describeFilter({ ...EMPTY_FILTER, reasonCode: 'UNKNOWN' }, id)).toBe('reason UNKNOWN');
    expect(describeFilter(EMPTY_FILTER, id)).toBe('');
  });

  it('knows a team without a server by the lead its agents all named', () => {
    expect(teamOfAgents([{ teamLead: 'Hendra Gunawan' }, { teamLead: ' Hendra Gunawan ' }, { teamLead: '' }])).toBe('Hendra Gunawan');
    expect(teamOfAgents([{ teamLead: 'Hendra Gunawan' }, { teamLead: 'Rina Marlina' }])).toBeNull();
    expect(teamOfAgents([{ teamLead: '' }, {}])).toBeNull();
    expect(teamOfAgents([])).toBeNull();
  });
});

describe('the file name says what the file holds', () => {
  it('names a team file for the team and its days, not for whoever exported it', () => {
    expect(name(contentsOf({ from: '2026-11-01', to: '2026-11-30' }))).toBe('pandu-tim-occ-bandung-2026-11-01_2026-11-30.json');
    expect(name(contentsOf({ from: '2026-11-01', to: '2026-11-30' }), 'csv', en)).toBe('pandu-team-occ-bandung-2026-11-01_2026-11-30.csv');
    expect(name(contentsOf({}, TEAM_ROWS, 'Tim Hendra Gunawan'), 'xlsx')).toBe('pandu-tim-hendra-gunawan-2026-11-03_2026-11-29.xlsx');
  });

  it('names an agent file for the agent', () => {
    expect(name(contentsOf({ agentId: '940202', from: '2026-11-01', to: '2026-11-30' }))).toBe('pandu-agen-940202-2026-11-01_2026-11-30.json');
    expect(name(contentsOf({ agentId: '940202', from: '2026-11-01', to: '2026-11-30' }), 'csv', en)).toBe('pandu-agent-940202-2026-11-01_2026-11-30.csv');
  });

  it('adds the rest of the filter after the days, in the export’s language', () => {
    const filter = { from: '2026-11-01', to: '2026-11-30', area: 'DPS', outcome: 'unreachable', reasonCode: 'PLG-RESCHEDULE', ticket: 'IN1100882' } as const;
    expect(name(contentsOf(filter))).toBe('pandu-tim-occ-bandung-2026-11-01_2026-11-30-dps-tidak-terhubung-plg-reschedule-tiket-in1100882.json');
    expect(name(contentsOf(filter), 'csv', en)).toBe('pandu-team-occ-bandung-2026-11-01_2026-11-30-dps-unreachable-plg-reschedule-ticket-in1100882.csv');
    for (const outcome of ['approved', 'declined', 'cancelled', 'open'] as const) {
      expect(name(contentsOf({ outcome, from: '2026-11-02', to: '2026-11-02' }))).toMatch(new RegExp(`^pandu-tim-occ-bandung-2026-11-02-[a-z-]+\\.json$`));
    }
  });

  it('writes one day once, an empty open period as the export day, and all teams when the team is unknown', () => {
    expect(name(contentsOf({ from: '2026-11-02', to: '2026-11-02' }))).toBe('pandu-tim-occ-bandung-2026-11-02.json');
    expect(name(contentsOf({}, heldOfRows([]), null))).toBe('pandu-semua-tim-2026-12-06.json');
    expect(name(contentsOf({ from: '2026-11-20' }, heldOfRows([]), null), 'csv', en)).toBe('pandu-all-teams-2026-11-20_2026-12-06.csv');
  });

  it('keeps only safe characters, whatever the team or the ticket search holds', () => {
    expect(fileSlug('Tim Denpasar – Ni Luh Putu Ayu Setyaningsih')).toBe('tim-denpasar-ni-luh-putu-ayu-setyaningsi');
    expect(fileSlug('Équipe ../../etc/passwd; "x"')).toBe('equipe-etc-passwd-x');
    expect(fileSlug('%%%')).toBe('');
    const odd = name(contentsOf({ ticket: '%_\\' }, TEAM_ROWS, '../Tim: <A|B>'));
    expect(odd).toBe('pandu-tim-a-b-2026-11-03_2026-11-29.json');
    expect(odd).toMatch(/^[a-z0-9_.-]+$/);
  });
});
