import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** The in-memory data directory marker accepted by `--data`. */
export const IN_MEMORY = ":memory:";

// One table per kintone concept. App settings are JSON documents (pre-live and live copies),
// because kintone itself treats them as whole documents that a deploy copies over.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS apps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  creator TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  modifier TEXT NOT NULL,
  revision INTEGER NOT NULL,
  deployed INTEGER NOT NULL DEFAULT 0,
  deploy_status TEXT NOT NULL DEFAULT 'SUCCESS',
  next_record_id INTEGER NOT NULL DEFAULT 1,
  preview TEXT NOT NULL,
  live TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
  app INTEGER NOT NULL,
  id INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (app, id)
);
CREATE TABLE IF NOT EXISTS blobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS file_keys (
  key TEXT PRIMARY KEY,
  blob_id INTEGER NOT NULL,
  kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
  app INTEGER NOT NULL,
  record INTEGER NOT NULL,
  id INTEGER NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  creator TEXT NOT NULL,
  mentions TEXT NOT NULL,
  PRIMARY KEY (app, record, id)
);
CREATE TABLE IF NOT EXISTS api_tokens (
  token TEXT PRIMARY KEY,
  app INTEGER NOT NULL,
  rights TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_code TEXT NOT NULL,
  request_token TEXT NOT NULL,
  last_access INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS plugins (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  manifest TEXT NOT NULL,
  installed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS plugin_files (
  plugin_id TEXT NOT NULL,
  path TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (plugin_id, path)
);
CREATE TABLE IF NOT EXISTS plugin_configs (
  app INTEGER NOT NULL,
  plugin_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  config TEXT NOT NULL,
  PRIMARY KEY (app, plugin_id, stage)
);
CREATE TABLE IF NOT EXISTS proxy_configs (
  app INTEGER NOT NULL,
  plugin_id TEXT NOT NULL,
  method TEXT NOT NULL,
  url TEXT NOT NULL,
  headers TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (app, plugin_id, method, url)
);
`;

/**
 * Opens (creating if needed) the SQLite database of a data directory, in WAL mode so that a
 * killed server loses at most the request in flight.
 */
export function openDatabase(dataDir: string): Database.Database {
  let file = IN_MEMORY;
  if (dataDir !== IN_MEMORY) {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, "kintone.sqlite");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  return db;
}
