import type { FaqEntry } from "../../core";
import { FAQ_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { isPublishedFaq, toFaqEntry, toFaqRecordInput } from "../records/faq-record";
import { readAllRecords } from "./read-records";
import type { ImportCounts } from "./sync-records";
import { syncRecordsByKey } from "./sync-records";

/** The published FAQ entries of the FAQ app, in FAQ-id order (非公開 entries are left out). */
export async function loadFaqEntries(api: KintoneApi, appId: string | number): Promise<FaqEntry[]> {
  const records = await readAllRecords(api, { appId, fields: Object.values(FAQ_FIELDS) });
  return records
    .filter(isPublishedFaq)
    .map(toFaqEntry)
    .filter((entry): entry is FaqEntry => entry !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Adds or updates FAQ records by FAQ id (the CSV columns only). Idempotent. */
export async function importFaqEntries(
  api: KintoneApi,
  appId: string | number,
  entries: readonly FaqEntry[],
): Promise<ImportCounts> {
  const counts = await syncRecordsByKey(api, {
    appId,
    keyField: FAQ_FIELDS.id,
    rows: entries.map((entry) => ({ key: entry.id, input: toFaqRecordInput(entry) })),
  });
  return { ...counts, skipped: 0 };
}
