import type { ServerContext } from "../context";
import { getAppSettings } from "./apps";
import type { Stage } from "./types";

/** The parts of a plugin manifest the server uses (the rest is kept as stored). */
export type PluginManifest = {
  manifest_version: number;
  version: number | string;
  type: string;
  name: Record<string, string | undefined> & { en: string };
  description?: Record<string, string | undefined>;
  icon: string;
  desktop?: { js?: string[]; css?: string[] };
  mobile?: { js?: string[]; css?: string[] };
  config?: { html?: string; js?: string[]; css?: string[]; required_params?: string[] };
  [key: string]: unknown;
};

/** An installed plugin. */
export type StoredPlugin = {
  id: string;
  version: string;
  manifest: PluginManifest;
  installedAt: string;
};

type PluginRow = { id: string; version: string; manifest: string; installed_at: string };

function toPlugin(row: PluginRow): StoredPlugin {
  return {
    id: row.id,
    version: row.version,
    manifest: JSON.parse(row.manifest) as PluginManifest,
    installedAt: row.installed_at,
  };
}

/** Returns an installed plugin, or undefined. */
export function getPlugin(context: ServerContext, pluginId: string): StoredPlugin | undefined {
  const row = context.db.prepare("SELECT * FROM plugins WHERE id = ?").get(pluginId) as
    PluginRow | undefined;
  return row ? toPlugin(row) : undefined;
}

/** Every installed plugin, in installation order. */
export function listPlugins(context: ServerContext): StoredPlugin[] {
  const rows = context.db
    .prepare("SELECT * FROM plugins ORDER BY installed_at, id")
    .all() as PluginRow[];
  return rows.map(toPlugin);
}

/** Stores (or replaces) a plugin and all its files. */
export function savePlugin(
  context: ServerContext,
  plugin: { id: string; version: string; manifest: PluginManifest; files: Map<string, Buffer> },
): void {
  const existing = getPlugin(context, plugin.id);
  context.db.prepare("DELETE FROM plugin_files WHERE plugin_id = ?").run(plugin.id);
  context.db
    .prepare(
      "INSERT OR REPLACE INTO plugins (id, version, manifest, installed_at) VALUES (?, ?, ?, ?)",
    )
    .run(
      plugin.id,
      plugin.version,
      JSON.stringify(plugin.manifest),
      existing?.installedAt ?? context.now().toISOString(),
    );
  const insert = context.db.prepare(
    "INSERT INTO plugin_files (plugin_id, path, data) VALUES (?, ?, ?)",
  );
  for (const [path, data] of plugin.files) insert.run(plugin.id, path, data);
}

/** Removes a plugin, its files and its per-app configuration. */
export function deletePlugin(context: ServerContext, pluginId: string): void {
  for (const table of ["plugin_files", "plugins"]) {
    context.db
      .prepare(`DELETE FROM ${table} WHERE ${table === "plugins" ? "id" : "plugin_id"} = ?`)
      .run(pluginId);
  }
  context.db.prepare("DELETE FROM plugin_configs WHERE plugin_id = ?").run(pluginId);
  context.db.prepare("DELETE FROM proxy_configs WHERE plugin_id = ?").run(pluginId);
}

/**
 * Reads one file of an installed plugin by its path in the manifest (e.g. "js/desktop.js").
 * @returns the bytes, or undefined if the plugin or path is unknown
 */
export function readPluginFile(
  context: ServerContext,
  pluginId: string,
  path: string,
): Buffer | undefined {
  const normalized = path.replace(/^\.?\//, "");
  const row = context.db
    .prepare("SELECT data FROM plugin_files WHERE plugin_id = ? AND path = ?")
    .get(pluginId, normalized) as { data: Buffer } | undefined;
  return row?.data;
}

/** The installed plugins enabled in an app (live by default), in the order they were added. */
export function listAppPlugins(
  context: ServerContext,
  appId: number,
  stage: Stage = "live",
): StoredPlugin[] {
  const settings = getAppSettings(context, appId, stage);
  if (!settings) return [];
  return settings.plugins
    .map((id) => getPlugin(context, id))
    .filter((plugin): plugin is StoredPlugin => plugin !== undefined);
}
