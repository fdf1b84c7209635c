import type { ServerContext } from "../context";
import type { StoredRecord } from "./types";

type RecordRow = { id: number; revision: number; data: string };
type RecordData = Omit<StoredRecord, "id" | "revision">;

function toStoredRecord(row: RecordRow): StoredRecord {
  return { id: row.id, revision: row.revision, ...(JSON.parse(row.data) as RecordData) };
}

function toData(record: StoredRecord): string {
  const data: RecordData = {
    creator: record.creator,
    createdAt: record.createdAt,
    modifier: record.modifier,
    updatedAt: record.updatedAt,
    values: record.values,
  };
  return JSON.stringify(data);
}

// Parsed records per app, so paging through a large app does not re-parse it for every page.
// Filled only outside transactions (a rolled-back write must never reach it), dropped on writes.
const RECORD_CACHE = new WeakMap<ServerContext, Map<number, readonly StoredRecord[]>>();

function dropCachedRecords(context: ServerContext, appId: number): void {
  RECORD_CACHE.get(context)?.delete(appId);
}

/**
 * Every record of an app, by ascending id (queries filter and sort in memory). The records are
 * shared with later callers: treat them as read-only.
 */
export function listRecords(context: ServerContext, appId: number): readonly StoredRecord[] {
  const cached = RECORD_CACHE.get(context)?.get(appId);
  if (cached) return cached;
  const rows = context.db
    .prepare("SELECT id, revision, data FROM records WHERE app = ? ORDER BY id")
    .all(appId) as RecordRow[];
  const records = rows.map(toStoredRecord);
  if (!context.db.inTransaction) {
    const perApp = RECORD_CACHE.get(context) ?? new Map<number, readonly StoredRecord[]>();
    perApp.set(appId, records);
    RECORD_CACHE.set(context, perApp);
  }
  return records;
}

/** One record, or undefined. */
export function getRecord(
  context: ServerContext,
  appId: number,
  id: number,
): StoredRecord | undefined {
  const row = context.db
    .prepare("SELECT id, revision, data FROM records WHERE app = ? AND id = ?")
    .get(appId, id) as RecordRow | undefined;
  return row ? toStoredRecord(row) : undefined;
}

/** Reserves the next record id of an app (ids are never reused, as in kintone). */
export function allocateRecordId(context: ServerContext, appId: number): number {
  const row = context.db
    .prepare(
      "UPDATE apps SET next_record_id = next_record_id + 1 WHERE id = ? RETURNING next_record_id",
    )
    .get(appId) as { next_record_id: number };
  return row.next_record_id - 1;
}

/** Inserts or replaces a record (the caller has validated it and set the revision). */
export function saveRecord(context: ServerContext, appId: number, record: StoredRecord): void {
  dropCachedRecords(context, appId);
  context.db
    .prepare("INSERT OR REPLACE INTO records (app, id, revision, data) VALUES (?, ?, ?, ?)")
    .run(appId, record.id, record.revision, toData(record));
}

/** Deletes a record and its comments. */
export function deleteRecord(context: ServerContext, appId: number, id: number): void {
  dropCachedRecords(context, appId);
  context.db.prepare("DELETE FROM records WHERE app = ? AND id = ?").run(appId, id);
  context.db.prepare("DELETE FROM comments WHERE app = ? AND record = ?").run(appId, id);
}

/** Allocates a new id for a SUBTABLE row (unique across the server, like kintone's). */
export function allocateRowId(context: ServerContext): number {
  const row = context.db
    .prepare(
      `INSERT INTO meta (key, value) VALUES ('next_row_id', '2')
       ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
    )
    .get() as { value: string | number };
  return Number(row.value) - 1;
}
