import { buildRecordPayload, type RecordData } from "../form/record-state";
import { callRest, RestCallError } from "../kintone/rest";

/**
 * Saves the form's record: POST for a new record, PUT (with the revision it was loaded at) for
 * an edit. Returns the record id.
 */
export async function saveRecord(params: {
  appId: number | null;
  requestToken: string;
  recordId: number | null;
  revision: string | null;
  record: RecordData;
  /** The record as loaded (edit); attachments left alone are not sent back. */
  original: RecordData;
}): Promise<number> {
  const payload = buildRecordPayload(params.record);
  // GET returns download keys, which are not upload keys: unchanged attachments are left out.
  for (const [code, field] of Object.entries(params.record)) {
    const unchanged = JSON.stringify(field.value) === JSON.stringify(params.original[code]?.value);
    if (field.type === "FILE" && unchanged) delete payload[code];
  }
  const base = { pathOrUrl: "/k/v1/record.json", requestToken: params.requestToken };
  if (params.recordId === null) {
    const body = { app: params.appId, record: payload };
    const created = (await callRest({ ...base, method: "POST", body })) as { id: string };
    return Number(created.id);
  }
  const revision = params.revision ? { revision: params.revision } : {};
  const body = { app: params.appId, id: params.recordId, record: payload, ...revision };
  await callRest({ ...base, method: "PUT", body });
  return params.recordId;
}

/**
 * Maps kintone's validation keys (`record.title.value`, `record[title].value`,
 * `record.table.value[0].value.item.value`) to the top-level field codes they concern.
 */
export function readFieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!(error instanceof RestCallError) || typeof error.body !== "object" || error.body === null) {
    return byField;
  }
  const errors = (error.body as { errors?: Record<string, { messages?: string[] }> }).errors ?? {};
  for (const [key, entry] of Object.entries(errors)) {
    const code = /^records?(?:\[\d+\])?[.[]([^.\]]+)/.exec(key)?.[1];
    if (code) byField[code] = (entry.messages ?? []).join(" ");
  }
  return byField;
}
