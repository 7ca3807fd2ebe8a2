import { blockRange } from './cell-ref';
import type { SharedStrings } from './shared-strings';
import type { XlsxCell, XlsxSheet } from './sheet';
import { TextColumns } from './text-columns';
import { XLSX_STYLE, type XlsxStyle } from './styles';
import { SPREADSHEET_NS, textElement, XML_HEAD } from './xml-text';

/**
 * A worksheet's XML, produced row by row in chunks of about `chunkChars` characters, for the zip
 * writer to encode and deflate while the next chunk is built.
 *
 * Cells carry no "r" reference: a cell without one is the next column (ECMA-376 makes "r"
 * optional; Excel, LibreOffice and hucre's reader place such cells), so an empty cell is "<c/>".
 * Rows keep theirs: readers key a row's height by it.
 */

/** Excel's day 0 is 30 Dec 1899 (the 1900 system, with its leap-year bug before March 1900). */
const EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;

/** A wall-clock date (UTC fields = the lead's local time) as Excel's serial day number. */
export const excelSerial = (date: Date) => date.getTime() / DAY_MS + EPOCH_DAYS;

const STYLE_ATTRIBUTE = Object.values(XLSX_STYLE).map((style) => (style === 0 ? '' : ` s="${style}"`));

export interface SheetXmlOptions {
  /** Shared strings (for the columns that repeat their texts: TextColumns), or null to write every text in its cell (inline). */
  strings: SharedStrings | null;
  chunkChars: number;
  /** Told after each chunk how many of the sheet's rows are written. */
  onRows?: (rows: number) => void;
  /** Whether this is the sheet the workbook opens on. */
  selected: boolean;
}

function head(sheet: XlsxSheet, selected: boolean): string {
  const columns = sheet.columns.length;
  let xml =
    XML_HEAD +
    `<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${blockRange(columns, sheet.rowCount)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`;
  xml += sheet.table
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '</sheetView></sheetViews>';
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  if (columns) {
    xml += '<cols>';
    sheet.columns.forEach((column, c) => (xml += `<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1"/>`));
    xml += '</cols>';
  }
  return xml + '<sheetData>';
}

function tail(sheet: XlsxSheet): string {
  const filter = sheet.table ? `<autoFilter ref="${blockRange(sheet.columns.length, sheet.rowCount)}"/>` : '';
  return (
    `</sheetData>${filter}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${sheet.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    '</worksheet>'
  );
}

/**
 * One cell's XML, its text (if any) written in the cell; `styled` when the row's own style must
 * show on an empty cell too (a total's rule).
 */
function cellXml(value: XlsxCell, style: XlsxStyle, styled: boolean): string {
  if (typeof value === 'string') {
    if (value === '') return styled && style ? `<c${STYLE_ATTRIBUTE[style]}/>` : '<c/>';
    return `<c t="inlineStr"${STYLE_ATTRIBUTE[style]}><is>${textElement(value)}</is></c>`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `<c${STYLE_ATTRIBUTE[style]}><v>${value}</v></c>` : '<c/>';
  if (value instanceof Date) {
    const serial = excelSerial(value);
    // A date shows as one whatever its column's style.
    const dateStyle = style === XLSX_STYLE.top || style === XLSX_STYLE.wrapped ? XLSX_STYLE.date : style;
    return Number.isFinite(serial) ? `<c${STYLE_ATTRIBUTE[dateStyle]}><v>${serial}</v></c>` : '<c/>';
  }
  if (typeof value === 'boolean') return `<c t="b"${STYLE_ATTRIBUTE[style]}><v>${value ? 1 : 0}</v></c>`;
  return styled && style ? `<c${STYLE_ATTRIBUTE[style]}/>` : '<c/>';
}

/** The sheet's XML in chunks. */
export function* sheetXml(sheet: XlsxSheet, options: SheetXmlOptions): Generator<string> {
  const { chunkChars } = options;
  const columnStyles = sheet.columns.map((column) => column.style);
  const texts = new TextColumns(options.strings);
  let xml = head(sheet, options.selected);
  for (let r = 0; r < sheet.rowCount; r++) {
    const cells = sheet.cellsOf(r);
    const own = sheet.rowStyles?.get(r);
    const styles = own ?? columnStyles;
    const height = sheet.heightOf ? sheet.heightOf(r, cells) : null;
    xml += height === null ? `<row r="${r + 1}">` : `<row r="${r + 1}" ht="${height}" customHeight="1">`;
    const styled = own !== undefined;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]!;
      const style = styles[c] ?? XLSX_STYLE.top;
      xml +=
        typeof value === 'string' && value !== '' && texts.shares(c) ? `<c t="s"${STYLE_ATTRIBUTE[style]}><v>${texts.indexOf(c, value)}</v></c>` : cellXml(value, style, styled);
    }
    texts.endRow();
    xml += '</row>';
    if (xml.length >= chunkChars) {
      options.onRows?.(r + 1);
      yield xml;
      xml = '';
    }
  }
  options.onRows?.(sheet.rowCount);
  yield xml + tail(sheet);
}
