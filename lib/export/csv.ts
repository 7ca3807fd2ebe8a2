/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code
 * page and breaks names like "Ni Luh Putu Ayu Setyaningsih – Denpasar"), RFC 4180 quoting, CRLF
 * line ends, and a delimiter the lead chooses. Semicolon is the default because Excel set to an
 * Indonesian locale uses the comma as the decimal separator and expects ";" between fields.
 */
export const CSV_DELIMITERS = [';', ','] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export const DEFAULT_CSV_DELIMITER: CsvDelimiter = ';';

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

/** A cell: text is neutralized and quoted as needed; numbers are written as they are. */
export type CsvCell = string | number | null | undefined;

/**
 * OWASP "CSV injection": a cell starting with = + - @ tab or carriage return is read by
 * spreadsheet programs as a formula (=HYPERLINK(...), =cmd|...). Prefixing a single quote makes
 * it plain text. The full-width forms (＝ ＋ － ＠) are included because some Excel versions
 * normalise them to their ASCII twins when a cell is evaluated.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

const QUOTE_NEEDED: Record<CsvDelimiter, RegExp> = { ';': /[";\r\n]/, ',': /[",\r\n]/ };

/** One field, RFC 4180: quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: CsvCell, delimiter: CsvDelimiter = DEFAULT_CSV_DELIMITER): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeFormula(value);
  return QUOTE_NEEDED[delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, without its line end. */
export function csvRecord(cells: readonly CsvCell[], delimiter: CsvDelimiter = DEFAULT_CSV_DELIMITER): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += delimiter;
    line += csvField(cells[i], delimiter);
  }
  return line;
}

/** A whole file: BOM, then every record followed by CRLF (the header is just the first row). */
export function toCsv(rows: readonly (readonly CsvCell[])[], delimiter: CsvDelimiter = DEFAULT_CSV_DELIMITER): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = csvRecord(rows[i]!, delimiter);
  return CSV_BOM + (lines.length ? lines.join(CSV_EOL) + CSV_EOL : '');
}
