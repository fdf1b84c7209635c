import { runInTransaction } from "../context";
import { createApiError } from "./errors";
import { createBulkRequestHandler } from "./handlers/bulk-request";
import { REST_HANDLERS } from "./handlers";
import type { ApiHandler, ApiRequest, HandlerResult, HandlerTable, PreparedHandler } from "./types";

const TABLE: HandlerTable = { ...REST_HANDLERS };
TABLE["POST bulkRequest"] = createBulkRequestHandler(dispatchApi);

/** True for endpoints that only exist outside guest spaces (system-wide plugin APIs). */
function isSystemEndpoint(endpoint: string): boolean {
  return (
    endpoint === "plugins" ||
    endpoint === "plugin" ||
    endpoint.startsWith("plugin/") ||
    endpoint.startsWith("plugins/")
  );
}

function findHandler(request: ApiRequest): ApiHandler | PreparedHandler {
  const handler = TABLE[`${request.method} ${request.endpoint}`];
  if (!handler || (request.guestSpaceId !== undefined && isSystemEndpoint(request.endpoint))) {
    throw createApiError(404, "CB_NF01", { path: `${request.method} ${request.endpoint}.json` });
  }
  return handler;
}

/**
 * Runs one REST call synchronously (bulkRequest uses this): writes run in one transaction, so a
 * failed call changes nothing.
 */
export function dispatchApi(request: ApiRequest): HandlerResult {
  const handler = findHandler(request);
  if (typeof handler !== "function") {
    throw createApiError(404, "CB_NF01", { path: `${request.method} ${request.endpoint}.json` });
  }
  if (request.method === "GET") return handler(request);
  return runInTransaction(request.context, () => handler(request));
}

/** Runs one REST call from the router, including handlers that prepare asynchronously. */
export async function dispatchApiAsync(request: ApiRequest): Promise<HandlerResult> {
  const handler = findHandler(request);
  if (typeof handler === "function") return dispatchApi(request);
  const prepared = await handler.prepare(request);
  return runInTransaction(request.context, () => handler.run(request, prepared));
}
