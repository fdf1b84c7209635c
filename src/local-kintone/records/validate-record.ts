import type { ServerContext } from "../context";
import type { ValidationCollector } from "../rest/errors";
import type { FieldProperty } from "../store";
import { isEmptyValue } from "./normalize-value";

const SKIP_REQUIRED = new Set([
  "SUBTABLE",
  "CALC",
  "RECORD_NUMBER",
  "CREATOR",
  "MODIFIER",
  "CREATED_TIME",
  "UPDATED_TIME",
]);
const ARRAY_TYPES = new Set(["CHECK_BOX", "MULTI_SELECT", "FILE"]);
const ENTITY_TYPES = new Set(["USER_SELECT", "ORGANIZATION_SELECT", "GROUP_SELECT"]);
const LENGTH_TYPES = new Set(["SINGLE_LINE_TEXT", "MULTI_LINE_TEXT", "LINK"]);

function requiredKey(property: FieldProperty, base: string): string {
  if (ENTITY_TYPES.has(property.type)) return `${base}.values.value`;
  return ARRAY_TYPES.has(property.type) ? `${base}.values` : `${base}.value`;
}

function toNumberOrUndefined(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Checks required, length and range rules of one field value (already normalised), reporting
 * under kintone's keys. `base` is e.g. "record.title".
 */
export function validateFieldValue(params: {
  property: FieldProperty;
  value: unknown;
  base: string;
  errors: ValidationCollector;
}): void {
  const { property, value, base, errors } = params;
  if (SKIP_REQUIRED.has(property.type)) return;
  if (property.required === true && isEmptyValue(value)) {
    errors.add(requiredKey(property, base), "E_LK_V_REQUIRED");
    return;
  }
  if (LENGTH_TYPES.has(property.type) && typeof value === "string" && value !== "") {
    const max = toNumberOrUndefined(property.maxLength);
    const min = toNumberOrUndefined(property.minLength);
    const length = [...value].length;
    if (max !== undefined && length > max)
      errors.add(`${base}.value`, "E_LK_V_MAX_LENGTH", { limit: max + 1 });
    if (min !== undefined && length < min)
      errors.add(`${base}.value`, "E_LK_V_MIN_LENGTH", { limit: min - 1 });
  }
  if (property.type === "NUMBER" && typeof value === "string" && value !== "") {
    const number = Number(value);
    const max = toNumberOrUndefined(property.maxValue);
    const min = toNumberOrUndefined(property.minValue);
    if (max !== undefined && number > max)
      errors.add(`${base}.value`, "E_LK_V_MAX_VALUE", { limit: String(property.maxValue) });
    if (min !== undefined && number < min)
      errors.add(`${base}.value`, "E_LK_V_MIN_VALUE", { limit: String(property.minValue) });
  }
}

/** True when another record of the app already holds `value` in the field `code`. */
export function isDuplicateValue(
  context: ServerContext,
  params: { appId: number; code: string; value: string; exceptId?: number },
): boolean {
  const path = `$.values."${params.code.replace(/"/g, '\\"')}"`;
  const row = context.db
    .prepare(
      "SELECT id FROM records WHERE app = ? AND id != ? AND json_extract(data, ?) = ? LIMIT 1",
    )
    .get(params.appId, params.exceptId ?? -1, path, params.value);
  return row !== undefined;
}
