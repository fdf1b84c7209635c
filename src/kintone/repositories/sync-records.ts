import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import type { RecordInput } from "../records/record-values";
import { isSameRecord, readText } from "../records/record-values";
import { readAllRecords } from "./read-records";

/** What an import did. `skipped` counts input rows that were rejected before writing. */
export type ImportCounts = {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
};

/**
 * Makes the app hold `rows` (keyed by the unique field `keyField`): adds missing records and
 * updates only those whose fields differ, so importing the same file twice writes nothing.
 * Records not in `rows` are left alone.
 */
export async function syncRecordsByKey(
  api: KintoneApi,
  params: {
    appId: string | number;
    keyField: string;
    rows: readonly { key: string; input: RecordInput }[];
  },
): Promise<Omit<ImportCounts, "skipped">> {
  const fields = [
    params.keyField,
    ...new Set(params.rows.flatMap((row) => Object.keys(row.input))),
  ];
  const existing = await readAllRecords(api, { appId: params.appId, fields });
  const byKey = new Map(existing.map((record) => [readText(record, params.keyField), record]));
  const toAdd: RecordInput[] = [];
  const toUpdate: { updateKey: { field: string; value: string }; record: RecordInput }[] = [];
  let unchanged = 0;
  for (const row of params.rows) {
    const current = byKey.get(row.key);
    if (!current) toAdd.push({ ...row.input, [params.keyField]: { value: row.key } });
    else if (isSameRecord(row.input, current)) unchanged += 1;
    else
      toUpdate.push({ updateKey: { field: params.keyField, value: row.key }, record: row.input });
  }
  if (toAdd.length > 0) {
    await callKintone(api.baseUrl, () =>
      api.client.record.addAllRecords({ app: params.appId, records: toAdd }),
    );
  }
  if (toUpdate.length > 0) {
    await callKintone(api.baseUrl, () =>
      api.client.record.updateAllRecords({ app: params.appId, records: toUpdate }),
    );
  }
  return { added: toAdd.length, updated: toUpdate.length, unchanged };
}
