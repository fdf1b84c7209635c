import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import type { KintoneRecord } from "../records/record-values";

/** Reads every record of an app matching `condition` (kintone query without order/limit). */
export async function readAllRecords(
  api: KintoneApi,
  params: { appId: string | number; condition?: string; fields?: readonly string[] },
): Promise<KintoneRecord[]> {
  const records = await callKintone(api.baseUrl, () =>
    api.client.record.getAllRecords({
      app: params.appId,
      condition: params.condition,
      fields: params.fields ? ["$id", ...params.fields] : undefined,
    }),
  );
  return records as unknown as KintoneRecord[];
}
