import type pg from 'pg';
import { sessionColumns, writeWorkbook, XLSX_MAX_DATA_ROWS, xlsxRow, xlsxSheetsOf, type ExportColumn, type XlsxCell } from '../../lib/export';
import { translator } from '../../lib/i18n';
import { localClock } from '../../lib/time';
import { labelsOf } from './labels';
import { exportItems } from './log-items';
import type { ExportOrder } from './tickets';

/**
 * The sessions sheet as the dashboard writes it (lib/export). A workbook is a zip written whole,
 * so it cannot stream: it holds at most one sheet's worth of rows (Excel's limit,
 * XLSX_MAX_DATA_ROWS); `capped` says when the filter kept more, and CSV is the format for those.
 */
export async function xlsxWorkbook(
  pool: pg.Pool,
  request: ExportOrder,
  team: string | null,
  maxRows = XLSX_MAX_DATA_ROWS,
): Promise<{ bytes: Uint8Array; rows: number; capped: boolean }> {
  const t = translator(request.language);
  const clock = localClock(request.zone);
  const columns = sessionColumns(labelsOf(request), clock);
  const options = { clock, mask: request.maskPhones };
  const rows: XlsxCell[][] = [];
  let capped = false;
  for await (const items of exportItems(pool, request, team, maxRows + 1)) {
    for (const item of items) {
      if (rows.length === maxRows) capped = true;
      else rows.push(xlsxRow(columns, { row: item.row, detail: item.detail }, options));
    }
  }
  const sheets = xlsxSheetsOf(t('dashboard.file.sheet.sessions'), columns as ExportColumn<unknown>[], rows, maxRows);
  return { bytes: await writeWorkbook(sheets, t('dashboard.file.title')), rows: rows.length, capped };
}
