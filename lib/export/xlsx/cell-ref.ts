/** A1-style column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "A1:X9": the block of `columns` columns and `rows` rows from A1 (a single row's block still a range). */
export const blockRange = (columns: number, rows: number) => `A1:${columnLetter(Math.max(1, columns) - 1)}${Math.max(1, rows)}`;

/** A sheet's name as a formula names it: quoted, quotes in it doubled. */
export const quotedSheet = (sheet: string) => `'${sheet.replaceAll("'", "''")}'`;

/** "A1:X9" -> "'Sesi'!$A$1:$X$9": a range in a defined name, on its sheet (quotes in the name doubled). */
export function absoluteRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `${quotedSheet(sheet)}!${absolute}`;
}
