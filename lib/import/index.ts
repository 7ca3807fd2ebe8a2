export {
  IMPORT_LIMITS,
  checkImportSize,
  checkImportBytes,
  checkImportText,
  checkImportData,
  checkConsistency,
  type ImportProblem,
  type ImportCheck,
  type ImportLimits,
} from './check';
export { planMerge, type MergePlan, type MergeResult, type StoredRecords } from './merge';
export { importRecordSchema, recordSourceSchema, sourcePartSchema, SOURCE_KINDS, SOURCE_PART_SIZE, type ImportRecord, type RecordSource, type SourcePart } from './record';
export { FILE_KINDS, HEAD_BYTES, detectFileKind, textKind, type FileKind, type WrongKind } from './file-kind';
export { jsonDamage, type JsonDamage } from './json-damage';
export { readExportFile, fileText } from './read-stream';
export { Sha256 } from './sha256';
export { contentsOfAgents, contentsOfFile, describeContents, importedContentsSchema, type ImportedContents } from './contents';
