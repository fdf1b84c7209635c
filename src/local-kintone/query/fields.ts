import { createApiError } from "../rest/errors";
import type { FieldProperty, StoredRecord } from "../store";

/** How a field's values are compared. */
export type FieldKind =
  | "number"
  | "text"
  | "choice"
  | "multi"
  | "entity"
  | "date"
  | "datetime"
  | "time"
  | "file"
  | "status";

const KINDS: Record<string, FieldKind> = {
  __ID__: "number",
  RECORD_NUMBER: "number",
  NUMBER: "number",
  CALC: "number",
  SINGLE_LINE_TEXT: "text",
  LINK: "text",
  MULTI_LINE_TEXT: "text",
  RICH_TEXT: "text",
  RADIO_BUTTON: "choice",
  DROP_DOWN: "choice",
  STATUS: "status",
  CHECK_BOX: "multi",
  MULTI_SELECT: "multi",
  USER_SELECT: "entity",
  ORGANIZATION_SELECT: "entity",
  GROUP_SELECT: "entity",
  CREATOR: "entity",
  MODIFIER: "entity",
  STATUS_ASSIGNEE: "entity",
  DATE: "date",
  DATETIME: "datetime",
  CREATED_TIME: "datetime",
  UPDATED_TIME: "datetime",
  TIME: "time",
  FILE: "file",
};

const COMPARE = ["=", "!=", "<", ">", "<=", ">="];
const ALLOWED: Record<string, readonly string[]> = {
  number: [...COMPARE, "in", "not in"],
  date: COMPARE,
  datetime: COMPARE,
  time: COMPARE,
  text: ["=", "!=", "in", "not in", "like", "not like"],
  longText: ["like", "not like", "is empty", "is not empty"],
  richText: ["like", "not like"],
  choice: ["in", "not in"],
  multi: ["in", "not in"],
  entity: ["in", "not in"],
  file: ["like", "not like", "is empty", "is not empty"],
  status: ["=", "!=", "in", "not in"],
};

/** A field a query refers to. */
export type QueryField = {
  code: string;
  type: string;
  kind: FieldKind;
  /** The SUBTABLE holding the field, if any (a record matches when any row matches). */
  subtable?: string;
};

/**
 * Finds a field by code (top level or inside a SUBTABLE; `$id` is the record id).
 * @throws KintoneApiError 400 GAIA_IQ11 when no such field exists or it cannot be searched
 */
export function resolveQueryField(
  properties: Record<string, FieldProperty>,
  code: string,
): QueryField {
  if (code === "$id") return { code, type: "__ID__", kind: "number" };
  const top = properties[code];
  if (top && KINDS[top.type]) return { code, type: top.type, kind: KINDS[top.type] as FieldKind };
  for (const table of Object.values(properties)) {
    if (table.type !== "SUBTABLE") continue;
    const inner = (table.fields as Record<string, FieldProperty> | undefined)?.[code];
    if (inner && KINDS[inner.type])
      return { code, type: inner.type, kind: KINDS[inner.type] as FieldKind, subtable: table.code };
  }
  throw createApiError(400, "GAIA_IQ11", { field: code });
}

/**
 * Checks that `operator` may be used on the field, as kintone does.
 * @throws KintoneApiError 400 GAIA_IQ07 (`=`/`!=` on a table field) or GAIA_IQ03
 */
export function assertOperatorAllowed(field: QueryField, operator: string): void {
  if (field.subtable && (operator === "=" || operator === "!=")) {
    throw createApiError(400, "GAIA_IQ07", { field: field.code, operator });
  }
  const group =
    field.type === "MULTI_LINE_TEXT"
      ? "longText"
      : field.type === "RICH_TEXT"
        ? "richText"
        : field.kind;
  const allowed = ALLOWED[group] ?? [];
  // Table fields accept in/like/comparisons regardless of their usual equality operators.
  if (!allowed.includes(operator))
    throw createApiError(400, "GAIA_IQ03", { field: field.code, operator });
}

/** The raw values of a field in a record: one for top-level fields, one per row for table fields. */
export function readFieldValues(field: QueryField, record: StoredRecord): unknown[] {
  if (field.subtable) {
    const rows =
      (record.values[field.subtable] as { value: Record<string, unknown> }[] | undefined) ?? [];
    return rows.map((row) => row.value[field.code]);
  }
  switch (field.type) {
    case "__ID__":
    case "RECORD_NUMBER":
      return [String(record.id)];
    case "CREATOR":
      return [[{ code: record.creator }]];
    case "MODIFIER":
      return [[{ code: record.modifier }]];
    case "CREATED_TIME":
      return [record.createdAt];
    case "UPDATED_TIME":
      return [record.updatedAt];
    default:
      return [record.values[field.code]];
  }
}
