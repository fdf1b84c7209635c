/** kintone refuses proxy responses over 10 MB; so do we. */
export const PROXY_RESPONSE_LIMIT = 10 * 1024 * 1024;
/** A proxied request may not hang the page forever. */
export const PROXY_TIMEOUT_MS = 30_000;
const METHODS = new Set(["GET", "POST", "PUT", "DELETE"]);
// Hop-by-hop and transport headers are the server's business, never the caller's.
const DROPPED_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "cookie",
]);

export type ProxyRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** JSON-able object or raw string; sent only for POST and PUT, as in kintone. */
  data: unknown;
  /** A file for proxy.upload: sent as the raw body. */
  file?: Blob;
};

export type ProxyResponse = { body: string; status: number; headers: Record<string, string> };

/** Validates url and method; returns an error text or null. */
export function checkProxyTarget(url: unknown, method: unknown): string | null {
  if (typeof method !== "string" || !METHODS.has(method.toUpperCase()))
    return `unsupported method: ${String(method)}`;
  if (typeof url !== "string") return "url must be a string";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `invalid url: ${url}`;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return `unsupported protocol: ${parsed.protocol}`;
  return null;
}

/** Turns a caller's header object into string headers (kintone stringifies values too). */
export function toStringHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof headers !== "object" || headers === null) return result;
  for (const [name, value] of Object.entries(headers)) {
    if (value === null || value === undefined || DROPPED_HEADERS.has(name.toLowerCase())) continue;
    result[name] = String(value);
  }
  return result;
}

/**
 * Makes the outgoing request from the server. Redirects are not followed, so stored secret
 * headers can never be carried to a host other than the one the URL names.
 */
export async function sendOutgoingRequest(request: ProxyRequest): Promise<ProxyResponse> {
  const method = request.method.toUpperCase();
  const headers = new Headers(request.headers);
  let body: BodyInit | undefined;
  if (request.file && (method === "POST" || method === "PUT")) {
    body = request.file;
  } else if (method === "POST" || method === "PUT") {
    if (typeof request.data === "string") body = request.data;
    else if (request.data !== undefined && request.data !== null) {
      body = JSON.stringify(request.data);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
  }
  const response = await fetch(request.url, {
    method,
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(PROXY_TIMEOUT_MS),
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  if (buffer.length > PROXY_RESPONSE_LIMIT)
    throw new Error(`response larger than ${PROXY_RESPONSE_LIMIT} bytes`);
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (responseHeaders[name] = value));
  return { body: buffer.toString("utf8"), status: response.status, headers: responseHeaders };
}

/** Stored values win over the caller's (case-insensitive header names). */
export function mergeHeaders(
  caller: Record<string, string>,
  stored: Record<string, string>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  const storedNames = new Set(Object.keys(stored).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(caller))
    if (!storedNames.has(name.toLowerCase())) merged[name] = value;
  return { ...merged, ...stored };
}

/** Merges stored data into the caller's body; a JSON string body is merged as an object. */
export function mergeData(caller: unknown, stored: Record<string, unknown>): unknown {
  if (Object.keys(stored).length === 0) return caller;
  if (typeof caller === "string") {
    try {
      const parsed: unknown = JSON.parse(caller);
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
        return JSON.stringify({ ...parsed, ...stored });
    } catch {
      // A non-JSON body cannot take keys; kintone documents data as an object for merging.
    }
    return caller;
  }
  if (typeof caller === "object" && caller !== null && !Array.isArray(caller))
    return { ...caller, ...stored };
  return { ...stored };
}
