import type pg from 'pg';
import { CSV_BOM, CSV_EOL, csvHeaderLine, csvRecordWriter, sessionColumns, type ExportColumn } from '../../lib/export';
import { localClock } from '../../lib/time';
import { exportItems } from './log-items';
import { labelsOf } from './labels';
import type { ExportOrder } from './tickets';

/**
 * The CSV the dashboard's export worker writes (lib/export: the same columns, headers, BOM,
 * delimiter, formula neutralising and phone masking), as text parts: the header, then one part
 * per page of sessions read from the database.
 */
export async function* csvParts(pool: pg.Pool, request: ExportOrder, team: string | null): AsyncGenerator<string> {
  const clock = localClock(request.zone);
  const columns = sessionColumns(labelsOf(request), clock);
  const options = { clock, delimiter: request.delimiter, mask: request.maskPhones };
  yield CSV_BOM + csvHeaderLine(columns as readonly ExportColumn<unknown>[], request.delimiter) + CSV_EOL;
  const record = csvRecordWriter(columns, options);
  for await (const items of exportItems(pool, request, team)) {
    let part = '';
    for (const item of items) part += record(item) + CSV_EOL;
    yield part;
  }
}
