import type { RequestAuth } from "../auth";
import type { ServerContext } from "../context";
import type { Lang } from "../../messages";
import type { Params } from "./parse-params";

/** An uploaded multipart file (POST file.json). */
export type UploadedFile = { name: string; contentType: string; data: Buffer };

/** One REST call as a handler sees it. */
export type ApiRequest = {
  readonly context: ServerContext;
  readonly auth: RequestAuth;
  readonly method: string;
  /** The endpoint without prefix and suffix, e.g. "records" or "preview/app/form/fields". */
  readonly endpoint: string;
  readonly params: Params;
  readonly lang: Lang;
  readonly guestSpaceId?: number;
  readonly upload?: UploadedFile;
};

/** A raw (non-JSON) response, e.g. a file download. */
export type BinaryResult = {
  readonly kind: "binary";
  readonly contentType: string;
  readonly fileName: string;
  readonly data: Buffer;
};

/** What a handler returns: a JSON-serialisable body, a binary body, or a body with a status. */
export type HandlerResult = unknown;

/** A REST handler: synchronous, because better-sqlite3 is (so bulkRequest is one transaction). */
export type ApiHandler = (request: ApiRequest) => HandlerResult;

/**
 * A handler with asynchronous preparation (e.g. unzipping a plugin) done before its
 * synchronous, transactional `run`. Not available inside bulkRequest.
 */
export type PreparedHandler = {
  readonly prepare: (request: ApiRequest) => Promise<unknown>;
  readonly run: (request: ApiRequest, prepared: unknown) => HandlerResult;
};

/** Handlers by `"METHOD endpoint"`, e.g. `"GET records"`. */
export type HandlerTable = Record<string, ApiHandler | PreparedHandler>;
