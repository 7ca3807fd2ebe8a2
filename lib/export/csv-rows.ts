import { csvField, type CsvDelimiter } from './csv';
import type { CellValue, ExportColumn } from './columns';
import type { LocalClock } from '../time/local-clock';
import { maskPhones } from './mask';

export interface CsvWriteOptions {
  clock: LocalClock;
  delimiter: CsvDelimiter;
  mask: boolean;
}

/**
 * Distinct texts a column remembers before it gives up remembering. Codes, names, groups and
 * labels repeat across 100,000 rows and are quoted (and masked) once each; ids, notes and work
 * logs do not repeat, and stop paying for the memo after this many.
 */
const MEMO_LIMIT = 1_000;

/** One column's field text for an item, exactly as `csvField` writes the cell (see `csvCells`). */
function fieldWriter<T>(column: ExportColumn<T>, { clock, delimiter, mask }: CsvWriteOptions): (item: T) => string {
  const masked = mask && column.freeText === true;
  const dated = column.kind === 'date';
  const text = (value: string) => csvField(masked ? maskPhones(value) : value, delimiter);
  const cell = (value: CellValue) =>
    typeof value === 'string' ? text(value) : dated && typeof value === 'number' ? csvField(clock.format(value), delimiter) : csvField(value, delimiter);
  let memo: Map<string, string> | null = column.kind === 'text' ? new Map() : null;
  return (item) => {
    const value = column.value(item);
    if (memo === null || typeof value !== 'string') return cell(value);
    let field = memo.get(value);
    if (field === undefined) {
      field = text(value);
      if (memo.size < MEMO_LIMIT) memo.set(value, field);
      else memo = null;
    }
    return field;
  };
}

/**
 * The columns compiled once into a function that writes one item's record (without its line
 * end): dates in the lead's zone, phone numbers masked in free text, every field neutralized
 * and quoted. The same text as `csvRecord(csvCells(columns, cellsOf(columns, item, mask), clock))`,
 * without the per-row arrays and the repeated work on repeated values.
 */
export function csvRecordWriter<T>(columns: readonly ExportColumn<T>[], options: CsvWriteOptions): (item: T) => string {
  const fields = columns.map((column) => fieldWriter(column, options));
  const { delimiter } = options;
  return (item) => {
    let record = fields.length ? fields[0]!(item) : '';
    for (let i = 1; i < fields.length; i++) record += delimiter + fields[i]!(item);
    return record;
  };
}
