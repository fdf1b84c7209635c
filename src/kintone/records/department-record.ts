import type { Department } from "../../core";
import { splitKeywords } from "../../core";
import { DEPARTMENT_FIELDS } from "../apps";
import type { KintoneRecord, RecordInput } from "./record-values";
import { readText } from "./record-values";

/** A department with the phone number the gateway dials on transfer ('' when not set). */
export type DepartmentDirectoryEntry = Department & { readonly transferNumber: string };

/** A department from a departments-app record, or null without a name. */
export function toDepartment(record: KintoneRecord): DepartmentDirectoryEntry | null {
  const name = readText(record, DEPARTMENT_FIELDS.name).trim();
  if (!name) return null;
  return {
    name,
    extension: readText(record, DEPARTMENT_FIELDS.extension),
    description: readText(record, DEPARTMENT_FIELDS.description),
    keywords: splitKeywords(readText(record, DEPARTMENT_FIELDS.keywords)),
    transferNumber: readText(record, DEPARTMENT_FIELDS.transferNumber),
  };
}

/** The departments-app fields an import writes (the CSV columns; the transfer number stays). */
export function toDepartmentRecordInput(department: Department): RecordInput {
  return {
    [DEPARTMENT_FIELDS.extension]: { value: department.extension },
    [DEPARTMENT_FIELDS.description]: { value: department.description },
    [DEPARTMENT_FIELDS.keywords]: { value: department.keywords.join(";") },
  };
}
