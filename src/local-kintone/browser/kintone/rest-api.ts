import { settle } from "./callbacks";
import { callRest, postInternal, RestCallError } from "./rest";
import { normalizeApiPath, serializeParams } from "./serialize-params";

type Callback = (...args: never[]) => void;
type ProxyResult = [string, number, Record<string, string>];

/** Internal endpoints of the local server that make the outgoing request for kintone.proxy. */
export const PROXY_ENDPOINT = "/k/api/proxy.json";
export const PROXY_UPLOAD_ENDPOINT = "/k/api/proxy/upload.json";

/** kintone.api and friends, bound to the page's request token. */
export function createApi(requestToken: string) {
  function api(
    pathOrUrl: string,
    method: string,
    params: Record<string, unknown> = {},
    success?: Callback,
    failure?: (e: unknown) => void,
  ) {
    const promise = callRest({ pathOrUrl, method, body: params, requestToken }).catch(
      (error: unknown) => {
        // kintone.api rejects with the parsed error JSON (or raw text), not an Error.
        throw error instanceof RestCallError ? error.body : error;
      },
    );
    return settle(promise, success, failure);
  }
  const url = (path: string, _detectGuestSpace?: boolean): string =>
    new URL(normalizeApiPath(path), location.origin).href;
  const urlForGet = (
    path: string,
    params: Record<string, unknown>,
    detectGuestSpace?: boolean,
  ): string => {
    const query = serializeParams(params);
    return query ? `${url(path, detectGuestSpace)}?${query}` : url(path, detectGuestSpace);
  };
  const getConcurrencyLimit = async () => ({ limit: 100, running: 0 });
  return Object.assign(api, { url, urlForGet, getConcurrencyLimit });
}

/** Sends a proxy request description to the server and returns kintone's [body, status, headers]. */
export async function requestProxy(
  endpoint: string,
  payload: Record<string, unknown>,
  requestToken: string,
): Promise<ProxyResult> {
  try {
    const result = (await postInternal(endpoint, payload, requestToken)) as {
      body: string;
      status: number;
      headers: Record<string, string>;
    };
    return [result.body, result.status, result.headers];
  } catch (error) {
    // The proxy rejects with the proxy API's response body as a string.
    if (error instanceof RestCallError)
      throw typeof error.body === "string" ? error.body : JSON.stringify(error.body);
    throw error;
  }
}

/** Sends a file through the proxy-upload endpoint (kintone.proxy.upload). */
export async function requestProxyUpload(
  endpoint: string,
  meta: Record<string, unknown>,
  data: { format?: string; value?: unknown },
  requestToken: string,
): Promise<ProxyResult> {
  if (!data || !(data.value instanceof Blob))
    throw new TypeError("proxy.upload: data.value must be a Blob");
  const form = new FormData();
  form.append("__REQUEST_TOKEN__", requestToken);
  form.append("meta", JSON.stringify(meta));
  form.append("file", data.value);
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "X-Requested-With": "XMLHttpRequest" },
    body: form,
  });
  const text = await response.text();
  if (!response.ok) throw text;
  const result = JSON.parse(text) as {
    body: string;
    status: number;
    headers: Record<string, string>;
  };
  return [result.body, result.status, result.headers];
}

/** kintone.proxy with its upload variant. */
export function createProxy(requestToken: string) {
  function proxy(
    url: string,
    method: string,
    headers: Record<string, unknown>,
    data: unknown,
    success?: Callback,
    failure?: (e: unknown) => void,
  ) {
    return settle(
      requestProxy(PROXY_ENDPOINT, { url, method, headers, data }, requestToken),
      success,
      failure,
      true,
    );
  }
  function upload(
    url: string,
    method: string,
    headers: Record<string, unknown>,
    data: { format?: string; value?: unknown },
    success?: Callback,
    failure?: (e: unknown) => void,
  ) {
    return settle(
      requestProxyUpload(PROXY_UPLOAD_ENDPOINT, { url, method, headers }, data, requestToken),
      success,
      failure,
      true,
    );
  }
  return Object.assign(proxy, { upload });
}
