/**
 * Every write to the database. Imported by the background alone (the database's owner: each
 * write is a transaction acknowledged only once stored); pages ask it by message. Enforced by
 * `npm run lint` (eslint.config.js, "database ownership").
 */
export { updateSettings } from './settings';
export { startSession, applyFlowEvent, saveDraft } from './sessions';
export { recordFillStart, recordFillField, recordFillRun, recordFillReload } from './fills';
export { tickChecklistStep, completeChecklist, recordNossaSighting } from './shifts';
export { recordFollowUp } from './work';
export { importExportFile } from './imports';
export { deleteExpired, applyRetention } from './retention';
export { queueHistory } from './outbox';
export { storeTeamConnection, forgetTeamConnection, writeSyncState, dropFromOutbox, queueHistoryOnce } from './team-writes';
