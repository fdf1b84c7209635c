import type { ServerContext } from "../context";
import type { FieldProperty } from "../store";
import { formatKintoneDateTime, toZonedParts } from "./time";

/** The value a POST gets for a field left out: `defaultValue`, or now for `defaultNowValue`. */
export function createDefault(
  property: FieldProperty,
  context: ServerContext,
  loginUser: string,
): unknown {
  if (property.defaultNowValue === true) {
    const now = context.now();
    if (property.type === "DATE") return toZonedParts(now, context.timeZone).date;
    if (property.type === "TIME") return toZonedParts(now, context.timeZone).time;
    if (property.type === "DATETIME") return formatKintoneDateTime(now);
  }
  const fallback = property.defaultValue;
  if (
    Array.isArray(fallback) &&
    ["USER_SELECT", "ORGANIZATION_SELECT", "GROUP_SELECT"].includes(property.type)
  ) {
    return fallback.map((item: { code?: unknown }) => ({
      code: item.code === "LOGINUSER()" ? loginUser : String(item.code),
    }));
  }
  return fallback;
}

/** True when the field has a default to apply. */
export function hasDefault(property: FieldProperty): boolean {
  const fallback = property.defaultValue;
  const hasValue = Array.isArray(fallback)
    ? fallback.length > 0
    : fallback !== undefined && fallback !== "";
  return hasValue || property.defaultNowValue === true;
}
