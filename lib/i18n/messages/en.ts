import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { events } from './en/events';
import { flowSteps } from './en/flow-steps';
import { panel } from './en/panel';
import { picker } from './en/picker';
import { outcomeView } from './en/outcome-view';
import { popup } from './en/popup';
import { profileEditor } from './en/profile-editor';
import { settings } from './en/settings';
import { settingsChecks } from './en/settings-checks';
import { groups } from './en/groups';
import { placement } from './en/placement';
import { teamDashboard } from './en/team-dashboard';
import { team } from './en/team';
import { timeEntry } from './en/time-entry';
import { exportFiles } from './en/export-files';
import { exportSheets } from './en/export-sheets';
import { logColumns } from './en/log-columns';
import { importLimits } from './en/import-limits';
import type { Messages } from './id';

/** English texts, on the agent's request. */
export const en: Messages = {
  ...common,
  ...panel,
  ...picker,
  ...outcomeView,
  ...popup,
  ...dashboard,
  ...events,
  ...flowSteps,
  ...settings,
  ...settingsChecks,
  ...groups,
  ...placement,
  ...teamDashboard,
  ...team,
  ...timeEntry,
  ...profileEditor,
  ...exportFiles,
  ...exportSheets,
  ...logColumns,
  ...importLimits,
};
