import { readXlsx } from 'hucre/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, absoluteRange, eventColumns, sessionColumns, writeCsvParts, writeWorkbook, xlsxSheets, type CsvDelimiter, type SessionItem } from '@/lib/export';
import { toLogDetail, toLogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { AGENTS, approvedFlow, directory, makeSession, trailOf } from './factory';
import { TEST_LABELS } from './labels';
import { unzip } from '../security/unzip';

const clock = localClock('Asia/Makassar');
const context = { agents: directory(AGENTS.dewi!, AGENTS.putu!), lastFill: new Map<string, boolean>() };
const item = (session: ReturnType<typeof makeSession>): SessionItem => ({ row: toLogRow(session, context), detail: toLogDetail(session) });

const INJECTION = '=HYPERLINK("http://evil.example","klik")';
const tricky = makeSession(2, {
  agentId: AGENTS.putu!.nossaUserId,
  startedAt: '2026-11-20T02:00:00.000Z',
  flow: approvedFlow('2026-11-20T02:00:00.000Z', {
    request: { requesterName: '@Komang "Teknisi"', requesterGroup: '+TIF; DENPASAR', reasonCode: 'LOKASI-TUTUP', requestedUntil: null, note: 'baris 1\nbaris 2; "kutip", koma' },
    workLog: `${INJECTION}\r\nHubungi 081234567890`,
  }),
});
const plain = makeSession(1, { startedAt: '2026-11-20T01:00:00.000Z' });
const items = [item(plain), item(tricky)];

async function csvOf(list: SessionItem[], delimiter: CsvDelimiter, mask = false) {
  const parts = await writeCsvParts(sessionColumns(TEST_LABELS, clock), list, { clock, delimiter, mask, chunkSize: 1 });
  const text = parts.join('');
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]]))) };
}

describe('the sessions CSV', () => {
  it('has one row per session, local dates naming the zone, numbers as numbers', async () => {
    const { header, rows } = await csvOf(items, ';');
    expect(header).toContain('startedAt (WITA)');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      ticketId: plain.ticketId,
      agentName: 'Dewi Lestari',
      area: 'BDG',
      'startedAt (WITA)': '2026-11-20 09:00:00',
      'endedAt (WITA)': '2026-11-20 09:06:00',
      handlingSeconds: '360',
      status: 'Selesai',
      outcome: 'Setuju',
      reasonCode: 'PLG-RESCHEDULE',
      reasonLabel: 'reason PLG-RESCHEDULE',
      attempts: '2',
      'attemptLog (WITA)': '09:02 no-answer; 09:04 connected',
      fill: 'Manual',
      sessionId: plain.id,
    });
  });

  it('neutralizes formulas and keeps newlines, quotes and delimiters in notes intact', async () => {
    for (const delimiter of [';', ','] as const) {
      const { rows } = await csvOf(items, delimiter);
      expect(rows[1]).toMatchObject({
        agentName: 'Ni Luh Putu Ayu Setyaningsih',
        requesterName: `'@Komang "Teknisi"`,
        requesterGroup: `'+TIF; DENPASAR`,
        requestNote: 'baris 1\nbaris 2; "kutip", koma',
        workLog: `'${INJECTION}\r\nHubungi 081234567890`,
      });
    }
  });

  it('masks phone numbers in free text when asked', async () => {
    const { rows } = await csvOf(items, ';', true);
    expect(rows[1]!.workLog).toBe(`'${INJECTION}\r\nHubungi 0812*****890`);
  });

  it('writes the header alone for an empty set', async () => {
    const { header, rows } = await csvOf([], ',');
    expect(header).toHaveLength(24);
    expect(rows).toEqual([]);
  });
});

