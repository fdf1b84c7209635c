/**
 * The storage of the local kintone server. Pages and REST handlers read and write through these
 * functions only; every one takes the ServerContext first.
 */
export { IN_MEMORY, openDatabase } from "./schema";
export {
  createApp,
  deployApp,
  getApp,
  getAppSettings,
  listApps,
  updatePreviewSettings,
} from "./apps";
export {
  allocateRecordId,
  allocateRowId,
  deleteRecord,
  getRecord,
  listRecords,
  saveRecord,
} from "./records";
export {
  attachUploadedFile,
  getFileInfo,
  readFileByKey,
  readUploadedFile,
  saveUploadedFile,
} from "./files";
export type { FileInfo, StoredFile } from "./files";
export { buildFileUrl, getCustomization, resolveCustomization } from "./customize";
export type { ResolvedCustomization } from "./customize";
export {
  deletePlugin,
  getPlugin,
  listAppPlugins,
  listPlugins,
  readPluginFile,
  savePlugin,
} from "./plugins";
export type { PluginManifest, StoredPlugin } from "./plugins";
export {
  findProxyConfig,
  getPluginConfig,
  getProxyConfig,
  setPluginConfig,
  setProxyConfig,
} from "./plugin-config";
export type { PluginConfig, ProxyConfig } from "./plugin-config";
export { closeCursor, openCursor, readCursor, MAX_CURSORS } from "./cursors";
export type { RecordCursor } from "./cursors";
export { createSystemProperties, findFieldCodeByType } from "./system-fields";
export type {
  AppSettings,
  CustomizeResource,
  CustomizeSettings,
  FieldProperty,
  Stage,
  StoredApp,
  StoredRecord,
} from "./types";
