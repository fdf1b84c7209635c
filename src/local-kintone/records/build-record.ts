import type { ServerContext } from "../context";
import type { ValidationCollector } from "../rest/errors";
import { allocateRowId } from "../store";
import type { FieldProperty, StoredRecord } from "../store";
import { NON_VALUE_TYPES } from "../store/system-fields";
import { findUser } from "../users";
import { normalizeValue } from "./normalize-value";
import { createDefault, hasDefault } from "./default-value";
import { isDuplicateValue, validateFieldValue } from "./validate-record";

/** A stored SUBTABLE row. */
export type StoredRow = { id: number; value: Record<string, unknown> };

/** System values a POST may set (cli-kintone import sends them from the CSV). */
export type SystemOverrides = {
  creator?: string;
  createdAt?: string;
  modifier?: string;
  updatedAt?: string;
};

type BuildParams = {
  context: ServerContext;
  appId: number;
  properties: Record<string, FieldProperty>;
  input: unknown;
  existing?: StoredRecord;
  /** "record" or "records[3]": the prefix of error keys. */
  prefix: string;
  errors: ValidationCollector;
  loginUser: string;
};

const IGNORED_INPUT = new Set(["RECORD_NUMBER", "CALC", "__ID__", "__REVISION__"]);

function readEntry(entry: unknown): { present: boolean; value: unknown } {
  if (entry === null || typeof entry !== "object" || !("value" in entry))
    return { present: false, value: undefined };
  return { present: true, value: (entry as { value: unknown }).value };
}

function buildFields(
  params: BuildParams,
  properties: Record<string, FieldProperty>,
  input: Record<string, unknown>,
  base: string,
  isNew: boolean,
  previous: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [code, entry] of Object.entries(input)) {
    const property = properties[code];
    const { present, value } = readEntry(entry);
    if (
      !property ||
      !present ||
      IGNORED_INPUT.has(property.type) ||
      NON_VALUE_TYPES.has(property.type)
    )
      continue;
    if (["CREATOR", "MODIFIER", "CREATED_TIME", "UPDATED_TIME"].includes(property.type)) continue;
    const path = { dotted: `${base}.${code}`, bracketed: `${base}[${code}]` };
    values[code] =
      property.type === "SUBTABLE"
        ? buildRows(params, property, value, `${base}.${code}`, previous[code])
        : normalizeValue(
            { context: params.context, property, value, path, errors: params.errors },
            params.loginUser,
          );
  }
  if (isNew) {
    for (const property of Object.values(properties)) {
      if (!(property.code in input) && hasDefault(property)) {
        const path = { dotted: `${base}.${property.code}`, bracketed: `${base}[${property.code}]` };
        const value = createDefault(property, params.context, params.loginUser);
        values[property.code] = normalizeValue(
          { context: params.context, property, value, path, errors: params.errors },
          params.loginUser,
        );
      }
    }
  }
  return values;
}

function buildRows(
  params: BuildParams,
  property: FieldProperty,
  value: unknown,
  base: string,
  previous: unknown,
): StoredRow[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    params.errors.add(`${base}.value`, "E_LK_V_INVALID");
    return [];
  }
  const inner = (property.fields as Record<string, FieldProperty> | undefined) ?? {};
  const oldRows = new Map(
    ((previous as StoredRow[] | undefined) ?? []).map((row) => [row.id, row]),
  );
  return value.map((row: unknown, index): StoredRow => {
    const { id, value: rowValue } = (row ?? {}) as { id?: unknown; value?: unknown };
    const old = id !== undefined && id !== null ? oldRows.get(Number(id)) : undefined;
    const rowBase = `${base}.value[${index}].value`;
    const input =
      rowValue && typeof rowValue === "object" ? (rowValue as Record<string, unknown>) : {};
    const fields = {
      ...(old?.value ?? {}),
      ...buildFields(params, inner, input, rowBase, !old, old?.value ?? {}),
    };
    for (const innerProperty of Object.values(inner)) {
      validateFieldValue({
        property: innerProperty,
        value: fields[innerProperty.code],
        base: `${rowBase}.${innerProperty.code}`,
        errors: params.errors,
      });
    }
    return { id: old?.id ?? allocateRowId(params.context), value: fields };
  });
}

function readSystemOverrides(params: BuildParams, input: Record<string, unknown>): SystemOverrides {
  const overrides: SystemOverrides = {};
  for (const [code, entry] of Object.entries(input)) {
    const property = params.properties[code];
    const { present, value } = readEntry(entry);
    if (!property || !present || value === null || value === "") continue;
    const path = { dotted: `${params.prefix}.${code}`, bracketed: `${params.prefix}[${code}]` };
    if (property.type === "CREATOR" || property.type === "MODIFIER") {
      const userCode = (value as { code?: unknown })?.code;
      if (typeof userCode !== "string" || !findUser(userCode)) {
        params.errors.add(`${path.dotted}.value.code`, "E_LK_V_USER", { value: String(userCode) });
      } else overrides[property.type === "CREATOR" ? "creator" : "modifier"] = userCode;
    }
    if (property.type === "CREATED_TIME" || property.type === "UPDATED_TIME") {
      const time = normalizeValue(
        { context: params.context, property, value, path, errors: params.errors },
        params.loginUser,
      );
      if (typeof time === "string" && time !== "")
        overrides[property.type === "CREATED_TIME" ? "createdAt" : "updatedAt"] = time;
    }
  }
  return overrides;
}

/**
 * Builds the stored values of a record from a POST/PUT `record` object: ignores unknown codes,
 * normalises each value, applies defaults on create, merges with the existing record on update,
 * then validates required, length, range and unique rules against the merged record.
 */
export function buildRecord(params: BuildParams): {
  values: Record<string, unknown>;
  overrides: SystemOverrides;
} {
  const input = params.input ?? {};
  if (typeof input !== "object" || Array.isArray(input)) {
    params.errors.add(params.prefix, "E_LK_V_INVALID");
    return { values: {}, overrides: {} };
  }
  const record = input as Record<string, unknown>;
  const isNew = params.existing === undefined;
  const previous = params.existing?.values ?? {};
  const values = {
    ...previous,
    ...buildFields(params, params.properties, record, params.prefix, isNew, previous),
  };
  for (const property of Object.values(params.properties)) {
    const value = values[property.code];
    validateFieldValue({
      property,
      value,
      base: `${params.prefix}.${property.code}`,
      errors: params.errors,
    });
    const unique =
      property.unique === true && ["SINGLE_LINE_TEXT", "NUMBER", "LINK"].includes(property.type);
    if (
      unique &&
      typeof value === "string" &&
      value !== "" &&
      (isNew || value !== previous[property.code])
    ) {
      const duplicate = isDuplicateValue(params.context, {
        appId: params.appId,
        code: property.code,
        value,
        exceptId: params.existing?.id,
      });
      if (duplicate) params.errors.add(`${params.prefix}.${property.code}.value`, "E_LK_V_UNIQUE");
    }
  }
  return { values, overrides: isNew ? readSystemOverrides(params, record) : {} };
}
