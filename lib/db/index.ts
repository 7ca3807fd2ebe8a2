/**
 * The database, for reading. Every page may read it (the popup, the dashboard, its worker); only
 * the background writes, through ./write (the dashboard's import job is the one exception: it
 * stores an imported file through ./imports). `npm run lint` enforces both (eslint.config.js).
 */
export { PanduDb, DB_NAME, type SettingsRow } from './database';
export { DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './versions';
export { readSettings } from './settings';
export { getFlowView, requesterSuggestions, SessionNotFoundError, type StartInput } from './sessions';
export { unfinishedFills } from './fills';
export { findChecklist, checklistHistory, type ChecklistTarget, type ChecklistWrite } from './shifts';
export { openFollowUps, openFollowUp, agentWork, isDue, pendingUntilOf, FOLLOW_UP_LEAD_MINUTES, FOLLOW_UP_EVENTS, type FollowUp, type FollowUpEventType } from './work';
export {
  agentDirectory,
  lastFillResults,
  lastFillResultsOf,
  firstScreen,
  logContext,
  forEachSessionPage,
  forEachEventPage,
  unboundEvents,
  loadLogRows,
  shiftsOf,
  logChangeToken,
  sessionDetail,
  type SessionDetail,
} from './dashboard';
export { listImports, sourceOf, type ImportMeta, type ImportOutcome, type ImportProgress } from './imports';
export { retentionCutoff, retentionAllowed, countExpired, lastRetentionRun, type RetentionCounts, type RetentionRun } from './retention';
export { readTeamConnection, readSyncState, outboxSize, outboxBatch, initialSyncState, type OutboxItem } from './team';
