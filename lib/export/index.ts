export { CSV_DELIMITERS, DEFAULT_CSV_DELIMITER, CSV_BOM, CSV_EOL, neutralizeFormula, csvField, csvRecord, toCsv, type CsvDelimiter, type CsvCell } from './csv';
export { maskPhones, maskDeep } from './mask';
export {
  SESSION_COLUMN_KEYS,
  EVENT_COLUMN_KEYS,
  sessionColumns,
  eventColumns,
  cellsOf,
  summarizePayload,
  MAX_CELL_TEXT,
  type ExportColumn,
  type ExportLabels,
  type SessionItem,
  type SessionColumnKey,
  type EventColumnKey,
  type CellValue,
  type ColumnKind,
} from './columns';
export { csvRecordWriter } from './csv-rows';
export { CSV_MIME, csvCells, csvChunks, csvHeaderLine, writeCsvBlob, writeCsvParts, type CsvWriteOptions } from './write-csv';
export {
  XLSX_MAX_DATA_ROWS,
  XLSX_DATE_FORMAT,
  XLSX_MIME,
  absoluteRange,
  columnLetter,
  xlsxRow,
  xlsxSheetsOf,
  xlsxSheets,
  writeWorkbook,
  writeWorkbookBlobParts,
  type WriteWorkbookOptions,
  type XlsxCell,
  type XlsxSheet,
  type XlsxSheetOptions,
} from './write-xlsx';
export { LINE_POINTS, MAX_ROW_POINTS, columnWidths, longestLine, rowHeight, wrappedLines, type LayoutColumn } from './xlsx-layout';
export { countSessions, filterText, periodText, summarySheet, type AgentCounts, type OutcomeCounts, type SessionCounts, type SummaryInput } from './xlsx-summary';
export { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, fileAgentSchema, type ExportFile, type ExportFileInput, type FileAgent } from './file-schema';
export { ExportFileWriter, buildExportFile, eventJson, type JsonExportInput, type ExportHeaderInput } from './write-json';
export { exportLabels } from './labels';
export {
  EXPORT_SCOPES,
  HeldTally,
  describeFilter,
  exportContents,
  exportContentsSchema,
  exportFileName,
  fileSlug,
  heldOfRows,
  teamOfAgents,
  type ContentsInput,
  type ExportContents,
  type ExportScope,
  type HeldRecords,
} from './contents';
