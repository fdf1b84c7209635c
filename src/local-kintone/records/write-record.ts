import type { ServerContext } from "../context";
import type { ValidationCollector } from "../rest/errors";
import { createParamError, recordNotFound, revisionConflict } from "../rest/errors";
import { allocateRecordId, getRecord, saveRecord } from "../store";
import type { FieldProperty, StoredRecord } from "../store";
import { buildRecord } from "./build-record";
import { formatKintoneDateTime } from "./time";

/** Shared inputs of record writes. */
export type WriteTarget = {
  context: ServerContext;
  appId: number;
  properties: Record<string, FieldProperty>;
  user: string;
  errors: ValidationCollector;
};

/** Creates a record from a `record` object; returns undefined when validation failed (see errors). */
export function insertRecord(
  target: WriteTarget,
  input: unknown,
  prefix: string,
): StoredRecord | undefined {
  const { values, overrides } = buildRecord({ ...target, input, prefix, loginUser: target.user });
  if (!target.errors.isEmpty) return undefined;
  const now = formatKintoneDateTime(target.context.now());
  const record: StoredRecord = {
    id: allocateRecordId(target.context, target.appId),
    revision: 1,
    creator: overrides.creator ?? target.user,
    createdAt: overrides.createdAt ?? now,
    modifier: overrides.modifier ?? overrides.creator ?? target.user,
    updatedAt: overrides.updatedAt ?? overrides.createdAt ?? now,
    values,
  };
  saveRecord(target.context, target.appId, record);
  return record;
}

/**
 * Finds the record a PUT addresses: by `id`, or by `updateKey: {field, value}` (a unique
 * SINGLE_LINE_TEXT or NUMBER field). Returns undefined for an updateKey with no match.
 * @throws KintoneApiError GAIA_RE01 for an unknown id, CB_VA01 for a bad updateKey
 */
export function findTargetRecord(
  target: WriteTarget,
  entry: Record<string, unknown>,
  prefix: string,
): StoredRecord | undefined {
  if (entry.id !== undefined && entry.id !== null && entry.id !== "") {
    const id = Number(entry.id);
    const record = Number.isInteger(id) ? getRecord(target.context, target.appId, id) : undefined;
    if (!record) throw recordNotFound(entry.id);
    return record;
  }
  const key = entry.updateKey as { field?: unknown; value?: unknown } | undefined;
  if (!key || typeof key !== "object")
    throw createParamError(`${prefix}id`, "E_LK_V_REQUIRED_PARAM");
  const property = typeof key.field === "string" ? target.properties[key.field] : undefined;
  if (
    !property ||
    property.unique !== true ||
    !["SINGLE_LINE_TEXT", "NUMBER"].includes(property.type)
  ) {
    throw createParamError(`${prefix}updateKey.field`, "E_LK_V_UPDATE_KEY");
  }
  const path = `$.values."${property.code.replace(/"/g, '\\"')}"`;
  const row = target.context.db
    .prepare("SELECT id FROM records WHERE app = ? AND json_extract(data, ?) = ? LIMIT 1")
    .get(target.appId, path, String(key.value ?? "")) as { id: number } | undefined;
  return row ? getRecord(target.context, target.appId, row.id) : undefined;
}

/** Applies a PUT to an existing record (merge, validate, revision check, revision + 1). */
export function updateExistingRecord(
  target: WriteTarget,
  existing: StoredRecord,
  params: { input: unknown; expectedRevision?: number; prefix: string },
): StoredRecord | undefined {
  if (params.expectedRevision !== undefined && params.expectedRevision !== existing.revision)
    throw revisionConflict();
  const { values } = buildRecord({
    ...target,
    input: params.input,
    existing,
    prefix: params.prefix,
    loginUser: target.user,
  });
  if (!target.errors.isEmpty) return undefined;
  const record: StoredRecord = {
    ...existing,
    revision: existing.revision + 1,
    modifier: target.user,
    updatedAt: formatKintoneDateTime(target.context.now()),
    values,
  };
  saveRecord(target.context, target.appId, record);
  return record;
}