describe('the XLSX workbook', () => {
  async function roundTrip(list: SessionItem[], maxRows?: number) {
    const events = list.flatMap(({ row }) => trailOf(row.id === plain.id ? plain : tricky));
    const sheets = [
      ...xlsxSheets('Sesi', sessionColumns(TEST_LABELS, clock), list, { clock, mask: false, maxRows }),
      ...xlsxSheets('Peristiwa', eventColumns(TEST_LABELS, clock), events, { clock, mask: false, maxRows }),
    ];
    const bytes = await writeWorkbook(sheets, 'Pandu');
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    return { workbook: await readXlsx(bytes, { readStyles: true }), events };
  }

  it('holds a sessions sheet and an events sheet that read back to the same rows, dates as dates', async () => {
    const { workbook, events } = await roundTrip(items);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sesi', 'Peristiwa']);
    const [sessions, trail] = workbook.sheets;
    const header = sessions!.rows[0] as string[];
    const at = (name: string) => header.indexOf(name);
    expect(sessions!.rows).toHaveLength(3);
    const first = sessions!.rows[1]!;
    expect(first[at('ticketId')]).toBe(plain.ticketId);
    expect(first[at('startedAt (WITA)')]).toBeInstanceOf(Date);
    expect((first[at('startedAt (WITA)')] as Date).toISOString()).toBe('2026-11-20T09:00:00.000Z');
    expect(first[at('handlingSeconds')]).toBe(360);
    expect(first[at('attempts')]).toBe(2);
    expect(sessions!.rows[2]![at('workLog')]).toBe(`${INJECTION}\r\nHubungi 081234567890`);
    expect(sessions!.rows[2]![at('requestNote')]).toBe('baris 1\nbaris 2; "kutip", koma');
    expect(sessions!.rows[2]![at('agentName')]).toBe('Ni Luh Putu Ayu Setyaningsih');
    expect(trail!.rows).toHaveLength(events.length + 1);
    expect(trail!.rows[1]![0]).toBeInstanceOf(Date);
    // What happened in words, its particulars in a sentence; the code and ids after them.
    expect(trail!.rows[0]).toEqual(['eventAt (WITA)', 'eventTicketId', 'eventAgentId', 'eventType', 'eventDetail', 'eventStep', 'eventKind', 'eventSessionId', 'eventRevision']);
    expect(trail!.rows[1]!.slice(1, 8)).toEqual([plain.ticketId, '930101', 'Alur dimulai', 'Bapak Hendra · 6281234567890', null, 'session.started', plain.id]);
  });

  it('stores text as text: a cell starting with "=" is never a formula', async () => {
    const { workbook } = await roundTrip(items);
    const sheet = workbook.sheets[0]!;
    const formulas = [...(sheet.cells?.values() ?? [])].filter((cell) => cell.formula);
    expect(formulas).toEqual([]);
  });

  it('continues on a second sheet past the row limit, with the header repeated', async () => {
    const many = Array.from({ length: 5 }, (_, i) => item(makeSession(10 + i)));
    const { workbook } = await roundTrip(many, 3);
    expect(workbook.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Sesi', 4],
      ['Sesi (2)', 3],
      ['Peristiwa', 4],
      ['Peristiwa (2)', 4],
      ['Peristiwa (3)', 4],
      ['Peristiwa (4)', 4],
      ['Peristiwa (5)', 4],
      ['Peristiwa (6)', 4],
      ['Peristiwa (7)', 4],
      ['Peristiwa (8)', 4],
      ['Peristiwa (9)', 2],
    ]);
    expect(workbook.sheets[1]!.rows[0]).toEqual(workbook.sheets[0]!.rows[0]);
  });

  it('is laid out for reading: widths from content, wrapped notes on tall rows, a bold frozen header with filters', async () => {
    const sheets = xlsxSheets('Sesi', sessionColumns(TEST_LABELS, clock), items, { clock, mask: false });
    const files = unzip(await writeWorkbook(sheets, 'Pandu'));
    const xml = files.get('xl/worksheets/sheet1.xml')!;
    const styles = files.get('xl/styles.xml')!;
    // Frozen below the header; filters over the header and every row.
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toContain('<autoFilter ref="A1:X3"/>');
    // ... and named as Excel names it, which LibreOffice needs to show the filter buttons.
    expect(files.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Sesi'!$A$1:$X$3</definedName>`);
    // The header printed at the top of every page.
    expect(files.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Sesi'!$1:$1</definedName>`);
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    // The agent's name column as wide as "Ni Luh Putu Ayu Setyaningsih" (28) and padding, not clipped.
    expect(xml).toMatch(/<col min="3" max="3" width="31"/);
    // The work log (two lines) and the request note (two lines) make row 3 two lines tall; row 2 keeps the default.
    expect(xml).toMatch(/<row r="3" ht="30" customHeight="1">/);
    expect(xml).toMatch(/<row r="2">/);
    // The work log cell wraps; the header is bold.
    // Cells carry no reference: a row's cells are its columns in order (V is the 22nd).
    const cellsOfRow = (r: number) => new RegExp(`<row r="${r}"[^>]*>(.*?)</row>`).exec(xml)![1]!.match(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/g)!;
    const styleOfCell = (cell: string | undefined) => Number(/ s="(\d+)"/.exec(cell ?? '')?.[1] ?? 0);
    const workLogStyle = styleOfCell(cellsOfRow(3)[21]);
    const xfs = [...styles.split('<cellXfs')[1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[workLogStyle]).toMatch(/wrapText="(1|true)"/);
    expect(xfs[workLogStyle]).toMatch(/vertical="top"/);
    const headerStyle = styleOfCell(cellsOfRow(1)[0]);
    const fontId = Number(/fontId="(\d+)"/.exec(xfs[headerStyle]!)![1]);
    expect([...styles.matchAll(/<font>.*?<\/font>|<font\/>/g)][fontId]![0]).toMatch(/<b\/>/);
  });

  it('names a filter range absolutely, on its sheet, quotes in the sheet name doubled', () => {
    expect(absoluteRange('Sesi', 'A1:X3')).toBe("'Sesi'!$A$1:$X$3");
    expect(absoluteRange('Riwayat (2)', 'A1:AB1048576')).toBe("'Riwayat (2)'!$A$1:$AB$1048576");
    expect(absoluteRange("Tim D'Ayu", 'A1:B2')).toBe("'Tim D''Ayu'!$A$1:$B$2");
  });

  it('writes header-only sheets for an empty set', async () => {
    const { workbook } = await roundTrip([]);
    expect(workbook.sheets.map((s) => s.rows.length)).toEqual([1, 1]);
  });
});
