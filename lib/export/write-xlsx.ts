import { writeXlsx } from 'hucre/xlsx';
import type { CellValue as XlsxCell, WriteSheet } from 'hucre/xlsx';

export type { XlsxCell };
import { cellsOf, type ExportColumn } from './columns';
import type { LocalClock } from '../time/local-clock';

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

/** One item's cells for a sheet: dates as Excel dates (local wall-clock time), blanks as empty cells. */
export function xlsxRow<T>(columns: readonly ExportColumn<T>[], item: T, options: Pick<XlsxSheetOptions, 'clock' | 'mask'>): XlsxCell[] {
  const cells = cellsOf(columns, item, options.mask) as XlsxCell[];
  for (let c = 0; c < cells.length; c++) {
    if (columns[c]!.kind === 'date' && typeof cells[c] === 'number') cells[c] = options.clock.wallDate(cells[c] as number);
    else if (cells[c] === '') cells[c] = null;
  }
  return cells;
}

/**
 * One logical sheet (a header and its rows), split over as many sheets as Excel's row limit
 * needs. Dates are real Excel dates (numbers with a date format) holding the lead's local
 * wall-clock time, since Excel has no notion of time zones; the header names the zone.
 */
export function xlsxSheetsOf(name: string, columns: readonly ExportColumn<unknown>[], rows: readonly XlsxCell[][], maxRows = XLSX_MAX_DATA_ROWS): WriteSheet[] {
  const header: XlsxCell[] = columns.map((column) => column.header);
  const sheetColumns = columns.map((column) => ({ width: column.width, ...(column.kind === 'date' ? { numFmt: XLSX_DATE_FORMAT } : {}) }));
  const sheets: WriteSheet[] = [];
  for (let start = 0, part = 1; part === 1 || start < rows.length; start += maxRows, part++) {
    const body = rows.slice(start, start + maxRows);
    sheets.push({
      name: part === 1 ? name : `${name} (${part})`,
      columns: sheetColumns,
      rows: [header, ...body],
      freezePane: { rows: 1 },
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

/** The workbook's bytes. Text cells stay text: a value starting with "=" is never a formula here. */
export function writeWorkbook(sheets: WriteSheet[], title: string): Promise<Uint8Array> {
  return writeXlsx({ sheets, properties: { title, creator: 'Pandu' } });
}
