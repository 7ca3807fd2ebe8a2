import { readXlsx } from 'hucre/xlsx';
import { describe, expect, it } from 'vitest';
import { countSessions, exportLabels, filterText, periodText, summarySheet, writeWorkbook } from '@/lib/export';
import { translator } from '@/lib/i18n';
import { EMPTY_FILTER, type LogFilter } from '@/lib/logs';
import type { Outcome } from '@/lib/schema';
import { localClock } from '@/lib/time';
import { XLSX_STYLE } from '@/lib/export/xlsx/styles';
import { unzip } from '../security/unzip';

const clock = localClock('Asia/Makassar');
const at = (iso: string) => Date.parse(iso);
const row = (agentId: string, agentName: string, area: string, outcome: Outcome | null, startedAt: string) => ({
  agentId,
  agentName,
  area: area as 'BDG',
  outcome,
  startedMs: at(startedAt),
});
const rows = [
  row('930105', 'Ni Luh Putu Ayu Setyaningsih', 'DPS', 'approved', '2026-11-20T01:00:00Z'),
  row('930101', 'Dewi Lestari', 'BDG', 'unreachable', '2026-11-03T16:30:00Z'), // 4 Nov in WITA
  row('930105', 'Ni Luh Putu Ayu Setyaningsih', 'DPS', null, '2026-11-29T23:00:00Z'), // 30 Nov in WITA
  row('930101', 'Dewi Lestari', 'BDG', 'approved', '2026-11-10T02:00:00Z'),
  row('930109', '', '', 'cancelled', '2026-11-12T02:00:00Z'),
];

describe('countSessions', () => {
  it('counts per outcome (open for those still running) and per agent, agents by name, the first and last start', () => {
    const counts = countSessions(rows);
    expect(counts.total).toBe(5);
    expect(counts.byOutcome).toEqual({ approved: 2, unreachable: 1, declined: 0, cancelled: 1, open: 1 });
    expect(counts.agents.map((a) => [a.agentId, a.total, a.byOutcome.approved, a.byOutcome.open])).toEqual([
      ['930109', 1, 0, 0], // no name known: sorts first, by its id
      ['930101', 2, 1, 0],
      ['930105', 2, 1, 1],
    ]);
    expect(counts.firstMs).toBe(at('2026-11-03T16:30:00Z'));
    expect(counts.lastMs).toBe(at('2026-11-29T23:00:00Z'));
  });

  it('is all zeros for no sessions', () => {
    expect(countSessions([])).toEqual({ total: 0, byOutcome: { approved: 0, unreachable: 0, declined: 0, cancelled: 0, open: 0 }, agents: [], firstMs: null, lastMs: null });
  });
});

describe('periodText', () => {
  const counts = countSessions(rows);
  const id = translator('id');
  it("says the filter's days, an open side closed by the sessions held, days in the lead's zone", () => {
    expect(periodText(EMPTY_FILTER, counts, clock, id)).toBe('04-11-2026 s.d. 30-11-2026');
    expect(periodText({ from: '2026-11-01', to: null }, counts, clock, id)).toBe('01-11-2026 s.d. 30-11-2026');
    expect(periodText({ from: '2026-11-01', to: '2026-11-15' }, counts, clock, translator('en'))).toBe('01-11-2026 to 15-11-2026');
    expect(periodText({ from: null, to: '2026-11-15' }, counts, localClock('Asia/Jakarta'), id)).toBe('03-11-2026 s.d. 15-11-2026');
  });
  it('says there were no sessions when nothing fixes the period', () => {
    expect(periodText(EMPTY_FILTER, countSessions([]), clock, id)).toBe('tidak ada sesi');
  });
});

describe('filterText', () => {
  const names = (id: string) => (id === '930105' ? 'Ni Luh Putu Ayu Setyaningsih' : '');
  const reason = (code: string) => (code === 'PLG-RESCHEDULE' ? 'Pelanggan minta jadwal ulang' : '');
  it('says "no filter" in either language', () => {
    expect(filterText(EMPTY_FILTER, translator('id'), reason, names)).toBe('tanpa filter');
    expect(filterText(EMPTY_FILTER, translator('en'), reason, names)).not.toBe('tanpa filter');
  });
  it('names the agent, then area, outcome, reason and ticket in words', () => {
    const filter: LogFilter = { ...EMPTY_FILTER, agentId: '930105', area: 'DPS', outcome: 'unreachable', reasonCode: 'PLG-RESCHEDULE', ticket: '88251' };
    expect(filterText(filter, translator('id'), reason, names)).toBe(
      'agen Ni Luh Putu Ayu Setyaningsih (930105), area DPS, hasil Tidak terhubung (1.2.4), reason Pelanggan minta jadwal ulang (PLG-RESCHEDULE), tiket berisi “88251”',
    );
    expect(filterText({ ...EMPTY_FILTER, agentId: '930999' }, translator('id'), reason, names)).toBe('agen 930999');
  });
});

