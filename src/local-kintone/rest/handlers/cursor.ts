import { formatRecord } from "../../records/format-record";
import { selectRecords } from "../../records/select-records";
import { closeCursor, openCursor, readCursor } from "../../store";
import { loadApp } from "../app-access";
import { createApiError, createParamError } from "../errors";
import { readOptionalArray, readOptionalInt, readString } from "../read-params";
import type { HandlerTable } from "../types";

/** The default and largest page size of a cursor. */
export const DEFAULT_CURSOR_SIZE = 100;
export const MAX_CURSOR_SIZE = 500;

/** records/cursor.json: create, read page by page, delete. */
export const CURSOR_HANDLERS: HandlerTable = {
  "POST records/cursor": (request) => {
    const { app, settings } = loadApp(request, { right: "view" });
    const size = readOptionalInt(request.params, "size") ?? DEFAULT_CURSOR_SIZE;
    if (size < 1 || size > MAX_CURSOR_SIZE)
      throw createParamError("size", "E_LK_V_BULK_LIMIT", { min: 1, max: MAX_CURSOR_SIZE });
    const fields = readOptionalArray(request.params, "fields")?.map(String);
    const query = typeof request.params.query === "string" ? request.params.query : "";
    const { records } = selectRecords(request.context, {
      appId: app.id,
      properties: settings.properties,
      query,
      loginUser: request.auth.user.code,
      paging: false,
    });
    const cursor = openCursor(request.context, {
      appId: app.id,
      records: records.map((record) => formatRecord(settings.properties, record, fields)),
      size,
    });
    if (!cursor) throw createApiError(429, "GAIA_TM12");
    return { id: cursor.id, totalCount: String(records.length) };
  },

  "GET records/cursor": (request) => {
    const id = readString(request.params, "id");
    const page = readCursor(request.context, id);
    if (!page) throw createApiError(404, "GAIA_CU01", { id });
    return page;
  },

  "DELETE records/cursor": (request) => {
    const id = readString(request.params, "id");
    if (!closeCursor(request.context, id)) throw createApiError(404, "GAIA_CU01", { id });
    return {};
  },
};
