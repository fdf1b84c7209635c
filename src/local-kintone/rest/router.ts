import type { Context, Hono } from "hono";
import { resolveRequestAuth } from "../auth";
import type { ServerContext } from "../context";
import { dispatchApiAsync } from "./dispatch";
import { BulkRequestError } from "./handlers/bulk-request";
import type { Params } from "./parse-params";
import { parseJsonBody, parseQueryString, takeRequestToken } from "./parse-params";
import { readMultipart } from "./read-multipart";
import { pickLang, renderError } from "./render-error";
import type { BinaryResult, UploadedFile } from "./types";

const API_PATH = /^\/k(?:\/guest\/(\d+))?\/v1\/(.+)\.json$/;

function isBinaryResult(value: unknown): value is BinaryResult {
  return (
    typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "binary"
  );
}

async function readParams(
  c: Context,
  url: URL,
): Promise<{ params: Params; upload?: UploadedFile }> {
  const params = parseQueryString(url.searchParams);
  if (c.req.method === "GET" || c.req.method === "HEAD") return { params };
  const body = Buffer.from(await c.req.arrayBuffer());
  const contentType = c.req.header("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const { file, fields } = await readMultipart({ "content-type": contentType }, body);
    return { params: { ...params, ...fields }, upload: file };
  }
  return { params: { ...params, ...parseJsonBody(body.toString("utf8")) } };
}

async function handleApi(c: Context, context: ServerContext): Promise<Response> {
  const lang = pickLang(c.req.header("accept-language"));
  try {
    const url = new URL(c.req.url);
    const match = API_PATH.exec(url.pathname);
    const endpoint = match?.[2] ?? url.pathname;
    const override = c.req.header("x-http-method-override")?.toUpperCase();
    const method = c.req.method === "POST" && override === "GET" ? "GET" : c.req.method;
    const { params, upload } = await readParams(c, url);
    const requestToken = takeRequestToken(params);
    const auth = resolveRequestAuth(context, { headers: c.req.raw.headers, method, requestToken });
    const result = await dispatchApiAsync({
      context,
      auth,
      method,
      endpoint: match ? endpoint : "",
      params,
      lang,
      guestSpaceId: match?.[1] ? Number(match[1]) : undefined,
      upload,
    });
    if (isBinaryResult(result)) {
      return new Response(new Uint8Array(result.data), {
        status: 200,
        headers: {
          "content-type": result.contentType,
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.fileName)}`,
          // Uploaded files share the pages' origin: never let one render as an active document.
          "content-security-policy": "sandbox",
        },
      });
    }
    return c.json(result as object, 200);
  } catch (error) {
    if (error instanceof BulkRequestError)
      return c.json({ results: error.results }, error.status as 400);
    const { status, body } = renderError(error, lang);
    if (status === 500) console.error("[local-kintone]", error);
    return c.json(body, status as 400);
  }
}

/** Registers the REST API under `/k/v1/…` and `/k/guest/{spaceId}/v1/…`. */
export function registerRestRoutes(app: Hono, context: ServerContext): void {
  app.all("/k/v1/*", (c) => handleApi(c, context));
  app.all("/k/guest/:space/v1/*", (c) => handleApi(c, context));
  app.onError((error, c) => {
    const { status, body } = renderError(error, pickLang(c.req.header("accept-language")));
    return c.json(body, status as 500);
  });
}