describe('summarySheet', () => {
  async function sheetOf(language: 'id' | 'en', filter: LogFilter, events: { sheet: string; count: number } | null) {
    const labels = exportLabels(language, []);
    const sheet = summarySheet('Ringkasan', { counts: countSessions(rows), filter, labels, clock, madeMs: at('2026-12-06T09:30:31Z'), masked: true, events });
    const bytes = await writeWorkbook([sheet], 'Pandu');
    expect(unzip(bytes).get('xl/worksheets/sheet1.xml')).not.toMatch(/<f[\s>/]/);
    const workbook = await readXlsx(bytes);
    // The reader pads every row to the sheet's width.
    return workbook.sheets[0]!.rows.map((cells) => {
      const trimmed = [...cells];
      while (trimmed.length && trimmed[trimmed.length - 1] === null) trimmed.pop();
      return trimmed;
    });
  }
  const find = (cells: unknown[][], first: unknown) => cells.find((r) => r[0] === first);

  it('says what the file holds: made when (zone named), period, filter, zone, masking, sessions and events', async () => {
    const cells = await sheetOf('id', { ...EMPTY_FILTER, area: 'DPS' }, { sheet: 'Riwayat', count: 31 });
    expect(cells[0]![0]).toBe('Log Pandu: pending tiket NOSSA');
    expect(find(cells, 'Dibuat')![1]).toBe('06-12-2026 17:30 WITA');
    expect(find(cells, 'Periode')![1]).toBe('04-11-2026 s.d. 30-11-2026');
    expect(find(cells, 'Filter')![1]).toBe('area DPS');
    expect(find(cells, 'Zona waktu')![1]).toBe('semua waktu dalam WITA (Asia/Makassar)');
    expect(find(cells, 'Nomor telepon pelanggan')![1]).toMatch(/^disamarkan/);
    expect(find(cells, 'Sesi')![1]).toBe(5);
    expect(find(cells, 'Peristiwa (lembar Riwayat)')![1]).toBe(31);
  });

  it('counts per outcome with shares, and per agent by outcome, each with a total; numbers as numbers, no formulas', async () => {
    const cells = await sheetOf('id', EMPTY_FILTER, null);
    expect(find(cells, 'Peristiwa (lembar Riwayat)')).toBeUndefined();
    const outcomes = cells.findIndex((r) => r[0] === 'Per hasil');
    expect(cells[outcomes + 1]).toEqual(['Hasil', 'Jumlah sesi', 'Persentase']);
    expect(cells.slice(outcomes + 2, outcomes + 8)).toEqual([
      ['Tidak terhubung (1.2.4)', 1, 0.2],
      ['Setuju (1.2.5)', 2, 0.4],
      ['Tidak setuju (1.2.6)', 0, 0],
      ['Dibatalkan', 1, 0.2],
      ['Masih berjalan', 1, 0.2],
      ['Total', 5, 1],
    ]);
    const agents = cells.findIndex((r) => r[0] === 'Per agen');
    expect(cells[agents + 1]).toEqual([
      'ID agen',
      'Nama agen',
      'Area',
      'Jumlah sesi',
      'Tidak terhubung (1.2.4)',
      'Setuju (1.2.5)',
      'Tidak setuju (1.2.6)',
      'Dibatalkan',
      'Masih berjalan',
    ]);
    expect(cells.slice(agents + 2, agents + 6)).toEqual([
      ['930109', null, null, 1, 0, 0, 0, 1, 0], // no name known: an empty cell
      ['930101', 'Dewi Lestari', 'BDG', 2, 1, 1, 0, 0, 0],
      ['930105', 'Ni Luh Putu Ayu Setyaningsih', 'DPS', 2, 0, 1, 0, 0, 1],
      ['Total', null, null, 5, 1, 2, 0, 1, 1],
    ]);
  });

  it('is styled for reading: a bold title and labels, header bands, shares as percentages, totals ruled off across the row', async () => {
    const sheet = summarySheet('Ringkasan', {
      counts: countSessions(rows),
      filter: EMPTY_FILTER,
      labels: exportLabels('id', []),
      clock,
      madeMs: at('2026-12-06T09:30:31Z'),
      masked: true,
      events: null,
    });
    const xml = unzip(await writeWorkbook([sheet], 'Pandu')).get('xl/worksheets/sheet1.xml')!;
    const stylesOf = (r: number) =>
      [...new RegExp(`<row r="${r + 1}"[^>]*>(.*?)</row>`).exec(xml)![1]!.matchAll(/<c\b([^>]*?)(?:\/>|>)/g)].map((m) => Number(/ s="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
    const rowOf = (first: string) => [...Array(sheet.rowCount).keys()].find((r) => sheet.cellsOf(r)[0] === first)!;
    expect(stylesOf(0)).toEqual([XLSX_STYLE.title]);
    expect(stylesOf(rowOf('Filter'))).toEqual([XLSX_STYLE.label, XLSX_STYLE.value]);
    expect(stylesOf(rowOf('Hasil'))).toEqual([XLSX_STYLE.header, XLSX_STYLE.countHeader, XLSX_STYLE.countHeader]);
    expect(stylesOf(rowOf('Setuju (1.2.5)'))).toEqual([XLSX_STYLE.top, XLSX_STYLE.top, XLSX_STYLE.percent]);
    // The per-agent total: its empty name and area cells carry the rule too.
    const agentTotal = [...Array(sheet.rowCount).keys()].filter((r) => sheet.cellsOf(r)[0] === 'Total').at(-1)!;
    expect(stylesOf(agentTotal)).toEqual(Array(9).fill(XLSX_STYLE.total));
  });

  it('is in English when the lead chose English', async () => {
    const cells = await sheetOf('en', EMPTY_FILTER, { sheet: 'History', count: 0 });
    expect(cells[0]![0]).toBe('Pandu log: NOSSA pending tickets');
    expect(find(cells, 'Period')![1]).toBe('04-11-2026 to 30-11-2026');
    expect(find(cells, 'Events (History sheet)')![1]).toBe(0);
    expect(cells.some((r) => r[0] === 'By agent')).toBe(true);
  });
});
