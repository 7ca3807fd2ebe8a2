import { CSV_BOM, CSV_EOL, csvField, csvRecord, type CsvCell, type CsvDelimiter } from './csv';
import type { CellValue, ExportColumn } from './columns';
import { maskPhones } from './mask';
import type { LocalClock } from './local-clock';

export interface CsvWriteOptions {
  clock: LocalClock;
  delimiter: CsvDelimiter;
  mask: boolean;
}

/** Dates as "2026-11-27 10:00:05" in the lead's zone: a form Excel reads as a date in every locale. */
export function csvCells(columns: readonly ExportColumn<unknown>[], cells: readonly CellValue[], clock: LocalClock): CsvCell[] {
  const out = new Array<CsvCell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    out[i] = columns[i]!.kind === 'date' && typeof value === 'number' ? clock.format(value) : value;
  }
  return out;
}

export const csvHeaderLine = (columns: readonly ExportColumn<unknown>[], delimiter: CsvDelimiter) =>
  csvRecord(columns.map((column) => column.header), delimiter);

/** One item's record: each cell formatted, masked and quoted straight into the line (no arrays per row). */
export function csvLine<T>(columns: readonly ExportColumn<T>[], item: T, options: CsvWriteOptions): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    let value = column.value(item);
    if (column.kind === 'date' && typeof value === 'number') value = options.clock.format(value);
    else if (options.mask && column.freeText && typeof value === 'string') value = maskPhones(value);
    line += i ? options.delimiter + csvField(value, options.delimiter) : csvField(value, options.delimiter);
  }
  return line;
}

/**
 * A whole CSV file as parts (BOM, header, then one part per chunk of rows), ready for a Blob.
 * `onChunk` lets a caller report progress and yield between chunks on large exports.
 */
export async function writeCsvParts<T>(
  columns: readonly ExportColumn<T>[],
  items: readonly T[],
  options: CsvWriteOptions & { chunkSize?: number; onChunk?: (done: number) => Promise<void> | void },
): Promise<string[]> {
  const chunkSize = options.chunkSize ?? 5_000;
  const parts = [CSV_BOM + csvHeaderLine(columns as readonly ExportColumn<unknown>[], options.delimiter) + CSV_EOL];
  for (let start = 0; start < items.length; start += chunkSize) {
    const end = Math.min(items.length, start + chunkSize);
    const lines = new Array<string>(end - start);
    for (let i = start; i < end; i++) lines[i - start] = csvLine(columns, items[i]!, options);
    parts.push(lines.join(CSV_EOL) + CSV_EOL);
    await options.onChunk?.(end);
  }
  return parts;
}
