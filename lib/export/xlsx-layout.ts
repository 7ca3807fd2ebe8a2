/**
 * How a sheet is laid out for reading, computed from its cells: column widths from the header
 * and the longest line (capped), and row heights that show every line of wrapped text. Excel
 * does not fit rows to wrapped text when it opens a file, so without a height a multi-line note
 * shows its first line only, or spills over the rows below; LibreOffice shows the height given.
 *
 * Widths are in Excel's unit (the width of "0" in the default font, Calibri 11); a character
 * is counted as one "0" wide. Most letters are narrower, so wrapped lines are estimated a little
 * long: a row may have room to spare, never a hidden line.
 */

/** Calibri 11's line: Excel's default row height, in points. */
export const LINE_POINTS = 15;
/** Excel's tallest row (409 points, 27 lines): longer text is in the cell, shown by its scroll. */
export const MAX_ROW_POINTS = 409;
/** Room for the cell's margins and the autofilter's drop-down button beside the header. */
export const WIDTH_PADDING = 3;
export const MIN_WIDTH = 6;
/** Characters a cell of width W holds on a line: a little less than W, for its margins. */
const lineCapacity = (width: number) => Math.max(1, Math.floor(width) - 1);

/** Lines one paragraph (no line break in it) takes, wrapped at spaces as a spreadsheet does. */
function paragraphLines(paragraph: string, capacity: number): number {
  if (paragraph.length <= capacity) return 1;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    const length = word.length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= capacity) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than a line is broken across lines.
    if (length > capacity) {
      lines += Math.ceil(length / capacity) - 1;
      used = length % capacity || capacity;
    } else used = length;
  }
  return lines;
}

/** Lines a text takes in a wrapped cell `width` characters wide: its line breaks, and its long lines wrapped. */
export function wrappedLines(text: string, width: number): number {
  const capacity = lineCapacity(width);
  // Most cells: short, one line; no split, no scan.
  if (text.length <= capacity && !text.includes('\n')) return 1;
  let lines = 0;
  for (const line of text.split('\n')) lines += paragraphLines(line.endsWith('\r') ? line.slice(0, -1) : line, capacity);
  return lines;
}

/** The longest line of a text, in characters. */
export function longestLine(text: string): number {
  if (!text.includes('\n')) return text.length;
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.endsWith('\r') ? line.length - 1 : line.length);
  return longest;
}

export interface LayoutColumn {
  header: string;
  kind: 'text' | 'number' | 'date';
  maxWidth: number;
  wrap?: boolean;
}

/** How wide a date is shown (XLSX_DATE_FORMAT, "27-11-2026 10:00:05"). */
export const DATE_CHARS = 19;

/** A cell's width in characters, as it is shown. */
function cellChars(value: unknown, kind: LayoutColumn['kind']): number {
  if (value === null || value === undefined) return 0;
  if (kind === 'date' || value instanceof Date) return DATE_CHARS;
  if (typeof value === 'number') return String(value).length;
  return typeof value === 'string' ? longestLine(value) : typeof value === 'boolean' ? 5 : 0;
}

/**
 * Each column as wide as its header and its longest line, plus padding, capped at the column's
 * `maxWidth` (never narrower than its header, which must be read whole). Every row is looked at
 * until a column reaches its cap: a one-off long name in row 90,000 still fits, where a sample
 * would clip it, and a column of long notes is not measured past its first long one.
 */
export function columnWidths(columns: readonly LayoutColumn[], rows: readonly (readonly unknown[])[]): number[] {
  const widest = columns.map((column): number => (column.kind === 'date' ? DATE_CHARS : 0));
  /** The columns still below their cap (a date's width is known). */
  let open = columns.flatMap((column, c) => (column.kind === 'date' ? [] : [c]));
  const capped = (c: number) => widest[c]! + WIDTH_PADDING >= columns[c]!.maxWidth;
  for (let r = 0; r < rows.length && open.length; r++) {
    const row = rows[r]!;
    let reached = false;
    for (const c of open) {
      const chars = cellChars(row[c], columns[c]!.kind);
      if (chars > widest[c]!) {
        widest[c] = chars;
        reached ||= capped(c);
      }
    }
    if (reached) open = open.filter((c) => !capped(c));
  }
  return columns.map((column, c) => {
    const header = longestLine(column.header) + WIDTH_PADDING;
    const content = widest[c]! + WIDTH_PADDING;
    return Math.max(MIN_WIDTH, header, Math.min(content, column.maxWidth));
  });
}

/**
 * The height a row needs, in points, or null when one line is enough (the default height). Only
 * the wrapped columns (`wrap[c]`) can need more than one line; the tallest cell decides.
 */
export function rowHeight(row: readonly unknown[], widths: readonly number[], wrap: readonly boolean[]): number | null {
  let lines = 1;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (!wrap[c] || typeof value !== 'string') continue;
    const needed = wrappedLines(value, widths[c]!);
    if (needed > lines) lines = needed;
  }
  return lines === 1 ? null : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}
