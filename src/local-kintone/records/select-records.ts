import { compileQuery } from "../query/compile";
import { createApiError } from "../rest/errors";
import type { ServerContext } from "../context";
import { listRecords } from "../store";
import type { FieldProperty, StoredRecord } from "../store";

/** records.json GET returns at most 500 records; the default is 100. */
export const GET_RECORDS_LIMIT = 500;
export const DEFAULT_RECORDS_LIMIT = 100;
/** The largest `offset` kintone accepts. */
export const MAX_OFFSET = 10_000;

/**
 * Runs a query over an app's records: filter and sort, then `limit`/`offset` unless
 * `paging: false` (cursors page themselves). Returns the page and the number of matches.
 */
export function selectRecords(
  context: ServerContext,
  params: {
    appId: number;
    properties: Record<string, FieldProperty>;
    query: string;
    loginUser: string;
    paging?: boolean;
  },
): { records: StoredRecord[]; totalCount: number } {
  const compiled = compileQuery(params.query, params.properties, {
    now: context.now(),
    timeZone: context.timeZone,
    loginUser: params.loginUser,
  });
  if (params.paging === false && (compiled.limit !== undefined || compiled.offset !== undefined)) {
    throw createApiError(400, "GAIA_IL08");
  }
  const limit = compiled.limit ?? DEFAULT_RECORDS_LIMIT;
  const offset = compiled.offset ?? 0;
  if (limit > GET_RECORDS_LIMIT) throw createApiError(400, "GAIA_QU01");
  if (offset > MAX_OFFSET) throw createApiError(400, "GAIA_QU02");
  const matched = listRecords(context, params.appId)
    .filter(compiled.matches)
    .sort(compiled.compare);
  const page = params.paging === false ? matched : matched.slice(offset, offset + limit);
  return { records: page, totalCount: matched.length };
}
