import type { Context, Hono } from "hono";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import { findProxyConfig, listAppPlugins } from "../store";
import { checkInternalCall } from "./page-session";
import {
  checkProxyTarget,
  mergeData,
  mergeHeaders,
  sendOutgoingRequest,
  toStringHeaders,
  type ProxyRequest,
} from "./outgoing-request";

type ProxyCall = {
  app?: unknown;
  pluginId?: unknown;
  url?: unknown;
  method?: unknown;
  headers?: unknown;
  data?: unknown;
  __REQUEST_TOKEN__?: unknown;
};

/** Reads a JSON body, or the `meta` part plus `file` of an upload. */
async function readProxyCall(
  c: Context,
  upload: boolean,
): Promise<{ call: ProxyCall; file?: Blob }> {
  if (!upload) return { call: (await c.req.json().catch(() => ({}))) as ProxyCall };
  const form = await c.req.formData();
  const meta = form.get("meta");
  const file = form.get("file");
  const call = (typeof meta === "string" ? JSON.parse(meta) : {}) as ProxyCall;
  call.__REQUEST_TOKEN__ = form.get("__REQUEST_TOKEN__");
  return { call, file: file instanceof Blob ? file : undefined };
}

const failure = (c: Context, status: 400 | 403 | 502, detail: string) =>
  c.text(formatMessage("E_SHELL_PROXY_FAILED", "ja", { detail }), status);

/**
 * kintone.proxy and kintone.plugin.app.proxy (and their upload variants). The plugin variant
 * merges the stored proxy config here, on the server, so its secrets never reach a browser.
 */
export function registerProxyRoutes(app: Hono, context: ServerContext): void {
  const handle = (withPlugin: boolean, upload: boolean) => async (c: Context) => {
    let parsed: { call: ProxyCall; file?: Blob };
    try {
      parsed = await readProxyCall(c, upload);
    } catch {
      return failure(c, 400, "malformed request");
    }
    const { call, file } = parsed;
    if (!checkInternalCall(context, c, call)) return failure(c, 403, "not allowed");
    const targetError = checkProxyTarget(call.url, call.method);
    if (targetError) return failure(c, 400, targetError);
    const request: ProxyRequest = {
      url: String(call.url),
      method: String(call.method).toUpperCase(),
      headers: toStringHeaders(call.headers),
      data: call.data,
      file,
    };
    if (withPlugin) {
      const appId = Number(call.app);
      const pluginId = typeof call.pluginId === "string" ? call.pluginId : "";
      if (!listAppPlugins(context, appId, "live").some((plugin) => plugin.id === pluginId))
        return failure(c, 403, "plugin not enabled in this app");
      const stored = findProxyConfig(context, {
        appId,
        pluginId,
        url: request.url,
        method: request.method,
      });
      if (stored) {
        request.headers = mergeHeaders(request.headers, stored.headers);
        if (!file) request.data = mergeData(request.data, stored.data);
      }
    }
    try {
      return c.json(await sendOutgoingRequest(request));
    } catch (error) {
      return failure(c, 502, error instanceof Error ? error.message : String(error));
    }
  };
  app.post("/k/api/proxy.json", handle(false, false));
  app.post("/k/api/proxy/upload.json", handle(false, true));
  app.post("/k/api/plugin/proxy.json", handle(true, false));
  app.post("/k/api/plugin/proxy/upload.json", handle(true, true));
}
