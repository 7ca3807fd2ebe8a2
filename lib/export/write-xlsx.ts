import { cellsOf, MAX_CELL_TEXT, type ExportColumn } from './columns';
import type { LocalClock } from '../time/local-clock';
import { columnWidths, rowHeight } from './xlsx-layout';
import { absoluteRange, columnLetter } from './xlsx/cell-ref';
import type { XlsxCell, XlsxSheet } from './xlsx/sheet';
import { XLSX_DATE_FORMAT, XLSX_STYLE, type XlsxStyle } from './xlsx/styles';
import { writeWorkbookBytes, writeWorkbookParts, type WorkbookOptions } from './xlsx/write-workbook';

export type { XlsxCell, XlsxSheet };
export { XLSX_DATE_FORMAT, absoluteRange, columnLetter };

/** Excel's limit is 1,048,576 rows a sheet, the header included. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheetOptions {
  clock: LocalClock;
  mask: boolean;
  /** Rows a sheet may hold before the rest continues on "Name (2)"; Excel's limit by default. */
  maxRows?: number;
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

/** Data sits at the top of its cell, so a row made tall by a note still reads from its first line across. */
const styleOf = (column: ExportColumn<unknown>): XlsxStyle => (column.kind === 'date' ? XLSX_STYLE.date : column.wrap ? XLSX_STYLE.wrapped : XLSX_STYLE.top);

/**
 * One logical sheet (a header and its rows), split over as many sheets as Excel's row limit
 * needs, laid out for reading: columns as wide as their content (capped), long text wrapped
 * with rows tall enough for every line, the header bold, frozen and with filters on, printed
 * landscape across the page's width with the header on every page. Dates are real Excel dates
 * (numbers with a date format) holding the lead's local wall-clock time, since Excel has no
 * notion of time zones; the header names the zone. The rows are read as the sheet is written,
 * not copied.
 */
export function xlsxSheetsOf(name: string, columns: readonly ExportColumn<unknown>[], rows: readonly (readonly XlsxCell[])[], maxRows = XLSX_MAX_DATA_ROWS): XlsxSheet[] {
  const header: XlsxCell[] = columns.map((column) => column.header);
  const widths = columnWidths(columns, rows);
  const wrap = columns.map((column) => column.wrap === true);
  const headerHeight = rowHeight(
    header,
    widths,
    columns.map(() => true),
  );
  const sheetColumns = columns.map((column, c) => ({ width: widths[c]!, style: styleOf(column) }));
  const rowStyles = new Map([[0, columns.map((): XlsxStyle => XLSX_STYLE.header)]]);
  const sheets: XlsxSheet[] = [];
  for (let start = 0, part = 1; part === 1 || start < rows.length; start += maxRows, part++) {
    const count = Math.min(maxRows, rows.length - start);
    sheets.push({
      name: part === 1 ? name : `${name} (${part})`,
      columns: sheetColumns,
      rowCount: count + 1,
      cellsOf: (r) => (r === 0 ? header : rows[start + r - 1]!),
      rowStyles,
      heightOf: (r, cells) => (r === 0 ? headerHeight : rowHeight(cells, widths, wrap)),
      table: true,
      orientation: 'landscape',
    });
  }
  return sheets;
}

/** Items straight to sheets (for small sets and tests; the export worker builds rows in chunks). */
export function xlsxSheets<T>(name: string, columns: readonly ExportColumn<T>[], items: readonly T[], options: XlsxSheetOptions): XlsxSheet[] {
  const rows = items.map((item) => xlsxRow(columns, item, options));
  return xlsxSheetsOf(name, columns as readonly ExportColumn<unknown>[], rows, options.maxRows);
}

export type WriteWorkbookOptions = Omit<WorkbookOptions, 'title'>;

/**
 * The workbook's bytes, as parts in file order (a Blob's parts: no single copy of the file).
 * Text cells stay text: a value starting with "=" is never a formula here.
 */
export function writeWorkbookBlobParts(sheets: readonly XlsxSheet[], title: string, options: WriteWorkbookOptions = {}): Promise<Uint8Array[]> {
  return writeWorkbookParts(sheets, { ...options, title });
}

/** The workbook's bytes in one array (the team server's response; tests). */
export function writeWorkbook(sheets: readonly XlsxSheet[], title: string, options: WriteWorkbookOptions = {}): Promise<Uint8Array> {
  return writeWorkbookBytes(sheets, { ...options, title });
}
