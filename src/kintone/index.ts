/**
 * madoguchi's kintone side for Node (setup, repositories, the engine's data source).
 * Browser code (the plugin) imports the app definitions from `./apps` only.
 */
export * from "./apps";
export type {
  KintoneAuth,
  KintoneConnection,
  ConnectionOverrides,
} from "./client/kintone-connection";
export {
  readKintoneConnection,
  DEFAULT_KINTONE_BASE_URL,
  LOCAL_DEMO_LOGIN,
} from "./client/kintone-connection";
export type { KintoneApi } from "./client/kintone-api";
export { openKintone } from "./client/kintone-api";
export { mapKintoneError } from "./client/map-kintone-error";
export { resolveAppId, toAppIdEnvName } from "./client/resolve-app-id";
export type { KintoneRecord, RecordInput } from "./records/record-values";
export type {
  CallLogEntry,
  StoredCallLog,
  CallChannel,
  CallAction,
  CallOutcome,
  CallRating,
} from "./records/call-log-record";
export { toCallLogAiFields, toCallLogRecordInput, toCallLog } from "./records/call-log-record";
export type { DepartmentDirectoryEntry } from "./records/department-record";
export { labelReasons } from "./records/reason-labels";
export { loadFaqEntries, importFaqEntries } from "./repositories/faq-repository";
export { loadDepartments, importDepartments } from "./repositories/department-repository";
export { upsertCallLog, upsertCallLogs, listCallLogs } from "./repositories/call-log-repository";
export type { ImportCounts } from "./repositories/sync-records";
export type { KintoneEngineData } from "./engine-source";
export { loadEngineDataFromKintone } from "./engine-source";
export type { SetupOptions, SetupResult } from "./setup/run-setup";
export { runSetup } from "./setup/run-setup";
export type { SetupServerHooks } from "./setup/server-hooks";
export { createLocalServerHooks } from "./setup/local-server-hooks";
export type { SetupState, ClientTokens } from "./setup/setup-state";
export { readSetupState, SETUP_STATE_FILE } from "./setup/setup-state";
export { formatSetupSummary, formatManualTokenSteps, toAppUrl } from "./setup/format-summary";
export { joinTokens } from "./setup/issue-tokens";
export {
  importFaqCsv,
  importDepartmentsCsv,
  SAMPLE_FAQ_CSV,
  SAMPLE_DEPARTMENTS_CSV,
} from "./setup/import-samples";
export type { CsvImportResult } from "./setup/import-samples";
export { buildDemoCalls, DEMO_CALL_PREFIX } from "./demo/demo-calls";
export type { AttachedFile, ManualRecord } from "./repositories/manuals-repository";
export { listManualRecords } from "./repositories/manuals-repository";
export type {
  DocumentExtractor,
  ManualIndexReport,
  ManualIndexStatus,
} from "./manuals/index-manual-records";
export { indexManualRecords, toIndexDocName } from "./manuals/index-manual-records";
export { formatIndexReport, countIndexReports } from "./manuals/format-index-report";
export type { ManualsSetupResult } from "./manuals/set-up-manuals";
export { SAMPLE_MANUALS_DIR, uploadSampleManuals } from "./manuals/upload-sample-manuals";
