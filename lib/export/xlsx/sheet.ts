import type { XlsxStyle } from './styles';

/** A cell as the workbook writer takes it: text (always text, never a formula), a number, a date, or nothing. */
export type XlsxCell = string | number | boolean | Date | null;

/**
 * One sheet, described for the streaming writer: rows are asked for by index as the sheet's XML
 * is written, so a sheet of a million rows is never a second copy of its data.
 */
export interface XlsxSheet {
  name: string;
  /** Each column's width (Excel's unit) and the style its cells take unless their row says otherwise. */
  columns: readonly { width: number; style: XlsxStyle }[];
  rowCount: number;
  cellsOf(row: number): readonly XlsxCell[];
  /** Rows styled cell by cell (a header; the summary's labels and totals), one style per cell. */
  rowStyles?: ReadonlyMap<number, readonly XlsxStyle[]>;
  /** A row's height in points, or null for the default (one line). */
  heightOf?(row: number, cells: readonly XlsxCell[]): number | null;
  /**
   * The first row is the header of a table below it: frozen, with filter buttons over the
   * table, and printed at the top of every page.
   */
  table: boolean;
  orientation: 'landscape' | 'portrait';
}
