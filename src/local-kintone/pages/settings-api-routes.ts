import type { Context, Hono } from "hono";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import { setPluginConfig, setProxyConfig } from "../store";
import { checkProxyTarget, toStringHeaders } from "./outgoing-request";
import { checkInternalCall } from "./page-session";
import { checkSettingsToken } from "./settings-tokens";

/** kintone's limits for setConfig: one value ≤ 65,535 characters, 256 KB per plugin. */
export const CONFIG_VALUE_LIMIT = 65_535;
export const CONFIG_TOTAL_LIMIT = 256 * 1024;

type SettingsCall = Record<string, unknown> & {
  app?: unknown;
  pluginId?: unknown;
  pageToken?: unknown;
  __REQUEST_TOKEN__?: unknown;
};

const refuse = (c: Context) =>
  c.json({ code: "CB_NO02", message: formatMessage("E_SHELL_SETTINGS_CONTEXT", "ja") }, 403);
const invalid = (c: Context, message: string) => c.json({ code: "CB_VA01", message }, 400);

/** Every settings call: an administrator's session, the request token, and this page's token. */
async function readSettingsCall(
  context: ServerContext,
  c: Context,
  consumeRead = false,
): Promise<SettingsCall | undefined> {
  const body = (await c.req.json().catch(() => ({}))) as SettingsCall;
  const page = checkInternalCall(context, c, body);
  if (!page || !page.user.isAdministrator) return undefined;
  const ok = checkSettingsToken(context, {
    token: body.pageToken,
    sessionId: page.session.sessionId,
    appId: body.app,
    pluginId: body.pluginId,
    consumeRead,
  });
  return ok ? body : undefined;
}

/** Lists one plugin's stored proxy configs in an app (for the settings page only). */
function listProxyConfigs(context: ServerContext, appId: number, pluginId: string) {
  const rows = context.db
    .prepare(
      "SELECT url, method, headers, data FROM proxy_configs WHERE app = ? AND plugin_id = ? ORDER BY url, method",
    )
    .all(appId, pluginId) as { url: string; method: string; headers: string; data: string }[];
  return rows.map((row) => ({
    url: row.url,
    method: row.method,
    headers: JSON.parse(row.headers) as Record<string, string>,
    data: JSON.parse(row.data) as Record<string, string>,
  }));
}

/** setConfig, setProxyConfig and the one-shot proxy-config read of the plugin settings page. */
export function registerSettingsApiRoutes(app: Hono, context: ServerContext): void {
  app.post("/k/api/plugin/config/set.json", async (c) => {
    const call = await readSettingsCall(context, c);
    if (!call) return refuse(c);
    const config = call["config"];
    if (typeof config !== "object" || config === null || Array.isArray(config))
      return invalid(c, "config must be an object");
    let total = 0;
    for (const [key, value] of Object.entries(config)) {
      if (typeof value !== "string") return invalid(c, `config.${key} must be a string`);
      if (value.length > CONFIG_VALUE_LIMIT)
        return invalid(c, `config.${key} is longer than ${CONFIG_VALUE_LIMIT} characters`);
      total += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    if (total > CONFIG_TOTAL_LIMIT)
      return invalid(c, `config is larger than ${CONFIG_TOTAL_LIMIT} bytes`);
    setPluginConfig(context, {
      appId: Number(call.app),
      pluginId: String(call.pluginId),
      config: config as Record<string, string>,
    });
    return c.json({});
  });

  app.post("/k/api/plugin/proxy-config/set.json", async (c) => {
    const call = await readSettingsCall(context, c);
    if (!call) return refuse(c);
    const targetError = checkProxyTarget(call["url"], call["method"]);
    if (targetError) return invalid(c, targetError);
    const data = call["data"] ?? {};
    if (typeof data !== "object" || data === null || Array.isArray(data))
      return invalid(c, "data must be an object");
    const flatData: Record<string, string> = {};
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === "object" && value !== null)
        return invalid(c, `data.${key} must not be an object`);
      flatData[key] = value as string;
    }
    const entry = {
      url: String(call["url"]),
      method: String(call["method"]).toUpperCase(),
      headers: toStringHeaders(call["headers"]),
      data: flatData,
    };
    setProxyConfig(context, { appId: Number(call.app), pluginId: String(call.pluginId), ...entry });
    c.header("Cache-Control", "no-store");
    return c.json(entry);
  });

  app.post("/k/api/plugin/proxy-config/read.json", async (c) => {
    const call = await readSettingsCall(context, c, true);
    if (!call) return refuse(c);
    c.header("Cache-Control", "no-store");
    return c.json({ configs: listProxyConfigs(context, Number(call.app), String(call.pluginId)) });
  });
}
