import type { exportSheets as id } from '../id/export-sheets';

/** English texts of the XLSX workbook: the summary sheet and the history sheet's event code column. */
export const exportSheets: Record<keyof typeof id, string> = {
  'dashboard.file.col.eventKind': 'Event code',
  'dashboard.file.sheet.summary': 'Summary',
  'dashboard.file.summary.made': 'Made',
  'dashboard.file.summary.period': 'Period',
  'dashboard.file.summary.periodValue': '{from} to {to}',
  'dashboard.file.summary.noPeriod': 'no sessions',
  'dashboard.file.summary.filter': 'Filter',
  'dashboard.file.summary.zone': 'Time zone',
  'dashboard.file.summary.zoneValue': 'all times in {zone} ({timeZone})',
  'dashboard.file.summary.phones': 'Customer phone numbers',
  'dashboard.file.summary.masked': 'masked (for example 0812*****890)',
  'dashboard.file.summary.unmasked': 'written in full',
  'dashboard.file.summary.sessions': 'Sessions',
  'dashboard.file.summary.events': 'Events ({sheet} sheet)',
  'dashboard.file.summary.byOutcome': 'By outcome',
  'dashboard.file.summary.byAgent': 'By agent',
  'dashboard.file.summary.count': 'Sessions',
  'dashboard.file.summary.share': 'Share',
  'dashboard.file.summary.total': 'Total',
};
