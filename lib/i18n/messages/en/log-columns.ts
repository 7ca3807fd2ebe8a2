import type { logColumns as id } from '../id/log-columns';

/** English texts: the dashboard log table's column chooser and its outcome badges. */
export const logColumns: Record<keyof typeof id, string> = {
  'dashboard.columns.button': 'Columns ({shown} of {total})',
  'dashboard.columns.legend': 'Columns shown',
  'dashboard.columns.default': 'Back to default',
  'dashboard.columns.close': 'Close',
  'dashboard.columns.always': 'always shown',
  'dashboard.columns.hint': 'Default: the columns that fit this screen without scrolling sideways. Your choice is kept in this browser.',
  'dashboard.columns.chosen': 'Your choice (kept in this browser).',
  // The outcome in the table's badge, short enough for its column; the IK section shows on hover and everywhere else.
  'dashboard.outcome.short.approved': 'Approved',
  'dashboard.outcome.short.unreachable': 'Unreachable',
  'dashboard.outcome.short.declined': 'Declined',
  'dashboard.outcome.short.cancelled': 'Cancelled',
  'dashboard.outcome.short.open': 'In progress',
};
