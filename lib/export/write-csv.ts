import { CSV_BOM, CSV_EOL, csvRecord, type CsvCell, type CsvDelimiter } from './csv';
import { csvRecordWriter, type CsvWriteOptions } from './csv-rows';
import type { CellValue, ExportColumn } from './columns';
import type { LocalClock } from '../time/local-clock';

export type { CsvWriteOptions };
export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * Rows per text part. Small, because a part is a string under construction until it is encoded:
 * every garbage collection in between must copy it. At 1,000 rows the worker spent about half
 * the collection time it spent at 5,000 (100,000 sessions, Chromium, `--trace-gc`).
 */
const CHUNK_ROWS = 1_000;

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
  csvRecord(
    columns.map((column) => column.header),
    delimiter,
  );

/**
 * A whole CSV file as text parts: BOM and header, then one part per `chunkSize` rows, each
 * record ending in CRLF. Joined, the parts are the file; nothing ever holds it as one string.
 * Each part comes with the number of rows written up to its end (0 for the header).
 */
function* csvPartsWithRows<T>(
  columns: readonly ExportColumn<T>[],
  items: readonly T[],
  options: CsvWriteOptions & { chunkSize?: number },
): Generator<[text: string, rows: number], void> {
  const chunkSize = options.chunkSize ?? CHUNK_ROWS;
  yield [CSV_BOM + csvHeaderLine(columns as readonly ExportColumn<unknown>[], options.delimiter) + CSV_EOL, 0];
  const record = csvRecordWriter(columns, options);
  for (let start = 0; start < items.length; start += chunkSize) {
    const end = Math.min(items.length, start + chunkSize);
    let chunk = '';
    for (let i = start; i < end; i++) chunk += record(items[i]!) + CSV_EOL;
    yield [chunk, end];
  }
}

/** The file's text parts, header first (see `csvPartsWithRows`). */
export function* csvChunks<T>(columns: readonly ExportColumn<T>[], items: readonly T[], options: CsvWriteOptions & { chunkSize?: number }): Generator<string, void> {
  for (const [text] of csvPartsWithRows(columns, items, options)) yield text;
}

type ChunkOptions = CsvWriteOptions & { chunkSize?: number; onChunk?: (done: number) => Promise<void> | void };

/** The file's text parts (tests, and callers that want strings). `onChunk` hears the rows written so far. */
export async function writeCsvParts<T>(columns: readonly ExportColumn<T>[], items: readonly T[], options: ChunkOptions): Promise<string[]> {
  const parts: string[] = [];
  for (const [text, rows] of csvPartsWithRows(columns, items, options)) {
    parts.push(text);
    if (rows > 0) await options.onChunk?.(rows); // the header part has none
  }
  return parts;
}

/** Bytes collected before they become one Blob part: a few parts for a 46 MB file. */
const PART_BYTES = 4 << 20;

/**
 * The file as a Blob, as the export worker saves it. Each text part is encoded as UTF-8 at once
 * into a byte buffer and is garbage right after, so the worker never holds the file as strings.
 * A full buffer becomes one Blob part (the Blob copies it; the buffer is reused). Not a Blob per
 * text part: each Blob costs a registration with the browser's blob store, several times the
 * cost of the encoding (`npm run bench -- dashboard` measures the export).
 */
export async function writeCsvBlob<T>(columns: readonly ExportColumn<T>[], items: readonly T[], options: ChunkOptions & { partBytes?: number }): Promise<Blob> {
  const encoder = new TextEncoder();
  const parts: Blob[] = [];
  let buffer = new Uint8Array(options.partBytes ?? PART_BYTES);
  let used = 0;
  const flush = () => {
    if (used) parts.push(new Blob([buffer.subarray(0, used)]));
    used = 0;
  };
  for (const [text, rows] of csvPartsWithRows(columns, items, options)) {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const room = 3 * text.length;
    if (room > buffer.length - used) {
      flush();
      if (room > buffer.length) buffer = new Uint8Array(room);
    }
    used += encoder.encodeInto(text, buffer.subarray(used)).written;
    if (rows > 0) await options.onChunk?.(rows); // the header part has none
  }
  flush();
  return new Blob(parts, { type: CSV_MIME });
}
