import type { FieldProperty, StoredRecord } from "../store";
import { NON_VALUE_TYPES } from "../store/system-fields";
import { toUserEntity } from "../users";
import type { StoredRow } from "./build-record";

/** A record as kintone returns it: `{code: {type, value}}`. */
export type KintoneRecord = Record<string, { type: string; value: unknown }>;

function emptyValue(type: string): unknown {
  switch (type) {
    case "CHECK_BOX":
    case "MULTI_SELECT":
    case "USER_SELECT":
    case "ORGANIZATION_SELECT":
    case "GROUP_SELECT":
    case "FILE":
    case "SUBTABLE":
    case "CATEGORY":
    case "STATUS_ASSIGNEE":
      return [];
    case "DATE":
    case "TIME":
    case "DROP_DOWN":
      return null;
    default:
      return "";
  }
}

function formatValue(property: FieldProperty, value: unknown): unknown {
  if (value === undefined) return emptyValue(property.type);
  switch (property.type) {
    case "USER_SELECT":
    case "ORGANIZATION_SELECT":
    case "GROUP_SELECT":
      return (value as { code: string }[]).map((entity) =>
        property.type === "USER_SELECT"
          ? toUserEntity(entity.code)
          : { code: entity.code, name: entity.code },
      );
    case "DROP_DOWN":
      return value === "" ? null : value;
    case "SUBTABLE": {
      const inner = (property.fields as Record<string, FieldProperty> | undefined) ?? {};
      return (value as StoredRow[]).map((row) => ({
        id: String(row.id),
        value: Object.fromEntries(
          Object.values(inner).map((field) => [
            field.code,
            { type: field.type, value: formatValue(field, row.value[field.code]) },
          ]),
        ),
      }));
    }
    default:
      return value;
  }
}

function systemValue(property: FieldProperty, record: StoredRecord): unknown {
  switch (property.type) {
    case "RECORD_NUMBER":
      return String(record.id);
    case "CREATOR":
      return toUserEntity(record.creator);
    case "MODIFIER":
      return toUserEntity(record.modifier);
    case "CREATED_TIME":
      return record.createdAt;
    case "UPDATED_TIME":
      return record.updatedAt;
    default:
      return undefined;
  }
}

/**
 * Formats a stored record for a response, with system fields and `$id`/`$revision`.
 * `fields` limits the output to those codes (kintone's `fields` parameter).
 */
export function formatRecord(
  properties: Record<string, FieldProperty>,
  record: StoredRecord,
  fields?: readonly string[],
): KintoneRecord {
  const wanted = fields && fields.length > 0 ? new Set(fields) : undefined;
  const output: KintoneRecord = {};
  for (const property of Object.values(properties)) {
    if (wanted && !wanted.has(property.code)) continue;
    if (
      NON_VALUE_TYPES.has(property.type) &&
      property.type !== "STATUS" &&
      property.type !== "STATUS_ASSIGNEE" &&
      property.type !== "CATEGORY"
    )
      continue;
    if (["STATUS", "STATUS_ASSIGNEE", "CATEGORY"].includes(property.type)) {
      if (property.enabled !== true) continue;
      output[property.code] = { type: property.type, value: property.type === "STATUS" ? "" : [] };
      continue;
    }
    const system = systemValue(property, record);
    output[property.code] = {
      type: property.type,
      value: system !== undefined ? system : formatValue(property, record.values[property.code]),
    };
  }
  if (!wanted || wanted.has("$id")) output.$id = { type: "__ID__", value: String(record.id) };
  if (!wanted || wanted.has("$revision"))
    output.$revision = { type: "__REVISION__", value: String(record.revision) };
  return output;
}
