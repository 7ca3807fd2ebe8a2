export { PanduDb, DB_NAME, type SettingsRow } from './database';
export { DB_VERSION, SCHEMA_V1 } from './versions';
export { readSettings, updateSettings } from './settings';
export { getFlowView, startSession, applyFlowEvent, saveDraft, requesterSuggestions, SessionNotFoundError, type FlowView, type StartInput } from './sessions';
