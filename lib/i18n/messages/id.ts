import { common } from './id/common';
import { dashboard } from './id/dashboard';
import { events } from './id/events';
import { flowSteps } from './id/flow-steps';
import { panel } from './id/panel';
import { picker } from './id/picker';
import { outcomeView } from './id/outcome-view';
import { popup } from './id/popup';
import { profileEditor } from './id/profile-editor';
import { settings } from './id/settings';
import { settingsChecks } from './id/settings-checks';
import { groups } from './id/groups';
import { placement } from './id/placement';
import { teamDashboard } from './id/team-dashboard';
import { team } from './id/team';
import { timeEntry } from './id/time-entry';
import { exportFiles } from './id/export-files';
import { exportSheets } from './id/export-sheets';
import { logColumns } from './id/log-columns';
import { importLimits } from './id/import-limits';

/**
 * Indonesian texts: the product's first language. One file per area (so work on one screen does
 * not collide with another); keys are flat and prefixed by screen. `{name}` placeholders are
 * filled by `translate`. English must provide every key (en.ts).
 */
export const id = {
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
} as const;

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;
