import type { DocIndex, DocIndexJson } from "../../../core/docs";
import { isStoredIndexCurrent, mergeDocIndexes, parseStoredDocIndex } from "../../../core/docs";
import { MANUAL_FIELDS } from "../../../kintone/apps";
import { fetchAllRecords, readText } from "../../kintone/fetch-records";
import type { KintoneApi, KintoneRecordData } from "../../kintone/kintone-global";
import { downloadFile } from "./download-file";

/** An attachment as a FILE field lists it. */
export type ManualFile = { readonly fileKey: string; readonly name: string; readonly size: number };

/** One 資料 record as the panel knows it. */
export type ManualEntry = {
  readonly recordId: string;
  readonly title: string;
  readonly file: ManualFile | null;
};

/** Everything the panel searches: the merged index and how its documents map to records. */
export type ManualLibrary = {
  readonly index: DocIndex;
  /** Index document name (`{recordId}/{file}`) → record. */
  readonly byDoc: ReadonlyMap<string, ManualEntry>;
  /** Records with a file whose index is missing or stale: not searched, named in a notice. */
  readonly unindexed: readonly ManualEntry[];
  readonly loadMs: number;
};

/** Parallel downloads: enough to hide latency, few enough not to crowd kintone. */
const DOWNLOADS_AT_ONCE = 4;

function readFile(record: KintoneRecordData, code: string): ManualFile | null {
  const value = record[code]?.value;
  if (!Array.isArray(value) || value.length === 0) return null;
  const first = value[0] as Record<string, unknown>;
  if (typeof first["fileKey"] !== "string" || typeof first["name"] !== "string") return null;
  return { fileKey: first["fileKey"], name: first["name"], size: Number(first["size"] ?? 0) };
}

/** The record's current index, or null when it is missing, unreadable or stale. */
async function loadRecordIndex(
  kintone: KintoneApi,
  record: KintoneRecordData,
): Promise<DocIndexJson | null> {
  const file = readFile(record, MANUAL_FIELDS.file);
  const stored = readFile(record, MANUAL_FIELDS.searchIndex);
  if (!file || !stored) return null;
  try {
    const parsed = parseStoredDocIndex(await (await downloadFile(kintone, stored.fileKey)).json());
    return parsed.ok && isStoredIndexCurrent(parsed.value, file) ? parsed.value.index : null;
  } catch {
    return null;
  }
}

async function mapLimited<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await run(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, worker));
  return results;
}

async function buildLibrary(kintone: KintoneApi, appId: string): Promise<ManualLibrary> {
  const started = performance.now();
  const records = await fetchAllRecords(kintone, {
    app: appId,
    fields: [MANUAL_FIELDS.title, MANUAL_FIELDS.file, MANUAL_FIELDS.searchIndex],
  });
  const withFile = records.filter((record) => readFile(record, MANUAL_FIELDS.file) !== null);
  const indexes = await mapLimited(withFile, (record) => loadRecordIndex(kintone, record));
  const byDoc = new Map<string, ManualEntry>();
  const unindexed: ManualEntry[] = [];
  const parts: DocIndexJson[] = [];
  withFile.forEach((record, at) => {
    const entry: ManualEntry = {
      recordId: readText(record, "$id"),
      title: readText(record, MANUAL_FIELDS.title),
      file: readFile(record, MANUAL_FIELDS.file),
    };
    const index = indexes[at];
    if (!index) {
      unindexed.push(entry);
      return;
    }
    parts.push(index);
    for (const doc of Object.keys(index.titles)) byDoc.set(doc, entry);
  });
  return { index: mergeDocIndexes(parts), byDoc, unindexed, loadMs: performance.now() - started };
}

let cached: { appId: string; library: Promise<ManualLibrary> } | null = null;

/**
 * Loads every record's stored index from the 資料 app and merges them, once per page load
 * (later calls share the promise; a failure is not cached, so the next question retries).
 */
export function loadManualLibrary(kintone: KintoneApi, appId: string): Promise<ManualLibrary> {
  if (cached?.appId !== appId) {
    const library = buildLibrary(kintone, appId).catch((error: unknown) => {
      cached = null;
      throw error;
    });
    cached = { appId, library };
  }
  return cached.library;
}
