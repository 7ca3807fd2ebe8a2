/**
 * Indonesian texts of the XLSX workbook a team lead hands on: the summary sheet (period, filter,
 * counts per outcome and per agent) and the history sheet's event code column.
 */
export const exportSheets = {
  'dashboard.file.col.eventKind': 'Kode peristiwa',
  'dashboard.file.sheet.summary': 'Ringkasan',
  'dashboard.file.summary.made': 'Dibuat',
  'dashboard.file.summary.period': 'Periode',
  'dashboard.file.summary.periodValue': '{from} s.d. {to}',
  'dashboard.file.summary.noPeriod': 'tidak ada sesi',
  'dashboard.file.summary.filter': 'Filter',
  'dashboard.file.summary.zone': 'Zona waktu',
  'dashboard.file.summary.zoneValue': 'semua waktu dalam {zone} ({timeZone})',
  'dashboard.file.summary.phones': 'Nomor telepon pelanggan',
  'dashboard.file.summary.masked': 'disamarkan (misalnya 0812*****890)',
  'dashboard.file.summary.unmasked': 'ditulis utuh',
  'dashboard.file.summary.sessions': 'Sesi',
  'dashboard.file.summary.events': 'Peristiwa (lembar {sheet})',
  'dashboard.file.summary.byOutcome': 'Per hasil',
  'dashboard.file.summary.byAgent': 'Per agen',
  'dashboard.file.summary.count': 'Jumlah sesi',
  'dashboard.file.summary.share': 'Persentase',
  'dashboard.file.summary.total': 'Total',
} as const;
