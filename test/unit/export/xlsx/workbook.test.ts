import { readXlsx } from 'hucre/xlsx';
import { describe, expect, it } from 'vitest';
import { writeWorkbook, xlsxSheetsOf, type ExportColumn, type XlsxCell } from '@/lib/export';
import { SAMPLE_ROWS } from '@/lib/export/xlsx/text-columns';
import { unzip } from '../../security/unzip';
import { readZip } from './zip-reader';

type Column = ExportColumn<unknown>;
const column = (header: string, kind: Column['kind'], extra: Partial<Column> = {}): Column => ({ key: header, header, kind, maxWidth: 30, value: () => null, ...extra });
const COLUMNS = [column('Tiket', 'text'), column('Agen', 'text'), column('Mulai (WITA)', 'date'), column('Durasi', 'number'), column('Catatan', 'text', { wrap: true })];

const TRICKY = ['=1+1', ' spasi di depan', 'di belakang ', 'kontrol \u0001\u001f', 'seperti escape _x0041_', 'a & b <c>', 'baris 1\nbaris 2\nbaris 3'];
const AGENTS = ['Dewi Lestari', 'Ni Luh Putu Ayu Setyaningsih', 'Budi'];

/**
 * Rows past the shared-string sample: the ticket column unique on every row, the agent column
 * three names, each on four rows in a row (as a session's events repeat its ticket).
 */
function rows(count: number): XlsxCell[][] {
  return Array.from({ length: count }, (_, i) => [
    `IN${100_000 + i}`,
    AGENTS[Math.floor(i / 4) % 3]!,
    new Date(Date.UTC(2026, 10, 20, 9, 0, i % 60, i % 1000)),
    i % 5 === 0 ? null : i * 7,
    i < TRICKY.length ? TRICKY[i]! : i % 10 === 0 ? `catatan ${i}` : null,
  ]);
}

describe('the streamed workbook, read back by an independent reader (hucre)', () => {
  const count = SAMPLE_ROWS + 500;
  const body = rows(count);

  for (const sharedStrings of [true, false]) {
    it(`gives back every cell as written, texts ${sharedStrings ? 'shared or inline by column' : 'all inline'}`, async () => {
      const bytes = await writeWorkbook(xlsxSheetsOf('Sesi', COLUMNS, body), 'Pandu', { sharedStrings });
      const [sheet] = (await readXlsx(bytes)).sheets;
      expect(sheet!.name).toBe('Sesi');
      expect(sheet!.rows[0]).toEqual(COLUMNS.map((c) => c.header));
      expect(sheet!.rows).toHaveLength(count + 1);
      for (let r = 0; r < count; r++) {
        const expected = body[r]!.map((cell) => (cell instanceof Date ? cell.toISOString() : cell));
        const got = sheet!.rows[r + 1]!.map((cell) => (cell instanceof Date ? cell.toISOString() : (cell ?? null)));
        expect(got, `row ${r + 1}`).toEqual(expected);
      }
    });
  }

  it('shares the texts of a column that repeats them, writes a column of ids in its cells after the sample', async () => {
    const files = unzip(await writeWorkbook(xlsxSheetsOf('Sesi', COLUMNS, body), 'Pandu'));
    const xml = files.get('xl/worksheets/sheet1.xml')!;
    const last = new RegExp(`<row r="${count + 1}"[^>]*>(.*?)</row>`).exec(xml)![1]!;
    const [ticket, agent] = last.match(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/g)!;
    expect(ticket).toBe(`<c t="inlineStr"><is><t>IN${100_000 + count - 1}</t></is></c>`);
    expect(agent).toMatch(/^<c t="s"><v>\d+<\/v><\/c>$/);
    // The table holds the headers and agents once each and the sampled tickets and notes (the
    // sample's first row is the header: data rows 0-998), nothing after.
    const table = files.get('xl/sharedStrings.xml')!;
    const sampledNotes = TRICKY.length + Math.floor((SAMPLE_ROWS - 2) / 10); // "catatan 10" .. "catatan 990"
    expect(table.match(/<si>/g)!.length).toBe(COLUMNS.length + AGENTS.length + (SAMPLE_ROWS - 1) + sampledNotes);
    expect(table).not.toContain(`IN${100_000 + SAMPLE_ROWS}`);
    expect(table).not.toContain(`catatan ${SAMPLE_ROWS + 10}`);
    // "count" is every cell pointing into the table.
    expect(table).toContain(`count="${(xml.match(/<c t="s"/g) ?? []).length}"`);
    // No formula anywhere: "=1+1" is a text cell.
    expect(xml).not.toMatch(/<f[\s>/]/);
  });

  it('keeps the layout: widths, wrapped rows tall enough, frozen header, filter range and its name, print titles', async () => {
    const sheets = xlsxSheetsOf("Tim D'Ayu", COLUMNS, body.slice(0, 20));
    const bytes = await writeWorkbook(sheets, 'Pandu');
    const [sheet] = (await readXlsx(bytes, { readStyles: true })).sheets;
    expect(sheet!.freezePane).toMatchObject({ rows: 1 });
    expect(sheet!.autoFilter?.range).toBe('A1:E21');
    // Header or longest text plus 3, capped at 30; a date as wide as "27-11-2026 10:00:05".
    expect(sheet!.columns!.map((c) => c.width)).toEqual([11, 30, 22, 9, 25]);
    // "baris 1..3" on row 8 (the sheet's row 8, index 7): three lines.
    expect(sheet!.rowDefs!.get(7)?.height).toBe(45);
    expect(sheet!.rowDefs!.get(2)).toBeUndefined();
    const workbook = unzip(bytes).get('xl/workbook.xml')!;
    expect(workbook).toContain(`<sheet name="Tim D'Ayu" sheetId="1" r:id="rId1"/>`);
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tim D''Ayu'!$A$1:$E$21</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tim D''Ayu'!$1:$1</definedName>`);
  });

  it('is a zip an independent reader walks front to back, the package parts first, title and creator in its properties', async () => {
    const entries = readZip(await writeWorkbook(xlsxSheetsOf('Sesi', COLUMNS, body.slice(0, 3)), 'Log Pandu'));
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
    ]);
    const core = new TextDecoder().decode(entries[2]!.data);
    expect(core).toContain('<dc:title>Log Pandu</dc:title><dc:creator>Pandu</dc:creator>');
  });

  it('tells its progress in rows, up to every row of every sheet', async () => {
    const seen: Array<[number, number]> = [];
    const sheets = [...xlsxSheetsOf('Sesi', COLUMNS, body), ...xlsxSheetsOf('Riwayat', COLUMNS, body.slice(0, 10))];
    await writeWorkbook(sheets, 'Pandu', { chunkChars: 4096, onProgress: (done, total) => seen.push([done, total]) });
    const total = count + 1 + 11;
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([total, total]);
  });
});
