import type { KintoneApi, KintoneRecordData } from "./kintone-global";

/** kintone's maximum page size for GET /k/v1/records.json. */
export const GET_RECORDS_LIMIT = 500;
/** offset cannot exceed 10,000 in kintone; madoguchi's apps stay far below that. */
const MAX_OFFSET = 10_000;

/** Reads every record of an app matching `condition` (page by page, oldest first). */
export async function fetchAllRecords(
  kintone: KintoneApi,
  params: { app: string; condition?: string; fields?: readonly string[] },
): Promise<KintoneRecordData[]> {
  const records: KintoneRecordData[] = [];
  for (let offset = 0; offset <= MAX_OFFSET; offset += GET_RECORDS_LIMIT) {
    const query = `${params.condition ?? ""} order by $id asc limit ${GET_RECORDS_LIMIT} offset ${offset}`;
    const page = (await kintone.api(kintone.api.url("/k/v1/records.json", true), "GET", {
      app: params.app,
      query: query.trim(),
      ...(params.fields ? { fields: [...params.fields, "$id"] } : {}),
    })) as { records: KintoneRecordData[] };
    records.push(...page.records);
    if (page.records.length < GET_RECORDS_LIMIT) break;
  }
  return records;
}

/** The current revision of a record on the server (for the "edited meanwhile" check). */
export async function fetchRevision(kintone: KintoneApi, app: number, id: number): Promise<string> {
  const reply = (await kintone.api(kintone.api.url("/k/v1/record.json", true), "GET", {
    app,
    id,
  })) as {
    record: KintoneRecordData;
  };
  return String(reply.record["$revision"]?.value ?? "");
}

/** The field codes an app has (to tell staff which mapped field is missing). */
export async function fetchFieldCodes(
  kintone: KintoneApi,
  app: number | string,
): Promise<Set<string>> {
  const reply = (await kintone.api(kintone.api.url("/k/v1/app/form/fields.json", true), "GET", {
    app,
  })) as {
    properties: Record<string, unknown>;
  };
  return new Set(Object.keys(reply.properties));
}

/** The text of a field ('' when missing or not text). */
export function readText(record: KintoneRecordData, code: string): string {
  const value = record[code]?.value;
  return typeof value === "string" ? value : "";
}
