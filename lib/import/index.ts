export { IMPORT_LIMITS, checkImportSize, checkImportText, checkImportData, checkConsistency, type ImportProblem, type ImportCheck, type ImportLimits } from './check';
export { planMerge, type MergePlan, type MergeResult, type StoredRecords } from './merge';
export { importRecordSchema, recordSourceSchema, SOURCE_KINDS, type ImportRecord, type RecordSource } from './record';
