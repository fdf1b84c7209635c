import { assertAppRight } from "../../auth";
import { formatRecord } from "../../records/format-record";
import { selectRecords } from "../../records/select-records";
import type { WriteTarget } from "../../records/write-record";
import { findTargetRecord, insertRecord, updateExistingRecord } from "../../records/write-record";
import { deleteRecord, getRecord } from "../../store";
import type { StoredRecord } from "../../store";
import { loadApp } from "../app-access";
import { ValidationCollector, createParamError, recordNotFound, revisionConflict } from "../errors";
import { readBoolean, readOptionalArray, readPositiveInt, readRevision } from "../read-params";
import type { ApiRequest, HandlerTable } from "../types";

/** At most this many records per POST/PUT/DELETE records.json. */
export const WRITE_RECORDS_LIMIT = 100;

function createTarget(request: ApiRequest, right: "add" | "edit"): WriteTarget {
  const { app, settings } = loadApp(request, { right });
  return {
    context: request.context,
    appId: app.id,
    properties: settings.properties,
    user: request.auth.user.code,
    errors: new ValidationCollector(),
  };
}

function readBatch(request: ApiRequest, name: string): unknown[] {
  const list = request.params[name];
  if (!Array.isArray(list) || list.length === 0 || list.length > WRITE_RECORDS_LIMIT) {
    throw createParamError(name, "E_LK_V_BULK_LIMIT", { min: 1, max: WRITE_RECORDS_LIMIT });
  }
  return list;
}

function updateOne(
  target: WriteTarget,
  request: ApiRequest,
  entry: Record<string, unknown>,
  prefix: string,
  upsert: boolean,
) {
  const existing = findTargetRecord(target, entry, prefix);
  if (!existing) {
    const key = entry.updateKey as { field: string; value?: unknown };
    if (!upsert) throw recordNotFound(String(key.value ?? ""));
    assertAppRight(request.auth, target.appId, "add");
    const input = {
      ...((entry.record as Record<string, unknown> | undefined) ?? {}),
      [key.field]: { value: key.value },
    };
    const created = insertRecord(target, input, prefix.replace(/\.$/, "") || "record");
    return created && { record: created, operation: "INSERT" as const };
  }
  const updated = updateExistingRecord(target, existing, {
    input: entry.record,
    expectedRevision: readRevision(entry.revision),
    prefix: prefix ? `${prefix}record` : "record",
  });
  return updated && { record: updated, operation: "UPDATE" as const };
}

/** record.json and records.json: single and bulk GET/POST/PUT/DELETE. */
export const RECORD_HANDLERS: HandlerTable = {
  "GET record": (request) => {
    const { app, settings } = loadApp(request, { right: "view" });
    const id = readPositiveInt(request.params, "id");
    const record = getRecord(request.context, app.id, id);
    if (!record) throw recordNotFound(id);
    return { record: formatRecord(settings.properties, record) };
  },

  "POST record": (request) => {
    const target = createTarget(request, "add");
    const record = insertRecord(target, request.params.record, "record");
    target.errors.throwIfAny();
    return { id: String(record?.id), revision: "1" };
  },

  "PUT record": (request) => {
    const target = createTarget(request, "edit");
    const result = updateOne(target, request, request.params, "", false);
    target.errors.throwIfAny();
    return { revision: String(result?.record.revision) };
  },

  "GET records": (request) => {
    const { app, settings } = loadApp(request, { right: "view" });
    const fields = readOptionalArray(request.params, "fields")?.map(String);
    const query = typeof request.params.query === "string" ? request.params.query : "";
    const { records, totalCount } = selectRecords(request.context, {
      appId: app.id,
      properties: settings.properties,
      query,
      loginUser: request.auth.user.code,
    });
    return {
      records: records.map((record) => formatRecord(settings.properties, record, fields)),
      totalCount: readBoolean(request.params, "totalCount") ? String(totalCount) : null,
    };
  },

  "POST records": (request) => {
    const target = createTarget(request, "add");
    const created = readBatch(request, "records").map((input, index) =>
      insertRecord(target, input, `records[${index}]`),
    );
    target.errors.throwIfAny();
    const records = created as StoredRecord[];
    return { ids: records.map((record) => String(record.id)), revisions: records.map(() => "1") };
  },

  "PUT records": (request) => {
    const target = createTarget(request, "edit");
    const upsert = readBoolean(request.params, "upsert");
    const results = readBatch(request, "records").map((entry, index) => {
      const item = entry && typeof entry === "object" ? (entry as Record<string, unknown>) : {};
      return updateOne(target, request, item, `records[${index}].`, upsert);
    });
    target.errors.throwIfAny();
    return {
      records: results.map((result) => ({
        id: String(result?.record.id),
        revision: String(result?.record.revision),
        ...(upsert ? { operation: result?.operation } : {}),
      })),
    };
  },

  "DELETE records": (request) => {
    const { app } = loadApp(request, { right: "delete" });
    const ids = readOptionalArray(request.params, "ids");
    if (!ids || ids.length === 0 || ids.length > WRITE_RECORDS_LIMIT) {
      throw createParamError("ids", "E_LK_V_BULK_LIMIT", { min: 1, max: WRITE_RECORDS_LIMIT });
    }
    const revisions = readOptionalArray(request.params, "revisions") ?? [];
    ids.forEach((value, index) => {
      const record = getRecord(request.context, app.id, Number(value));
      if (!record) throw recordNotFound(value);
      const expected = readRevision(revisions[index], `revisions[${index}]`);
      if (expected !== undefined && expected !== record.revision) throw revisionConflict();
      deleteRecord(request.context, app.id, record.id);
    });
    return {};
  },
};
