import { writeXlsx } from 'hucre/xlsx';
import type { CellStyle, CellValue as XlsxCell, ColumnDef, WriteSheet } from 'hucre/xlsx';
import type { PageSetup } from 'hucre';

export type { XlsxCell };
import { cellsOf, MAX_CELL_TEXT, type ExportColumn } from './columns';
import type { LocalClock } from '../time/local-clock';
import { columnWidths, rowHeight } from './xlsx-layout';

/** Excel's limit is 1,048,576 rows a sheet, the header included. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;
/** Indonesian order, as agents read dates in Pandu ("27-11-2026 10:00:05"). */
export const XLSX_DATE_FORMAT = 'dd-mm-yyyy hh:mm:ss';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheetOptions {
  clock: LocalClock;
  mask: boolean;
  /** Rows a sheet may hold before the rest continues on "Name (2)"; Excel's limit by default. */
  maxRows?: number;
}

/** A1-style column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One item's cells for a sheet: dates as Excel dates (local wall-clock time), blanks as empty
 * cells, text past Excel's limit for a cell cut short (the JSON export keeps it whole).
 */
export function xlsxRow<T>(columns: readonly ExportColumn<T>[], item: T, options: Pick<XlsxSheetOptions, 'clock' | 'mask'>): XlsxCell[] {
  const cells = cellsOf(columns, item, options.mask) as XlsxCell[];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (columns[c]!.kind === 'date' && typeof cell === 'number') cells[c] = options.clock.wallDate(cell);
    else if (cell === '') cells[c] = null;
    else if (typeof cell === 'string' && cell.length > MAX_CELL_TEXT) cells[c] = `${cell.slice(0, MAX_CELL_TEXT)}…`;
  }
  return cells;
}

/**
 * Cell styles, one object each: the writer files a style under a key it builds for every cell
 * given one, so the same few objects serve every row. Data sits at the top of its cell, so a
 * row made tall by a note still reads from its first line across.
 */
const TOP: CellStyle = { alignment: { vertical: 'top' } };
const WRAPPED: CellStyle = { alignment: { vertical: 'top', wrapText: true } };
const DATE: CellStyle = { numFmt: XLSX_DATE_FORMAT, alignment: { vertical: 'top' } };
/** The header: bold on a light band, wrapped, ruled off from the data it names. */
export const HEADER_STYLE: CellStyle = {
  // Named: a font without a name is the application's fallback (a serif in LibreOffice), not the sheet's Calibri.
  font: { name: 'Calibri', size: 11, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { rgb: 'DDEBF7' } },
  border: { bottom: { style: 'thin', color: { rgb: '8EA9C1' } } },
  alignment: { vertical: 'center', wrapText: true },
};

/**
 * Printed (or saved as PDF) across the page: landscape, every column on the page's width, the
 * header repeated on every page.
 */
export const PRINT_SETUP: PageSetup = { orientation: 'landscape', paperSize: 'a4', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '$1:$1' };

const styleOf = (column: ExportColumn<unknown>): CellStyle => (column.kind === 'date' ? DATE : column.wrap ? WRAPPED : TOP);

/** The header row's cells, styled (cell overrides keyed "row,col"). */
export function headerCells(count: number, row = 0): Map<string, { style: CellStyle }> {
  const cells = new Map<string, { style: CellStyle }>();
  for (let c = 0; c < count; c++) cells.set(`${row},${c}`, { style: HEADER_STYLE });
  return cells;
}

/**
 * One logical sheet (a header and its rows), split over as many sheets as Excel's row limit
 * needs, laid out for reading: columns as wide as their content (capped), long text wrapped
 * with rows tall enough for every line, the header bold, frozen and with filters on. Dates are
 * real Excel dates (numbers with a date format) holding the lead's local wall-clock time, since
 * Excel has no notion of time zones; the header names the zone.
 */
export function xlsxSheetsOf(name: string, columns: readonly ExportColumn<unknown>[], rows: readonly XlsxCell[][], maxRows = XLSX_MAX_DATA_ROWS): WriteSheet[] {
  const header: XlsxCell[] = columns.map((column) => column.header);
  const widths = columnWidths(columns, rows);
  const wrap = columns.map((column) => column.wrap === true);
  const headerWrap = columns.map(() => true);
  const sheetColumns: ColumnDef[] = columns.map((column, c) => ({ width: widths[c], style: styleOf(column) }));
  const sheets: WriteSheet[] = [];
  for (let start = 0, part = 1; part === 1 || start < rows.length; start += maxRows, part++) {
    const body = rows.slice(start, start + maxRows);
    const rowDefs = new Map<number, { height: number }>();
    const headerHeight = rowHeight(header, widths, headerWrap);
    if (headerHeight !== null) rowDefs.set(0, { height: headerHeight });
    for (let r = 0; r < body.length; r++) {
      const height = rowHeight(body[r]!, widths, wrap);
      if (height !== null) rowDefs.set(r + 1, { height });
    }
    sheets.push({
      name: part === 1 ? name : `${name} (${part})`,
      columns: sheetColumns,
      rows: [header, ...body],
      cells: headerCells(columns.length),
      rowDefs,
      freezePane: { rows: 1 },
      pageSetup: PRINT_SETUP,
      autoFilter: { range: `A1:${columnLetter(columns.length - 1)}${body.length + 1}` },
    });
  }
  return sheets;
}

/** Items straight to sheets (for small sets and tests; the export worker builds rows in chunks). */
export function xlsxSheets<T>(name: string, columns: readonly ExportColumn<T>[], items: readonly T[], options: XlsxSheetOptions): WriteSheet[] {
  const rows = items.map((item) => xlsxRow(columns, item, options));
  return xlsxSheetsOf(name, columns as readonly ExportColumn<unknown>[], rows, options.maxRows);
}

/** "A1:X9" -> "'Sesi'!$A$1:$X$9": a range in a defined name, on its sheet (quotes in the name doubled). */
export function absoluteRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replaceAll("'", "''")}'!${absolute}`;
}

/**
 * The workbook's bytes. Text cells stay text: a value starting with "=" is never a formula here.
 * Each sheet's filter range is also named "_xlnm._FilterDatabase" on that sheet, as Excel itself
 * writes it: LibreOffice Calc shows the filter buttons only when the name is there.
 */
export function writeWorkbook(sheets: WriteSheet[], title: string): Promise<Uint8Array> {
  const namedRanges = sheets.flatMap((sheet) =>
    sheet.autoFilter ? [{ name: '_xlnm._FilterDatabase', range: absoluteRange(sheet.name, sheet.autoFilter.range), scope: sheet.name }] : [],
  );
  return writeXlsx({ sheets, properties: { title, creator: 'Pandu' }, namedRanges });
}
