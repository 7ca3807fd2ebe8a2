export { PanduDb, DB_NAME, type SettingsRow } from './database';
export { DB_VERSION, SCHEMA_V1 } from './versions';
export { readSettings, updateSettings } from './settings';
export { getFlowView, startSession, applyFlowEvent, saveDraft, recordFillRun, requesterSuggestions, SessionNotFoundError, type FlowView, type StartInput } from './sessions';
export { findChecklist, checklistHistory, tickChecklistStep, completeChecklist, recordNossaSighting, type ChecklistTarget, type ChecklistWrite } from './shifts';
export { openFollowUps, openFollowUp, recordFollowUp, agentWork, isDue, pendingUntilOf, FOLLOW_UP_LEAD_MINUTES, FOLLOW_UP_EVENTS, type FollowUp, type FollowUpEventType } from './work';
