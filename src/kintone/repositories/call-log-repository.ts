import { CALL_LOG_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import type { CallLogEntry, StoredCallLog } from "../records/call-log-record";
import { toCallLog, toCallLogRecordInput, toKintoneDateTime } from "../records/call-log-record";
import { readAllRecords } from "./read-records";

/** kintone writes at most this many records per records.json call. */
export const WRITE_BATCH = 100;

/**
 * Writes call logs keyed by call id in one atomic upsert per 100: a call id seen before updates
 * its record, a new one adds a record, so retries never write twice. Needs add + edit rights
 * (and view on real kintone, which looks the key up).
 */
export async function upsertCallLogs(
  api: KintoneApi,
  appId: string | number,
  entries: readonly CallLogEntry[],
): Promise<{ readonly added: number; readonly updated: number }> {
  let added = 0;
  let updated = 0;
  for (let start = 0; start < entries.length; start += WRITE_BATCH) {
    const batch = entries.slice(start, start + WRITE_BATCH).map((entry) => ({
      updateKey: { field: CALL_LOG_FIELDS.callId, value: entry.callId },
      record: toCallLogRecordInput(entry),
    }));
    const result = await callKintone(api.baseUrl, () =>
      api.client.record.updateRecords({ app: appId, upsert: true, records: batch }),
    );
    for (const record of result.records) {
      if ("operation" in record && record.operation === "INSERT") added += 1;
      else updated += 1;
    }
  }
  return { added, updated };
}

/** Writes one call log (idempotent by call id). @returns the record id */
export async function upsertCallLog(
  api: KintoneApi,
  appId: string | number,
  entry: CallLogEntry,
): Promise<string> {
  const result = await callKintone(api.baseUrl, () =>
    api.client.record.updateRecords({
      app: appId,
      upsert: true,
      records: [
        {
          updateKey: { field: CALL_LOG_FIELDS.callId, value: entry.callId },
          record: toCallLogRecordInput(entry),
        },
      ],
    }),
  );
  return result.records[0]?.id ?? "";
}

/** Call logs for the dashboard and metrics, optionally only those started at or after `since`. */
export async function listCallLogs(
  api: KintoneApi,
  appId: string | number,
  params: { since?: string } = {},
): Promise<StoredCallLog[]> {
  const condition = params.since
    ? `${CALL_LOG_FIELDS.startedAt} >= "${toKintoneDateTime(params.since)}"`
    : undefined;
  const records = await readAllRecords(api, {
    appId,
    condition,
    fields: [
      "$revision",
      ...Object.values(CALL_LOG_FIELDS).filter((code) => code !== CALL_LOG_FIELDS.aiMetaGroup),
    ],
  });
  return records.map(toCallLog);
}
