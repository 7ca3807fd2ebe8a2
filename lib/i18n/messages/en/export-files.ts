import type { exportFiles as id } from '../id/export-files';

/**
 * English texts: what an export file holds (its name, the JSON header's filter in words, the
 * import history's line), which format fits which program (the export panel's guide), and a
 * file of the wrong kind refused at import in words.
 */
export const exportFiles: Record<keyof typeof id, string> = {
  'dashboard.file.name.team': 'team',
  'dashboard.file.name.agent': 'agent',
  'dashboard.file.name.allTeams': 'all-teams',
  'dashboard.file.name.ticket': 'ticket',
  'dashboard.file.name.outcome.approved': 'approved',
  'dashboard.file.name.outcome.unreachable': 'unreachable',
  'dashboard.file.name.outcome.declined': 'declined',
  'dashboard.file.name.outcome.cancelled': 'cancelled',
  'dashboard.file.name.outcome.open': 'open',

  'dashboard.file.filter.none': 'no filter',
  'dashboard.file.filter.area': 'area {area}',
  'dashboard.file.filter.outcome': 'outcome {outcome}',
  'dashboard.file.filter.reason': 'reason {reason}',
  'dashboard.file.filter.ticket': 'ticket containing “{ticket}”',
  'dashboard.file.filter.agent': 'agent {agent}',

  'dashboard.file.contents.team': 'Team {team}',
  'dashboard.file.contents.agents': '{count} agents',
  'dashboard.file.contents.period': '{from}–{to}',
  'dashboard.file.contents.noPeriod': 'no sessions',
  'dashboard.file.contents.filter': 'filter: {filter}',
  'dashboard.file.contents.filterUnknown': 'filter not recorded (older Pandu file)',
  'dashboard.file.contents.exportedBy': 'exported by {name}',
  'dashboard.import.col.contents': 'File holds',

  'dashboard.export.guide.title': 'Which file for which program?',
  'dashboard.export.guide.default': 'default',
  'dashboard.export.guide.use': 'Use this',
  'dashboard.export.guide.inUse': 'In use',
  'dashboard.export.guide.excelId': 'Excel with Indonesian regional settings',
  'dashboard.export.guide.excelId.file': 'CSV, semicolon, UTF-8 with BOM',
  'dashboard.export.guide.excelId.why':
    'Double-click and the columns are split: in Indonesian settings the comma is the decimal mark, so Excel splits columns at semicolons; the BOM tells Excel the file is UTF-8, so names like “Ni Luh Putu Ayu Setyaningsih – Denpasar” come out whole.',
  'dashboard.export.guide.excelEn': 'Excel with English / US regional settings',
  'dashboard.export.guide.excelEn.file': 'CSV, comma, UTF-8 with BOM',
  'dashboard.export.guide.excelEn.why':
    'There the point is the decimal mark and the comma the list separator, so a semicolon CSV would land in one column; the BOM stays so non-ASCII letters are right.',
  'dashboard.export.guide.libre': 'LibreOffice Calc',
  'dashboard.export.guide.libre.file': 'CSV, semicolon (or XLSX)',
  'dashboard.export.guide.libre.why':
    'LibreOffice always asks how to read a CSV. Pick Character set “Unicode (UTF-8)”; under Separator Options tick only “Semicolon”; leave “Evaluate formulas” unticked; OK. Without these everything lands in one column and the BOM shows as “ï»¿”. XLSX opens with no questions.',
  'dashboard.export.guide.manager': 'Forwarded to a manager (any Excel or LibreOffice)',
  'dashboard.export.guide.manager.file': 'XLSX',
  'dashboard.export.guide.manager.why': 'A workbook: real dates, numbers kept as text, no separator or character set to choose, in any regional settings.',
  'dashboard.export.guide.system': 'Another system, or importing into Pandu',
  'dashboard.export.guide.system.file': 'JSON (or comma CSV)',
  'dashboard.export.guide.system.why':
    'JSON holds everything exactly (UTC times, codes, the step history) and only JSON can be imported into Pandu. For a table going to another system: comma CSV, UTF-8; a reader that does not know the BOM must skip its first 3 bytes.',
  'dashboard.export.guide.tradeoff':
    'Why no “sep=;” line at the top of the CSV? It makes Excel split columns in any regional settings, but Excel then ignores the BOM and non-ASCII letters break. Pandu chose the BOM without “sep=”: right on a double-click in Indonesian Excel; for other settings choose comma, or XLSX.',

  'dashboard.import.onlyJson': 'Only a Pandu JSON export can be imported (in Export, choose “complete JSON”).',
  'dashboard.import.kind.csv': 'This is a CSV file (an export for spreadsheets).',
  'dashboard.import.kind.pandu-csv': 'This is a Pandu CSV export (for spreadsheets), not its JSON file.',
  'dashboard.import.kind.xlsx': 'This is an Excel workbook (XLSX).',
  'dashboard.import.kind.xls': 'This is an old Excel workbook (XLS).',
  'dashboard.import.kind.ods': 'This is a LibreOffice spreadsheet (ODS).',
  'dashboard.import.kind.zip': 'This is a ZIP archive. Extract the JSON file inside it first, then import that file.',
  'dashboard.import.kind.gzip': 'This is a compressed (GZIP) file. Extract the JSON file inside it first, then import that file.',
  'dashboard.import.kind.pdf': 'This is a PDF document.',
  'dashboard.import.kind.image': 'This is an image file.',
  'dashboard.import.kind.text': 'This is a plain text file, not JSON.',
  'dashboard.import.kind.utf16': 'This is UTF-16 text (such as Excel’s “Unicode Text”), not a Pandu JSON export.',
  'dashboard.import.kind.binary': 'This is not a text file.',
  'dashboard.import.problem.truncated':
    'This JSON file is cut off: it stops in the middle of the data (line {line}). The download or copy may not have finished; ask the sender for the whole file.',
  'dashboard.import.problem.damaged': 'This JSON file is damaged at line {line}, column {column}: it is not valid JSON (perhaps edited by hand). Ask the sender for a new export.',
};
