import type { Department } from "../../core";
import { DEPARTMENT_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import type { DepartmentDirectoryEntry } from "../records/department-record";
import { toDepartment, toDepartmentRecordInput } from "../records/department-record";
import { readAllRecords } from "./read-records";
import type { ImportCounts } from "./sync-records";
import { syncRecordsByKey } from "./sync-records";

/** Every department of the departments app, with its transfer phone number, in record order. */
export async function loadDepartments(
  api: KintoneApi,
  appId: string | number,
): Promise<DepartmentDirectoryEntry[]> {
  const records = await readAllRecords(api, { appId, fields: Object.values(DEPARTMENT_FIELDS) });
  return records
    .map(toDepartment)
    .filter((entry): entry is DepartmentDirectoryEntry => entry !== null)
    .sort((a, b) => a.name.localeCompare(b.name, "ja"));
}

/** Adds or updates department records by name (the CSV columns only). Idempotent. */
export async function importDepartments(
  api: KintoneApi,
  appId: string | number,
  departments: readonly Department[],
): Promise<ImportCounts> {
  const counts = await syncRecordsByKey(api, {
    appId,
    keyField: DEPARTMENT_FIELDS.name,
    rows: departments.map((department) => ({
      key: department.name,
      input: toDepartmentRecordInput(department),
    })),
  });
  return { ...counts, skipped: 0 };
}
