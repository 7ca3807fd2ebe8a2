import type pg from 'pg';
import { countSessions, sessionColumns, summarySheet, writeWorkbook, XLSX_MAX_DATA_ROWS, xlsxRow, xlsxSheetsOf, type ExportColumn, type XlsxCell } from '../../lib/export';
import type { LogRow } from '../../lib/logs';
import { translator } from '../../lib/i18n';
import { localClock } from '../../lib/time';
import { labelsOf } from './labels';
import { exportItems } from './log-items';
import type { ExportOrder } from './tickets';

/**
 * The summary and sessions sheets as the dashboard writes them (lib/export). Its rows are held until
 * the sheet is written (its column widths are measured over every row first), so it holds at most
 * one sheet's worth of rows (Excel's limit, XLSX_MAX_DATA_ROWS); `capped` says when the filter kept
 * more, and CSV is the format for those.
 */
export async function xlsxWorkbook(
  pool: pg.Pool,
  request: ExportOrder,
  team: string | null,
  maxRows = XLSX_MAX_DATA_ROWS,
): Promise<{ bytes: Uint8Array; rows: number; capped: boolean }> {
  const t = translator(request.language);
  const clock = localClock(request.zone);
  const labels = labelsOf(request);
  const columns = sessionColumns(labels, clock);
  const options = { clock, mask: request.maskPhones };
  const rows: XlsxCell[][] = [];
  const logRows: LogRow[] = [];
  let capped = false;
  for await (const items of exportItems(pool, request, team, maxRows + 1)) {
    for (const item of items) {
      if (rows.length === maxRows) capped = true;
      else {
        rows.push(xlsxRow(columns, { row: item.row, detail: item.detail }, options));
        logRows.push(item.row);
      }
    }
  }
  const summary = summarySheet(t('dashboard.file.sheet.summary'), {
    counts: countSessions(logRows),
    filter: request.filter,
    labels,
    clock,
    madeMs: Date.now(),
    masked: request.maskPhones,
    events: null,
  });
  const sheets = [summary, ...xlsxSheetsOf(t('dashboard.file.sheet.sessions'), columns as ExportColumn<unknown>[], rows, maxRows)];
  return { bytes: await writeWorkbook(sheets, t('dashboard.file.title')), rows: rows.length, capped };
}
