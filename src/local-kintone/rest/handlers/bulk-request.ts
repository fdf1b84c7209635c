import { KintoneApiError } from "../../../errors";
import { createParamError } from "../errors";
import { renderError } from "../render-error";
import type { ApiHandler, ApiRequest, HandlerResult } from "../types";

/** kintone runs at most this many requests in one bulkRequest. */
export const BULK_REQUEST_LIMIT = 20;

const API_PATH = /^\/k(?:\/guest\/(\d+))?\/v1\/(.+)\.json$/;

/** The failure of one request inside a bulkRequest, carrying the whole response body. */
export class BulkRequestError extends KintoneApiError {
  readonly results: unknown[];

  constructor(inner: KintoneApiError, results: unknown[]) {
    super({
      status: inner.status,
      code: inner.code,
      messageKey: inner.messageKey,
      params: { ...inner.params },
    });
    this.results = results;
  }
}

/**
 * POST bulkRequest.json: runs up to 20 record requests in order inside the caller's transaction.
 * If one fails, everything is rolled back and the answer carries the error at its index.
 */
export function createBulkRequestHandler(
  dispatch: (request: ApiRequest) => HandlerResult,
): ApiHandler {
  return (request) => {
    const requests = request.params.requests;
    if (!Array.isArray(requests) || requests.length === 0 || requests.length > BULK_REQUEST_LIMIT) {
      throw createParamError("requests", "E_LK_V_BULK_LIMIT", { min: 1, max: BULK_REQUEST_LIMIT });
    }
    const results: unknown[] = [];
    requests.forEach((entry: unknown, index) => {
      const { method, api, payload } = (entry ?? {}) as {
        method?: unknown;
        api?: unknown;
        payload?: unknown;
      };
      const match = typeof api === "string" ? API_PATH.exec(api) : null;
      if (typeof method !== "string" || !match) {
        throw createParamError(`requests[${index}].api`, "E_LK_V_INVALID");
      }
      try {
        const params =
          payload && typeof payload === "object" ? { ...(payload as Record<string, unknown>) } : {};
        delete params.__REQUEST_TOKEN__;
        results.push(
          dispatch({
            ...request,
            method: method.toUpperCase(),
            endpoint: match[2] as string,
            guestSpaceId: match[1] ? Number(match[1]) : undefined,
            params,
          }),
        );
      } catch (error) {
        if (!(error instanceof KintoneApiError)) throw error;
        const failed: unknown[] = requests.map(() => ({}));
        failed[index] = renderError(error, request.lang).body;
        throw new BulkRequestError(error, failed);
      }
    });
    return { results };
  };
}
