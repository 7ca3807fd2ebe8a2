import { SPREADSHEET_NS, XML_HEAD } from './xml-text';

/**
 * The workbook's few cell styles, fixed: a cell names one by its index (s="N"). Style 0 is what
 * a cell without "s" gets, so the commonest one (text at the top of its cell, so a row made tall
 * by a note still reads from its first line across) costs nothing per cell.
 */

/** Indonesian order, as agents read dates in Pandu ("27-11-2026 10:00:05"). */
export const XLSX_DATE_FORMAT = 'dd-mm-yyyy hh:mm:ss';
const PERCENT_FORMAT = '0.0%';

export const XLSX_STYLE = {
  /** Data: at the top of its cell. */
  top: 0,
  /** Long text: wrapped, at the top. */
  wrapped: 1,
  /** A date (XLSX_DATE_FORMAT), at the top. */
  date: 2,
  /** A table's header: bold on a light band, wrapped, ruled off from the data it names. */
  header: 3,
  /** A header over a column of counts: right-aligned like the numbers under it. */
  countHeader: 4,
  /** The summary's title. */
  title: 5,
  /** The summary's labels: bold, at the top. */
  label: 6,
  /** The summary's values: left-aligned (numbers too), wrapped for a long filter. */
  value: 7,
  /** A table's total line: bold, ruled off above. */
  total: 8,
  /** A share, "12.5%". */
  percent: 9,
  /** A share on the total line. */
  totalPercent: 10,
} as const;
export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

// Named fonts: a font without a name is the application's fallback (a serif in LibreOffice), not Calibri.
const FONTS = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
];
// Fills 0 and 1 are the two every workbook must start with.
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
];
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9C1"/></bottom><diagonal/></border>',
  '<border><left/><right/><top style="thin"><color rgb="FF8EA9C1"/></top><bottom/><diagonal/></border>',
];

interface Xf {
  numFmt?: number;
  font?: number;
  fill?: number;
  border?: number;
  vertical?: 'top' | 'center';
  horizontal?: 'left' | 'right';
  wrap?: boolean;
}

const DATE_FMT = 164;
const PERCENT_FMT = 165;
const HEADER: Xf = { font: 1, fill: 2, border: 1, vertical: 'center', wrap: true };

/** In XLSX_STYLE's order. */
const XFS: Record<XlsxStyle, Xf> = {
  0: { vertical: 'top' },
  1: { vertical: 'top', wrap: true },
  2: { numFmt: DATE_FMT, vertical: 'top' },
  3: HEADER,
  4: { ...HEADER, horizontal: 'right' },
  5: { font: 2 },
  6: { font: 1, vertical: 'top' },
  7: { vertical: 'top', horizontal: 'left', wrap: true },
  8: { font: 1, border: 2 },
  9: { numFmt: PERCENT_FMT },
  10: { numFmt: PERCENT_FMT, font: 1, border: 2 },
};

function xfXml(xf: Xf): string {
  const { numFmt = 0, font = 0, fill = 0, border = 0 } = xf;
  let attributes = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
  if (numFmt) attributes += ' applyNumberFormat="1"';
  if (font) attributes += ' applyFont="1"';
  if (fill) attributes += ' applyFill="1"';
  if (border) attributes += ' applyBorder="1"';
  const alignment = [xf.horizontal && `horizontal="${xf.horizontal}"`, xf.vertical && `vertical="${xf.vertical}"`, xf.wrap && 'wrapText="1"'].filter(Boolean);
  if (!alignment.length) return `<xf ${attributes}/>`;
  return `<xf ${attributes} applyAlignment="1"><alignment ${alignment.join(' ')}/></xf>`;
}

const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;

export const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${SPREADSHEET_NS}">` +
  list('numFmts', [`<numFmt numFmtId="${DATE_FMT}" formatCode="${XLSX_DATE_FORMAT}"/>`, `<numFmt numFmtId="${PERCENT_FMT}" formatCode="${PERCENT_FORMAT}"/>`]) +
  list('fonts', FONTS) +
  list('fills', FILLS) +
  list('borders', BORDERS) +
  list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
  list(
    'cellXfs',
    (Object.values(XLSX_STYLE) as XlsxStyle[]).map((style) => xfXml(XFS[style])),
  ) +
  list('cellStyles', ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';
