import type { JsonSchema } from "./json-schema";

/** One place where a value does not fit its schema; `path` is like `$.fields.visit_date`. */
export type JsonSchemaViolation = { readonly path: string; readonly problem: string };

/**
 * Checks a parsed JSON value against a {@link JsonSchema} (the strict subset we generate).
 * Used on every structured model reply: some OpenAI-compatible servers ignore the schema.
 * @returns the violations, empty when the value fits
 */
export function validateJson(
  value: unknown,
  schema: JsonSchema,
  path = "$",
): JsonSchemaViolation[] {
  if (schema.type === "object") {
    if (!isRecord(value)) return [{ path, problem: "expected an object" }];
    const violations: JsonSchemaViolation[] = [];
    for (const key of schema.required) {
      if (!(key in value)) violations.push({ path: `${path}.${key}`, problem: "missing" });
    }
    for (const [key, item] of Object.entries(value)) {
      const property = schema.properties[key];
      if (!property) violations.push({ path: `${path}.${key}`, problem: "not allowed" });
      else violations.push(...validateJson(item, property, `${path}.${key}`));
    }
    return violations;
  }
  if (schema.type === "array") {
    if (!Array.isArray(value)) return [{ path, problem: "expected an array" }];
    return value.flatMap((item, index) => validateJson(item, schema.items, `${path}[${index}]`));
  }
  const types: readonly string[] = typeof schema.type === "string" ? [schema.type] : schema.type;
  if (value === null) {
    return types.includes("null") ? [] : [{ path, problem: "must not be null" }];
  }
  if (!types.some((type) => fitsScalar(value, type))) {
    return [{ path, problem: `expected ${types.join(" or ")}` }];
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    return [{ path, problem: "not one of the allowed values" }];
  }
  return [];
}

function fitsScalar(value: unknown, type: string): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
