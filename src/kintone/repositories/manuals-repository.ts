import { MANUAL_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import type { KintoneRecord, RecordInput } from "../records/record-values";
import { readText } from "../records/record-values";
import { readAllRecords } from "./read-records";

/** One attachment of a FILE field, as the REST API describes it (size as a number). */
export type AttachedFile = {
  readonly fileKey: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
};

/** A record of the 資料 app, reduced to what indexing needs. */
export type ManualRecord = {
  readonly id: string;
  readonly title: string;
  /** The manual (first attachment of `file`), or null. */
  readonly file: AttachedFile | null;
  /** The stored index (first attachment of `search_index`), or null. */
  readonly searchIndex: AttachedFile | null;
};

/** The first attachment of a FILE field, or null (unknown shapes are treated as empty). */
export function readFirstFile(record: KintoneRecord, code: string): AttachedFile | null {
  const value = record[code]?.value;
  if (!Array.isArray(value) || value.length === 0) return null;
  const first = value[0] as Record<string, unknown>;
  if (typeof first["fileKey"] !== "string" || typeof first["name"] !== "string") return null;
  return {
    fileKey: first["fileKey"],
    name: first["name"],
    contentType: typeof first["contentType"] === "string" ? first["contentType"] : "",
    size: Number(first["size"] ?? 0),
  };
}

/** Every record of the 資料 app, oldest first. */
export async function listManualRecords(api: KintoneApi, appId: string): Promise<ManualRecord[]> {
  const records = await readAllRecords(api, {
    appId,
    fields: [MANUAL_FIELDS.title, MANUAL_FIELDS.file, MANUAL_FIELDS.searchIndex],
  });
  return records
    .map((record) => ({
      id: readText(record, "$id"),
      title: readText(record, MANUAL_FIELDS.title),
      file: readFirstFile(record, MANUAL_FIELDS.file),
      searchIndex: readFirstFile(record, MANUAL_FIELDS.searchIndex),
    }))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/** Downloads an attachment by its download key. */
export async function downloadAttachment(api: KintoneApi, fileKey: string): Promise<Uint8Array> {
  const data = await callKintone(api.baseUrl, () => api.client.file.downloadFile({ fileKey }));
  return new Uint8Array(data);
}

/** Uploads bytes; returns the temporary key to store in a FILE field. */
export async function uploadAttachment(
  api: KintoneApi,
  file: { name: string; data: Uint8Array | string },
): Promise<string> {
  const reply = await callKintone(api.baseUrl, () =>
    // rest-api-client's multipart body (form-data) takes a Buffer, not a bare Uint8Array.
    api.client.file.uploadFile({ file: { name: file.name, data: Buffer.from(file.data) } }),
  );
  return reply.fileKey;
}

/** Stores a manual's index file and the time it was made (no other field is touched). */
export async function saveManualIndex(
  api: KintoneApi,
  params: { appId: string; recordId: string; uploadKey: string; indexedAt: string },
): Promise<void> {
  const record: RecordInput = {
    [MANUAL_FIELDS.searchIndex]: { value: [{ fileKey: params.uploadKey }] },
    [MANUAL_FIELDS.indexedAt]: { value: params.indexedAt },
  };
  await callKintone(api.baseUrl, () =>
    api.client.record.updateRecord({ app: params.appId, id: params.recordId, record }),
  );
}

/** Adds a manual record, or replaces the file of an existing one. @returns the record id */
export async function writeManualRecord(
  api: KintoneApi,
  params: { appId: string; recordId?: string; fields: RecordInput },
): Promise<string> {
  if (params.recordId) {
    const { recordId } = params;
    await callKintone(api.baseUrl, () =>
      api.client.record.updateRecord({ app: params.appId, id: recordId, record: params.fields }),
    );
    return recordId;
  }
  const added = await callKintone(api.baseUrl, () =>
    api.client.record.addRecord({ app: params.appId, record: params.fields }),
  );
  return added.id;
}
