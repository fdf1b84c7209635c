/**
 * A `fetch` for the openai SDK that goes through `kintone.plugin.app.proxy`, so that kintone's
 * server adds the API key saved with `setProxyConfig` and the browser never holds it.
 * [doc] https://cybozu.dev/ja/kintone/docs/js-api/plugins/kintone-plug-in-proxy
 */

/** `[body, status, headers]`, as the kintone proxy resolves. */
export type KintoneProxyReply = [string, number, Record<string, string>];
type ProxyData = Record<string, unknown> | string;
type UploadData = { format: "RAW"; value: Blob };

/** The part of the `kintone` global this adapter needs (typed here so tests can pass one). */
export type KintonePluginProxyApi = {
  plugin: {
    app: {
      proxy: ((
        pluginId: string,
        url: string,
        method: string,
        headers: Record<string, string>,
        data: ProxyData,
      ) => Promise<KintoneProxyReply>) & {
        upload: (
          pluginId: string,
          url: string,
          method: string,
          headers: Record<string, string>,
          data: UploadData,
        ) => Promise<KintoneProxyReply>;
      };
    };
  };
};

/** The proxy itself rejected the call; `body` is what kintone answered (often its error JSON). */
export class KintoneProxyFailure extends Error {
  override name = "KintoneProxyFailure";
  constructor(readonly body: string) {
    super(`kintone proxy failure: ${body.slice(0, 300)}`);
  }
}

export type ProxyFetch = ((
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>) & {
  Response: typeof Response;
};

/** The SDK's placeholder key; kintone's stored proxy headers replace it. */
export const PROXY_PLACEHOLDER_KEY = "stored-in-kintone-proxy-config";
const AUTH_HEADERS = ["authorization", "api-key"];
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Creates a fetch that sends every request through the plugin proxy. JSON bodies use
 * `proxy`; FormData and binary bodies (audio) use `proxy.upload` as one multipart blob.
 * The proxy cannot be aborted, so an aborted signal rejects at once and the late reply is dropped.
 */
export function createKintoneProxyFetch(params: {
  pluginId: string;
  kintone: KintonePluginProxyApi;
}): ProxyFetch {
  const { pluginId, kintone } = params;
  const proxyFetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? "GET").toUpperCase();
    const headers = toPlainHeaders(init.headers);
    const call = async (): Promise<KintoneProxyReply> => {
      const body = init.body;
      if (body === undefined || body === null || typeof body === "string") {
        return kintone.plugin.app.proxy(pluginId, url, method, headers, body ?? {});
      }
      const encoded = new Response(body as BodyInit);
      const type = encoded.headers.get("content-type");
      if (type) headers["content-type"] = type;
      const blob = await encoded.blob();
      return kintone.plugin.app.proxy.upload(pluginId, url, method, headers, {
        format: "RAW",
        value: blob,
      });
    };
    const [text, status, replyHeaders] = await raceAbort(
      call().catch((reason: unknown) => {
        throw reason instanceof Error ? reason : new KintoneProxyFailure(String(reason));
      }),
      init.signal ?? undefined,
    );
    return new Response(NULL_BODY_STATUSES.has(status) ? null : text, {
      status,
      headers: replyHeaders,
    });
  };
  // The SDK probes `fetch('data:,')` for FormData support unless it can find `fetch.Response`.
  return Object.assign(proxyFetch, { Response });
}

function toPlainHeaders(init: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init).forEach((value, name) => {
    // Drop the SDK's placeholder credentials: the stored proxy headers carry the real ones.
    if (AUTH_HEADERS.includes(name) && value.includes(PROXY_PLACEHOLDER_KEY)) return;
    headers[name] = value;
  });
  return headers;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (reason: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(reason);
      },
    );
  });
}

function abortError(): Error {
  // A plain Error named AbortError: what the SDK checks, and the same realm as the SDK.
  return Object.assign(new Error("The request was aborted."), { name: "AbortError" });
}
