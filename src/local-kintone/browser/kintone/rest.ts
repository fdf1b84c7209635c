import { normalizeApiPath, serializeParams } from "./serialize-params";

/** kintone.api sends GETs longer than this as POST with X-HTTP-Method-Override (rest-api-client too). */
export const GET_URL_LIMIT = 4096;

/** A REST error as kintone.api rejects with it: the parsed JSON body, or the raw text. */
export class RestCallError extends Error {
  override name = "RestCallError";
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const detail =
      typeof body === "object" && body !== null ? (body as { message?: unknown }).message : body;
    super(`${status}: ${String(detail)}`);
  }
}

/** Same-origin REST call through the browser session, as kintone.api makes it. */
export async function callRest(params: {
  pathOrUrl: string;
  method: string;
  body?: Record<string, unknown>;
  requestToken: string;
}): Promise<unknown> {
  const method = params.method.toUpperCase();
  const body = params.body ?? {};
  const url = new URL(normalizeApiPath(params.pathOrUrl), location.origin);
  const headers: Record<string, string> = { "X-Requested-With": "XMLHttpRequest" };
  let init: RequestInit;
  if (method === "GET") {
    const query = serializeParams(body);
    const full = query ? `${url.href}${url.search ? "&" : "?"}${query}` : url.href;
    if (full.length <= GET_URL_LIMIT) {
      init = { method: "GET", headers };
      return readResponse(await fetch(full, init));
    }
    init = {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "X-HTTP-Method-Override": "GET" },
      body: JSON.stringify({ ...body, __REQUEST_TOKEN__: params.requestToken }),
    };
  } else if (method === "DELETE") {
    const query = serializeParams({ ...body, __REQUEST_TOKEN__: params.requestToken });
    init = { method, headers };
    return readResponse(await fetch(`${url.href}${url.search ? "&" : "?"}${query}`, init));
  } else {
    init = {
      method,
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ ...body, __REQUEST_TOKEN__: params.requestToken }),
    };
  }
  return readResponse(await fetch(url.href, init));
}

/** Posts JSON to one of the shell's internal endpoints (same session rules as REST). */
export async function postInternal(
  path: string,
  body: Record<string, unknown>,
  requestToken: string,
): Promise<unknown> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "X-Requested-With": "XMLHttpRequest", "Content-Type": "application/json" },
    body: JSON.stringify({ ...body, __REQUEST_TOKEN__: requestToken }),
  });
  return readResponse(response);
}

/** Uploads one file through POST /k/v1/file.json, as kintone's own pages do. */
export async function uploadFile(
  file: Blob,
  name: string,
  requestToken: string,
): Promise<{ fileKey: string }> {
  const form = new FormData();
  form.append("__REQUEST_TOKEN__", requestToken);
  form.append("file", file, name);
  const response = await fetch("/k/v1/file.json", {
    method: "POST",
    headers: { "X-Requested-With": "XMLHttpRequest" },
    body: form,
  });
  return (await readResponse(response)) as { fileKey: string };
}

async function readResponse(response: Response): Promise<unknown> {
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? {} : JSON.parse(text);
  } catch {
    // Not JSON: kintone.api rejects with the raw string in that case.
  }
  if (!response.ok) throw new RestCallError(response.status, parsed);
  return parsed;
}
