import type { ServerContext } from "../context";
import type { Stage } from "./types";

/** A plugin's configuration in one app: a plain string map, as `setConfig` stores it. */
export type PluginConfig = Record<string, string>;

/**
 * Reads a plugin's configuration for an app. Record pages read "live"; the plugin settings
 * page reads "preview" (what setConfig last saved). Returns `{}` when nothing was saved.
 */
export function getPluginConfig(
  context: ServerContext,
  params: { appId: number; pluginId: string; stage?: Stage },
): PluginConfig {
  const row = context.db
    .prepare("SELECT config FROM plugin_configs WHERE app = ? AND plugin_id = ? AND stage = ?")
    .get(params.appId, params.pluginId, params.stage ?? "live") as { config: string } | undefined;
  return row ? (JSON.parse(row.config) as PluginConfig) : {};
}

/**
 * Saves a plugin's configuration (whole replacement) to pre-live, like `setConfig`; a deploy
 * (`deployApp`) copies it to live. Pass `deploy: true` to write both at once.
 */
export function setPluginConfig(
  context: ServerContext,
  params: { appId: number; pluginId: string; config: PluginConfig; deploy?: boolean },
): void {
  const stages: Stage[] = params.deploy ? ["preview", "live"] : ["preview"];
  const statement = context.db.prepare(
    "INSERT OR REPLACE INTO plugin_configs (app, plugin_id, stage, config) VALUES (?, ?, ?, ?)",
  );
  for (const stage of stages) {
    statement.run(params.appId, params.pluginId, stage, JSON.stringify(params.config));
  }
}

/** Secret headers and data stored by `setProxyConfig`; never sent to a record page. */
export type ProxyConfig = {
  url: string;
  method: string;
  headers: Record<string, string>;
  data: Record<string, string>;
};

type ProxyRow = { url: string; method: string; headers: string; data: string };

function toProxyConfig(row: ProxyRow): ProxyConfig {
  return {
    url: row.url,
    method: row.method,
    headers: JSON.parse(row.headers) as Record<string, string>,
    data: JSON.parse(row.data) as Record<string, string>,
  };
}

/** Stores a proxy config; the same app, plugin, method and url overwrite. */
export function setProxyConfig(
  context: ServerContext,
  params: { appId: number; pluginId: string } & ProxyConfig,
): void {
  context.db
    .prepare(
      `INSERT OR REPLACE INTO proxy_configs (app, plugin_id, method, url, headers, data)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      params.appId,
      params.pluginId,
      params.method.toUpperCase(),
      params.url,
      JSON.stringify(params.headers),
      JSON.stringify(params.data),
    );
}

/** The proxy config stored for exactly this url and method (`getProxyConfig`), or undefined. */
export function getProxyConfig(
  context: ServerContext,
  params: { appId: number; pluginId: string; url: string; method: string },
): ProxyConfig | undefined {
  const row = context.db
    .prepare(
      "SELECT url, method, headers, data FROM proxy_configs WHERE app = ? AND plugin_id = ? AND method = ? AND url = ?",
    )
    .get(params.appId, params.pluginId, params.method.toUpperCase(), params.url) as
    ProxyRow | undefined;
  return row ? toProxyConfig(row) : undefined;
}

/**
 * The proxy config to merge into a proxied request: same app, plugin and method, the request
 * URL starts with the stored URL (case-sensitive), longest stored URL wins.
 */
export function findProxyConfig(
  context: ServerContext,
  params: { appId: number; pluginId: string; url: string; method: string },
): ProxyConfig | undefined {
  const rows = context.db
    .prepare(
      "SELECT url, method, headers, data FROM proxy_configs WHERE app = ? AND plugin_id = ? AND method = ?",
    )
    .all(params.appId, params.pluginId, params.method.toUpperCase()) as ProxyRow[];
  const matches = rows.filter((row) => params.url.startsWith(row.url));
  matches.sort((a, b) => b.url.length - a.url.length);
  return matches[0] ? toProxyConfig(matches[0]) : undefined;
}
